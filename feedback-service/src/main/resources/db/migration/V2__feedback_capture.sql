-- capture: who recorded it and when, whether it was escalated; enumerations checked by the database too
alter table feedback add column recorded_at timestamptz;
alter table feedback add column recorded_by varchar(200);
alter table feedback add column escalated boolean not null default false;
update feedback set recorded_at = received_at, recorded_by = 'system:migration' where recorded_at is null;
alter table feedback alter column recorded_at set not null;
alter table feedback alter column recorded_by set not null;
alter table feedback add constraint feedback_channel_check
    check (channel in ('PHONE', 'EMAIL', 'VISIT', 'ONLINE', 'SURVEY', 'OTHER'));
alter table feedback add constraint feedback_category_check
    check (category in ('QUALITY', 'DELIVERY', 'SERVICE', 'PRICE', 'OTHER'));

create index feedback_received_idx on feedback (received_at desc);
