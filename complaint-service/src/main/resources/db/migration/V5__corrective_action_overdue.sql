-- Issue 13: a corrective action past its due date is reported once (corrective-action.overdue), with a flag claimed by
-- a conditional update as the complaint SLA's are, so two watches never report it twice.
alter table corrective_action add column overdue_reported boolean not null default false;

-- The list across complaints (GET /api/v1/corrective-actions): its order is due_date asc, id asc; each filter gets an
-- index in that order, so a page reads only the entries it shows. The overdue filter is a due_date range of the first.
create index corrective_action_due_idx on corrective_action (due_date, id);
create index corrective_action_status_idx on corrective_action (status, due_date, id);
create index corrective_action_owner_idx on corrective_action (owner, due_date, id);
-- what the watch looks for: actions still to be implemented whose overdue report is not made yet
create index corrective_action_overdue_watch_idx on corrective_action (due_date)
    where not overdue_reported and status in ('OPEN', 'INEFFECTIVE');
