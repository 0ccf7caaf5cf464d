-- A delivery the customer refused at acceptance opens a complaint (requirement.delivery-rejected): the complaint names
-- the requirement and the delivery, and one delivery opens one complaint however often its event arrives.
alter table complaint add column requirement_id uuid;
alter table complaint add column delivery_number int;
create unique index complaint_refused_delivery_idx on complaint (requirement_id, delivery_number)
    where requirement_id is not null;
