-- Stands in for an app's own first migration (db/migration), so tests migrate as an app does.
create table app_record (id bigint primary key);
