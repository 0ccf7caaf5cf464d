-- a review held as a meeting (评审会): date, attendees by department, minutes, which opinions were given there
alter table review add column meeting jsonb;
