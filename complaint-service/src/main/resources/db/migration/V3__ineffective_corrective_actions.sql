-- an action found ineffective says so (PROCESS.md: INEFFECTIVE → OPEN) until it is implemented again
alter table corrective_action drop constraint corrective_action_status_check;
alter table corrective_action add constraint corrective_action_status_check
    check (status in ('OPEN', 'IMPLEMENTED', 'VERIFIED', 'INEFFECTIVE'));
