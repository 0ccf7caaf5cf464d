-- the form of the frozen review record its hash was taken over (ReviewRecordContent.VERSION); null for records
-- frozen before forms had versions, whose departments were hashed in no fixed order
alter table review add column record_version smallint;
