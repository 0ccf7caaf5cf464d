-- an automatic invitation names its occasion (an order delivered, a complaint closed): one per survey and occasion
alter table survey_invitation add column occasion varchar(200);
create unique index survey_invitation_occasion_idx on survey_invitation (survey_id, occasion) where occasion is not null;
