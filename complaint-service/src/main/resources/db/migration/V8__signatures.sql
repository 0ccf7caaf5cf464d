-- Signatures with meaning (issue 13): a complaint's closure and a corrective action's effectiveness check are signed by
-- the person who records them (who, meaning, when, when they had signed in; Signature as JSON). The audit entry of the
-- change carries the same signature in the hash chain. Rows closed or verified before this release have none.
alter table complaint add column closing_signature jsonb;
alter table corrective_action add column verification_signature jsonb;
