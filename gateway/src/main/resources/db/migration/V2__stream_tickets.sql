-- Stream tickets: EventSource cannot send an Authorization header, so a signed-in browser trades its token for a
-- short-lived ticket it puts in the stream URL. Only the ticket's SHA-256 is kept; using it deletes the row, so a
-- ticket opens one stream, once, at whichever gateway replica it reaches. The stream ends when the token would have.
create table stream_ticket (
    ticket_hash      char(64)     primary key,
    principal        varchar(200) not null,
    roles            text         not null,
    token_expires_at timestamptz  not null,
    expires_at       timestamptz  not null
);

create index stream_ticket_expiry on stream_ticket (expires_at);
