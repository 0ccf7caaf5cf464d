-- Sorting (issue 13): the survey lists keep their default orders (newest first, id desc as the tie-break a cursor
-- continues after). Their indexes lacked the id, and a survey's invitations and responses (always listed by survey)
-- had none by survey, so a page sorted every match; now each list has one in exactly its order, like V6's.
drop index survey_purpose_idx;
create index survey_purpose_idx on survey (purpose, created_at desc, id desc);
create index survey_created_idx on survey (created_at desc, id desc);
create index survey_invitation_survey_idx on survey_invitation (survey_id, sent_at desc, id desc);
create index survey_response_survey_idx on survey_response (survey_id, responded_at desc, id desc);
