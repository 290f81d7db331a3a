-- The bytes of an uploaded evidence file, kept apart from the evidence row so lists never load them.
create table evidence_file (
    evidence_id  bigint primary key references evidence (id) on delete cascade,
    bytes        bytea not null
);
