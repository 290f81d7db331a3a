-- Finding a publication by its listener and event (as Spring Modulith's schema-h2.sql).
create index event_publication_by_listener_id_and_serialized_event_idx
    on event_publication (listener_id, serialized_event);
