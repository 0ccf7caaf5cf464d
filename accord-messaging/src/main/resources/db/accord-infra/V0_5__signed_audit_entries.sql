-- Signatures in the history, and a history that cannot be emptied (issue 13, README "History").
-- The same migration is in db/accord-infra (services) and db/accord-audit (the gateway): an app reads one of them.

-- A signed change (an opinion, a decision, a verification, a closure) records who signed, what the signature means,
-- when, and when the signer last signed in; the entry's hash covers them. Unsigned entries keep them null and hash
-- exactly as before, so existing chains still verify. Adding nullable columns rewrites no row (the trigger stays quiet).
alter table audit_entry
    add column if not exists signed_by         varchar(255),
    add column if not exists signature_meaning varchar(64),
    add column if not exists signed_at         timestamptz,
    add column if not exists authenticated_at  timestamptz;

-- UPDATE and DELETE were refused row by row; TRUNCATE fires no row trigger, so it gets a statement trigger of its own.
drop trigger if exists audit_entry_no_truncate on audit_entry;
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
