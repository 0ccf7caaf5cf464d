-- Issue 14: mail to a customer is written in its language (zh-CN, en); null on customers registered before, which
-- get ACCORD_DEFAULT_LOCALE. A customer may opt out of satisfaction surveys.
alter table customer
    add column language        text,
    add column surveys_opt_out boolean not null default false;
