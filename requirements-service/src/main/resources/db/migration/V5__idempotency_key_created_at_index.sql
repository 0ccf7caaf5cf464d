-- The retention job deletes the oldest idempotency keys (created_at older than accord.retention.window.idempotency-keys)
-- in batches; this index keeps each batch from scanning the table.
create index idempotency_key_created_at on idempotency_key (created_at);
