-- The gateway publishes no domain events and keeps no inbox: a database created before the infrastructure was split
-- got both tables with the audit table (db/accord-infra V0_1), always empty here. A fresh one never had them.
drop table if exists outbox_event;
drop table if exists inbox_event;
