-- Issue 14: services that mail customers (survey invitations, complaint acknowledgements and resolutions) keep how to
-- write to each customer, from customer.registered / customer.updated: the address and name of the contact who
-- receives mail (null: none has an address), the language (zh-CN, en; null: ACCORD_DEFAULT_LOCALE) and the opt-out
-- of surveys.
alter table known_customer
    add column email           text,
    add column contact_name    text,
    add column language        text,
    add column surveys_opt_out boolean not null default false;
