-- Hibernate Search's outbox-polling coordination (the cluster profile): every change to an indexed
-- entity is written here in its own transaction, and one node's background processor indexes it
-- (HSEARCH_OUTBOX_EVENT); the nodes share the work by registering as agents (HSEARCH_AGENT). The
-- entities are Hibernate Search 8.2's own, named by Spring Boot's naming strategy; they are mapped
-- (and validated) only when hibernate.search.coordination.strategy=outbox-polling, and stay empty
-- on a single node. Enums as text with checks rather than H2's ENUM type, which backups can't carry.
create table hsearch_agent (
    id uuid not null,
    type varchar(255) not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name varchar(255) not null,
    expiration timestamp(6) with time zone not null,
    state varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count integer,
    assigned_shard_index integer,
    tenant_id varchar(255),
    payload bytea,
    primary key (id)
);

create table hsearch_outbox_event (
    id uuid not null,
    entity_name varchar(256) not null,
    entity_id varchar(256) not null,
    entity_id_hash integer not null,
    tenant_id varchar(255),
    payload bytea not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    status varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    primary key (id)
);

create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);
