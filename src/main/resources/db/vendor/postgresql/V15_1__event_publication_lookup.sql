-- Finding a publication by its event (as Spring Modulith's schema-postgresql.sql): a hash index,
-- because a B-tree entry can't hold a long serialized event.
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
