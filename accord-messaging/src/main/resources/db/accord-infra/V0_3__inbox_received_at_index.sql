-- The retention job deletes the oldest inbox rows (received_at older than accord.retention.window.inbox) in batches;
-- without this index each batch would scan the whole table. Numbered below every app's own migrations like V0_1, so
-- a database that already has those applies it out of order (quarkus.flyway.out-of-order in this module's defaults).
create index if not exists inbox_event_received_at on inbox_event (received_at);
