-- Issue 9 §11: who handed out the token a response used. A token issued to a person (who passes the link on) could
-- just as well be answered by that person; one sent by the system reaches only the customer. Staff-issued responses
-- are flagged in the satisfaction figures, or left out on request.
alter table survey_invitation
    add column token_issued_by    varchar(200),
    add column token_issued_at    timestamptz,
    add column token_staff_issued boolean;

-- existing rows: the last person who (re)issued the token, as the audit trail recorded it; otherwise whoever created
-- a hand-made invitation (its token was in their answer); an automatic invitation nobody issued a token for still
-- has the system's unusable one
update survey_invitation i
set token_issued_by = coalesce(
        (select a.actor from audit_entry a
         where a.aggregate_type = 'survey-invitation' and a.aggregate_id = i.id and a.action = 'token-issued'
         order by a.seq desc limit 1),
        case when i.occasion is null then i.created_by else 'system:feedback-service' end),
    token_issued_at = coalesce(
        (select a.occurred_at from audit_entry a
         where a.aggregate_type = 'survey-invitation' and a.aggregate_id = i.id and a.action = 'token-issued'
         order by a.seq desc limit 1),
        i.sent_at);
update survey_invitation set token_staff_issued = token_issued_by not like 'system:%';

alter table survey_invitation
    alter column token_issued_by set not null,
    alter column token_issued_at set not null,
    alter column token_staff_issued set not null;

-- a response keeps the issuer of the token it used (a token cannot change once its invitation is answered)
alter table survey_response
    add column token_issued_by varchar(200),
    add column staff_issued    boolean;
update survey_response r
set token_issued_by = i.token_issued_by, staff_issued = i.token_staff_issued
from survey_invitation i where i.id = r.invitation_id;
alter table survey_response
    alter column token_issued_by set not null,
    alter column staff_issued set not null;

-- the scored answers carry the flag too, so the summary and trend can leave them out without a join
alter table survey_answer add column staff_issued boolean;
update survey_answer a set staff_issued = r.staff_issued from survey_response r where r.id = a.response_id;
alter table survey_answer alter column staff_issued set not null;
