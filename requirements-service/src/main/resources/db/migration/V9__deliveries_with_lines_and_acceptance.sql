-- Deliveries are numbered, name their lines and carry the customer's acceptance (issue 13). A delivery recorded
-- before then was the whole order and made its record DELIVERED at once: it becomes delivery 1 with every item's
-- quantity, and an acceptance as of its delivery that names no person but this migration, since nobody recorded one.
update requirement r
set deliveries = (
    select jsonb_agg(d.value || jsonb_build_object(
               'number', d.n,
               'lines', case when d.n = 1 then coalesce((
                   select jsonb_agg(jsonb_build_object('productCode', i.value ->> 'productCode', 'quantity', i.value -> 'quantity'))
                   from jsonb_array_elements(coalesce(r.content -> 'items', '[]'::jsonb)) i), '[]'::jsonb)
                   else '[]'::jsonb end,
               'acceptance', jsonb_build_object('accepted', true, 'category', null, 'reason', null,
                   'at', d.value -> 'deliveredAt', 'recordedBy', 'system:migration V9'))
               order by d.n)
    from jsonb_array_elements(r.deliveries) with ordinality d(value, n))
where jsonb_array_length(r.deliveries) > 0 and not (r.deliveries -> 0 ? 'number');
