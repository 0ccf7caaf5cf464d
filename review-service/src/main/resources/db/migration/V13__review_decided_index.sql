-- Issue 14, the management review: reviews decided in a period are found by their decision time, which the review
-- holds in its decision (jsonb "at"; Hibernate's JSON mapper writes an OffsetDateTime as epoch seconds with a
-- fraction, 1796580852.135776000). An index needs an immutable expression: to_timestamp(double precision) is one. A
-- text with an offset (ISO-8601, as a hand-written row might hold) is read too; its cast does not depend on the
-- session's TimeZone because the offset is written out, which is why the function may say immutable. Queries call
-- the same function, so the planner matches the index.
create function review_decided_at(decision jsonb) returns timestamptz
    language sql immutable parallel safe
    as $$ select case when jsonb_typeof(decision -> 'at') = 'number' then to_timestamp((decision ->> 'at')::double precision)
                      else (decision ->> 'at')::timestamptz end $$;

create index review_decided_idx on review (review_decided_at(decision)) where decision is not null;
