-- Issue 14: the requirements' attachments the review has heard of (requirement.attachment-added), so that a review
-- opened after files were attached lists them in its record, with their SHA-256. Names and hashes only: the files
-- stay with requirements-service.
create table requirement_attachment (
    id             uuid primary key,
    requirement_id uuid         not null,
    filename       text         not null,
    content_type   varchar(128) not null,
    size           bigint       not null,
    sha256         char(64)     not null,
    uploaded_by    varchar(255) not null,
    uploaded_at    timestamptz  not null
);

create index requirement_attachment_requirement_idx on requirement_attachment (requirement_id, uploaded_at);
