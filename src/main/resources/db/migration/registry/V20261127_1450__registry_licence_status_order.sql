-- The public register and the officers' list filtered by status read licences in number order: an index
-- on (workspace, status, number) lets both databases walk it instead of sorting a workspace's licences.
create index registry_licence_status_number_ix on registry_licence (workspace_id, status, number);
