-- Issue 14: an invitation is mailed to the customer with its one-time link when the customer has a mail address;
-- mailed_to says where (null: not mailed, customer service passes it on).
alter table survey_invitation add column mailed_to text;
