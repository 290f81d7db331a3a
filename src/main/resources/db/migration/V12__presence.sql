-- Who is looking at which page right now (heartbeats every 20 s; rows older than a minute don't count).
create table presence (
    topic         varchar(100)  not null,
    username      varchar(40)   not null,
    display_name  varchar(100)  not null,
    seen_at       timestamp(6) with time zone not null,
    primary key (topic, username)
);
create index ix_presence_seen on presence (seen_at);
