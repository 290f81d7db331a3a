-- Other names a claimant goes by (DeepSeek AI, 深度求索): typing one where a claimant is chosen finds
-- the claimant. name_key is the lowercased, single-spaced form, unique across all claimants.
create table claimant_alias (
    claimant_id  bigint       not null references claimant (id) on delete cascade,
    alias_index  integer      not null,
    name         varchar(200) not null,
    name_key     varchar(200) not null,
    primary key (claimant_id, alias_index)
);
create unique index ux_claimant_alias_key on claimant_alias (name_key);

-- A claimant merged into another: its old page sends readers to the one it became.
create table claimant_redirect (
    old_id       bigint primary key,
    claimant_id  bigint not null references claimant (id) on delete cascade
);
create index ix_claimant_redirect_target on claimant_redirect (claimant_id);
