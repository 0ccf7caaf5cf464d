-- the form of the stored answer (OrderReceipt.VERSION); null for answers stored before forms had versions, whose
-- form is version 1's
alter table idempotency_key add column response_version smallint;
