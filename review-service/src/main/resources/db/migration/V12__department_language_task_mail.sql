-- Issue 14: a department's mail (review tasks, reminders, escalations, delegations) is written in its language; null
-- means the suite's default (ACCORD_DEFAULT_LOCALE). Delegation and escalation live in the review's tasks (jsonb), so
-- they need no column.
alter table department add column language varchar(8);
alter table department add constraint department_language check (language in ('zh-CN', 'en'));
