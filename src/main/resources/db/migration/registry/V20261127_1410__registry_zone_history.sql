-- Registry (step 3.1), ASM zones and protected areas: their history (both are audited, like licences),
-- and an index for the spatial index's refresh, which reads the rows changed since a spatial_seq.

create table registry_zone_aud (
    id bigint not null,
    rev integer not null references audit_revision (rev),
    revtype smallint,
    workspace_id bigint,
    name varchar(200),
    code varchar(50),
    description varchar(4000),
    commodity varchar(40),
    max_licences integer,
    boundary varchar(1000000),
    area_hectares numeric(14, 4),
    min_lon double precision,
    min_lat double precision,
    max_lon double precision,
    max_lat double precision,
    spatial_seq bigint,
    primary key (id, rev)
);

create table registry_protected_area_aud (
    id bigint not null,
    rev integer not null references audit_revision (rev),
    revtype smallint,
    workspace_id bigint,
    name varchar(200),
    designation varchar(200),
    boundary varchar(1000000),
    area_hectares numeric(14, 4),
    min_lon double precision,
    min_lat double precision,
    max_lon double precision,
    max_lat double precision,
    spatial_seq bigint,
    primary key (id, rev)
);

create index registry_zone_spatial_ix on registry_zone (workspace_id, spatial_seq);
create index registry_protected_area_spatial_ix on registry_protected_area (workspace_id, spatial_seq);
