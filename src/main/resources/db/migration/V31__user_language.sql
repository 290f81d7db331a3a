-- The language a user chose for the UI (a BCP 47 tag such as "en" or "zh-CN"); empty until they
-- choose one, the browser's Accept-Language decides meanwhile.
alter table app_user add column language varchar(20);
