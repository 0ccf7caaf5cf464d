-- every clarification a record was resubmitted with (PROCESS.md §3: a new review round of the same revision)
alter table requirement add column clarifications jsonb not null default '[]';
