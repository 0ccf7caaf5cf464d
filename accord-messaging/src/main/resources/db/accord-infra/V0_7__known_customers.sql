-- Issue 13: a service that takes a customerId (feedback, complaints) accepts only customers that exist. It keeps the
-- customers it has heard of from requirements-service, which owns them: customer.registered / customer.updated, or an
-- answer of requirements-service when a customer was registered a moment ago (accord-messaging's KnownCustomers).
-- Services that do not check customers leave the table empty.
create table known_customer (
    id         uuid primary key,
    code       text        not null,
    name       text        not null,
    -- when requirements-service made the change this row shows; an older event never overwrites a newer row
    changed_at timestamptz not null
);
