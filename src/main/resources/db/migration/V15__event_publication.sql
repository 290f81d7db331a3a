-- Spring Modulith's event publication registry (schema v2 of Spring Modulith 2.0): an event that
-- leaves a module is stored here in the transaction that publishes it, one row per listener, and
-- the row goes once that listener has run after commit (completion mode "delete"). What stays is
-- work still to do: in flight, or failed and waiting to be resubmitted.
-- Column names and types as Spring Modulith's own schema-h2.sql / schema-postgresql.sql;
-- timestamps with the microseconds both databases keep (PostgreSQL has no timestamp(9)), and the
-- serialized event unbounded (varchar without a length is unbounded in PostgreSQL and 1,000,000
-- characters in H2), as PostgreSQL's text in the original.
create table event_publication (
    id                      uuid                         not null,
    completion_date         timestamp(6) with time zone,
    event_type              varchar(512)                 not null,
    listener_id             varchar(512)                 not null,
    publication_date        timestamp(6) with time zone  not null,
    serialized_event        varchar                      not null,
    status                  varchar(20),
    completion_attempts     integer,
    last_resubmission_date  timestamp(6) with time zone,
    primary key (id)
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
