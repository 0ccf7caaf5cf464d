-- the lifecycle, the SLA clock and the link to escalated feedback
alter table complaint add column order_ref varchar(100);
alter table complaint add column product_code varchar(100);
alter table complaint add column batch varchar(100);
alter table complaint add column source_feedback_id uuid unique;
alter table complaint add column ack_due_at timestamptz;
alter table complaint add column resolution_due_at timestamptz;
update complaint set ack_due_at = received_at + interval '24 hours', resolution_due_at = received_at + interval '15 days'
 where ack_due_at is null;
alter table complaint alter column ack_due_at set not null;
alter table complaint alter column resolution_due_at set not null;
alter table complaint add column acknowledged_at timestamptz;
alter table complaint add column root_cause text;
alter table complaint add column containment text;
alter table complaint add column resolution_summary text;
alter table complaint add column remedy varchar(16) check (remedy in ('REPAIR', 'REPLACE', 'REFUND', 'CREDIT', 'EXPLANATION'));
alter table complaint add column resolved_at timestamptz;
alter table complaint add column closed_at timestamptz;
alter table complaint add column withdrawn_at timestamptz;
alter table complaint add column reopen_count int not null default 0;
alter table complaint add column customer_comment text;
alter table complaint add column ack_breach_reported boolean not null default false;
alter table complaint add column resolution_breach_reported boolean not null default false;
alter table complaint add constraint complaint_status_check
    check (status in ('RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'RESOLVED', 'CLOSED', 'REOPENED', 'WITHDRAWN'));
alter table complaint add constraint complaint_severity_check check (severity in ('CRITICAL', 'MAJOR', 'MINOR'));

create index complaint_customer_idx on complaint (customer_id, received_at desc);
-- the SLA watch looks only at complaints whose clock still runs
create index complaint_open_due_idx on complaint (resolution_due_at) where status not in ('CLOSED', 'WITHDRAWN');

create table corrective_action (
    id                  uuid primary key,
    complaint_id        uuid         not null references complaint (id),
    description         text         not null,
    owner               varchar(200) not null,
    due_date            date         not null,
    status              varchar(16)  not null check (status in ('OPEN', 'IMPLEMENTED', 'VERIFIED')),
    implementation_note text,
    implemented_at      timestamptz,
    verification_note   text,
    verified_at         timestamptz,
    ineffective_count   int          not null default 0,
    opened_at           timestamptz  not null,
    version             bigint       not null
);
create index corrective_action_complaint_idx on corrective_action (complaint_id);
