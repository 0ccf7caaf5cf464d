-- The W3C trace context of the transaction that wrote each event (EventTrace): the relay sends it as the Kafka headers
-- traceparent and tracestate, so the consumer's work continues the trace of the request that caused the event. Null for
-- events written outside any trace (scheduled jobs) and for rows written before this column existed. Numbered below the
-- apps' own migrations, applied out of order on an existing database (see V0_3).
alter table outbox_event add column if not exists traceparent varchar(128);
alter table outbox_event add column if not exists tracestate  varchar(512);
