-- The bytes of an uploaded file until its item is done (then the article's original keeps them).
alter table import_job_item add column file_bytes varbinary(104857600);
