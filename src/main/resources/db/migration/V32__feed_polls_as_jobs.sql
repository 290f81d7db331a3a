-- A feed poll's new entries are imported by an import job (issue 21): the job survives a crash
-- and a restart, and the Imports page shows its progress. Each such job item names the feed entry
-- it imports and the feed's name (the article's provenance); each feed entry points at the job
-- item that imports it, and is QUEUED until that item ends. Soft references, no foreign keys: a
-- feed deleted meanwhile leaves its job to finish.
alter table import_job_item add column feed_entry_id bigint;
alter table import_job_item add column source_name varchar(500);
alter table feed_entry add column job_item_id bigint;
create index ix_feed_entry_job_item on feed_entry (job_item_id);
