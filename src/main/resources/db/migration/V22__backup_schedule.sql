-- The scheduled backup's claim: on several nodes, each node's scheduler fires at the same time and
-- the one whose conditional update moves last_started forward runs the backup; the others skip
-- that run. One row per scheduled job.
create table backup_schedule (
    job           varchar(40)   primary key,
    last_started  timestamp(6) with time zone,
    started_by    varchar(200)
);
insert into backup_schedule (job) values ('nightly');
