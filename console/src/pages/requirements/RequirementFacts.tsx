import { loadCustomer } from './calls';
import { fmtDateTime, fmtMoney } from '../../i18n/format';
import { href } from '../../router';
import { useResource } from '../../ui/hooks';
import { StatusBadge } from './StatusBadge';
import { sourceLabel } from './labels';
import type { Requirement } from './types';
import { tr } from './messages';

/** The record's state and where it stands: status, revision, customer, its review. */
export function RequirementFacts({ r }: { r: Requirement }) {
  const customer = useResource(() => loadCustomer(r.customerId!), [r.customerId]);
  return (
    <section class="card" aria-labelledby="facts-heading">
      <h2 id="facts-heading" class="visually-hidden">{tr('facts')}</h2>
      <dl class="facts">
        <dt>{tr('status')}</dt>
        <dd aria-live="polite"><StatusBadge status={r.status} id="requirement-status" /></dd>
        <dt>{tr('revision')}</dt>
        <dd id="requirement-revision" data-revision={r.revision}>{r.revision}</dd>
        <dt>{tr('customer')}</dt>
        <dd><a href={href(`/customers/${r.customerId}`)} id="requirement-customer">
          {customer.data ? `${customer.data.code} · ${customer.data.name}` : r.customerId}</a></dd>
        <dt>{tr('source')}</dt>
        <dd>{sourceLabel(r.source)}{r.unwritten && <> · {tr('unwritten')}</>}</dd>
        {r.externalRef && <><dt>{tr('externalRef')}</dt><dd>{r.externalRef}</dd></>}
        {r.erpOrderNo && <><dt>{tr('erpOrderNo')}</dt><dd>{r.erpOrderNo}</dd></>}
        <dt>{tr('totalValue')}</dt>
        <dd>{fmtMoney(r.totalValue, r.currency)}</dd>
        {r.highRisk && <><dt>{tr('risk')}</dt><dd><span class="badge bad">{tr('highRisk.short')}</span></dd></>}
        <dt>{tr('review')}</dt>
        <dd>{r.reviewId ? <a id="review-link" href={href(`/reviews/${r.reviewId}`)} data-review-id={r.reviewId}>{tr('review.open')}</a> : tr('review.none')}</dd>
        <dt>{tr('createdAt')}</dt>
        <dd>{fmtDateTime(r.createdAt)} · {r.createdBy}</dd>
        {r.cancellationReason && <><dt>{tr('cancellation.reason')}</dt><dd>{r.cancellationReason}</dd></>}
      </dl>
    </section>
  );
}
