-- Registry (step 3.2): licence applications are audited like licences, so an application's page can
-- show who reviewed, approved, rejected or withdrew it and when. The licence list filters by status
-- and end date, the expiry list by end date alone; registry_licence_status_ix serves both.

create table registry_application_aud (
    id bigint not null,
    rev integer not null references audit_revision (rev),
    revtype smallint,
    workspace_id bigint,
    number varchar(30),
    applicant_id bigint,
    category_id bigint,
    commodity varchar(40),
    boundary varchar(1000000),
    area_hectares numeric(14, 4),
    min_lon double precision,
    min_lat double precision,
    max_lon double precision,
    max_lat double precision,
    submitted_at timestamp with time zone,
    status varchar(20),
    checks varchar(20000),
    decision_reason varchar(2000),
    decided_at timestamp with time zone,
    decided_by varchar(100),
    licence_id bigint,
    spatial_seq bigint,
    primary key (id, rev)
);

create index registry_application_applicant_ix on registry_application (applicant_id);
create index registry_licence_application_ix on registry_licence (application_id);
