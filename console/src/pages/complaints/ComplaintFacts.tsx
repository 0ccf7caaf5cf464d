import { fmtDateTime } from '../../i18n/format';
import type { Complaint } from './lifecycle';
import { categoryLabel, channelLabel, remedyLabel, t } from './messages';
import { SeverityBadge } from './SeverityBadge';

/** What the complaint is, and what was found and done so far. */
export function ComplaintFacts({ complaint: c, customer }: { complaint: Complaint; customer: string }) {
  const row = (label: string, value: unknown, id?: string) => (value === undefined || value === null || value === '' ? null : (
    <><dt>{label}</dt><dd id={id}>{value as string}</dd></>
  ));
  const signature = c.closingSignature;
  return (
    <dl class="facts" id="complaint-facts">
      {row(t('customer'), customer, 'complaint-customer')}
      <dt>{t('severity')}</dt><dd><SeverityBadge severity={c.severity} /></dd>
      {row(t('category'), categoryLabel(c.category))}
      {row(t('channel'), channelLabel(c.channel))}
      {row(t('received'), fmtDateTime(c.receivedAt))}
      {row(t('description'), c.description, 'complaint-description')}
      {row(t('orderRef'), c.orderRef)}
      {row(t('productCode'), c.productCode)}
      {row(t('batch'), c.batch)}
      {c.sourceFeedbackId && row(t('sourceFeedback'), c.sourceFeedbackId)}
      {c.deliveryNumber != null && row(t('refusedDelivery', { number: c.deliveryNumber }), c.requirementId)}
      {row(t('rootCause'), c.rootCause, 'complaint-root-cause')}
      {row(t('containment'), c.containment)}
      {row(t('resolutionSummary'), c.resolutionSummary, 'complaint-resolution')}
      {row(t('remedy'), c.remedy && remedyLabel(c.remedy))}
      {row(t('customerComment'), c.customerComment)}
      {(c.reopenCount ?? 0) > 0 && row(t('reopenCount'), String(c.reopenCount))}
      {signature && row(t('signature'), t('signedBy', {
        meaning: signature.meaningLabel ?? signature.meaning ?? '', user: signature.signedBy ?? '', time: fmtDateTime(signature.signedAt),
      }), 'complaint-closing-signature')}
    </dl>
  );
}
