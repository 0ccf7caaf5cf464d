-- Issue 14: what the mail relay and the notifications list read of mail_outbox besides V0_8's indexes.
-- Sent rows are purged by sent_at (accord.retention.window.mail-sent); queued and failed rows have none.
create index mail_outbox_sent_at on mail_outbox (sent_at) where sent_at is not null;
-- the notifications list of one record (?aboutType=&aboutId=), newest first
create index mail_outbox_about on mail_outbox (about_type, about_id, queued_at desc);
-- the newest-first list without a filter pages on (queued_at, id)
create index mail_outbox_queued_at on mail_outbox (queued_at desc, id desc);
