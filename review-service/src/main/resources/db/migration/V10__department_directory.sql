-- The department directory (issue 13): departments are configuration, not a fixed list. An entry is never deleted
-- (reviews and their records name departments for good); one no longer in use is deactivated.
create table department (
    code         varchar(32)  primary key,
    id           uuid         not null unique,
    name_zh      varchar(100) not null,
    name_en      varchar(100) not null,
    kind         varchar(32)  not null,
    signing_role varchar(64)  not null,
    mailbox      varchar(254),
    manager      varchar(255),
    active       boolean      not null,
    updated_by   varchar(255) not null,
    updated_at   timestamptz  not null,
    version      bigint       not null
);

-- the departments of PROCESS.md §1.4, each signed for by the role of its own name, as before the directory; an
-- administrator adds mailbox and manager (PUT /api/v1/departments/{code})
insert into department (code, id, name_zh, name_en, kind, signing_role, active, updated_by, updated_at, version) values
    ('QUALITY',     gen_random_uuid(), '质量部',     'Quality',                'FUNCTIONAL', 'QUALITY',     true, 'system', now(), 0),
    ('PRODUCTION',  gen_random_uuid(), '生产部',     'Production',             'FUNCTIONAL', 'PRODUCTION',  true, 'system', now(), 0),
    ('PROCUREMENT', gen_random_uuid(), '采购部',     'Procurement',            'FUNCTIONAL', 'PROCUREMENT', true, 'system', now(), 0),
    ('TECHNICAL',   gen_random_uuid(), '技术部',     'Technical',              'FUNCTIONAL', 'TECHNICAL',   true, 'system', now(), 0),
    ('FINANCE',     gen_random_uuid(), '财务部',     'Finance',                'FUNCTIONAL', 'FINANCE',     true, 'system', now(), 0),
    ('LEGAL',       gen_random_uuid(), '法律事务室', 'Legal affairs',          'FUNCTIONAL', 'LEGAL',       true, 'system', now(), 0),
    ('SAFETY_ENV',  gen_random_uuid(), '安全环保部', 'Safety and environment', 'FUNCTIONAL', 'SAFETY_ENV',  true, 'system', now(), 0);

-- a directory code may be longer than the fixed names were
alter table review_department alter column department type varchar(32);
