-- Issue 14, the management review's corrective-action section: actions opened in a period, and those verified in it.
-- The open and overdue counts use the status index (V5).
create index corrective_action_opened_idx on corrective_action (opened_at);
create index corrective_action_verified_idx on corrective_action (verified_at) where verified_at is not null;
