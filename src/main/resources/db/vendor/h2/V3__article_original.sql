-- The bytes as imported, so an article can be processed again with a better extractor.
create table article_original (
    article_id    bigint primary key references article (id) on delete cascade,
    file_name     varchar(500),
    media_type    varchar(200),
    bytes         varbinary(104857600) not null
);
