-- Issue 14: mail to people is written in the transaction of the change that causes it (like an event in
-- outbox_event) and sent by the mail relay. One row per cause and recipient: the cause is a stable name of what made
-- the mail necessary ("survey-invitation:<id>"), so a retried command or a redelivered event queues nothing twice.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    cause           text        not null,
    recipient       text        not null,
    -- the language it was rendered in (zh-CN, en)
    locale          text        not null,
    template        text        not null,
    subject         text        not null,
    body_text       text,
    body_html       text,
    -- a mail carrying a secret (a survey's one-time link): its bodies are cleared once it is sent or has failed
    sensitive       boolean     not null default false,
    -- the record it is about, for the notifications list (complaint, review, survey-invitation, ...)
    about_type      text,
    about_id        text,
    -- QUEUED (waiting or retrying), SENT, FAILED (given up: the reason says why)
    status          text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    queued_at       timestamptz not null,
    queued_by       text,
    sent_at         timestamptz,
    -- the Message-ID header, fixed when queued: a mail sent again after a crash between the SMTP answer and the
    -- commit carries the same id, which lets a receiving system drop it
    message_id      text        not null,
    constraint mail_outbox_once_per_cause unique (cause, recipient)
);

create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'QUEUED';
create index mail_outbox_recipient on mail_outbox (recipient, queued_at desc);
create index mail_outbox_status on mail_outbox (status, queued_at desc);
