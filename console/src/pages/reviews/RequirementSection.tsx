import { fmtDate, fmtMoney } from '../../i18n/format';
import { tc } from '../../ui/messages';
import { lineCategoryLabel, serviceLabel, sourceLabel } from './labels';
import type { Review } from './logic';
import { t } from './messages';

/** What is reviewed: the requirement revision as the review received it (items, delivery, services, requirement lines). */
export function RequirementSection({ review }: { review: Review }) {
  const req = review.requirement ?? {};
  return (
    <section class="card" aria-labelledby="requirement-heading">
      <h2 id="requirement-heading">{t('requirement')}</h2>
      <dl class="facts">
        <dt>{t('source')}</dt>
        <dd>{sourceLabel(req.source)}</dd>
        {req.externalRef && <><dt>{t('externalRef')}</dt><dd>{req.externalRef}</dd></>}
        {req.erpOrderNo && <><dt>{t('erpOrderNo')}</dt><dd>{req.erpOrderNo}</dd></>}
        <dt>{t('value')}</dt>
        <dd id="requirement-value">{fmtMoney(req.totalValue, req.currency)}</dd>
        <dt>{t('paymentTerms')}</dt>
        <dd>{req.paymentTerms || tc('none')}</dd>
        <dt>{t('dueDate')}</dt>
        <dd>{fmtDate(req.dueDate)}</dd>
        <dt>{t('deliveryPlace')}</dt>
        <dd>{[req.deliveryPlace, req.deliveryTerms].filter(Boolean).join(' · ') || tc('none')}</dd>
        <dt>{t('services')}</dt>
        <dd>{req.services?.length ? req.services.map(serviceLabel).join(', ') : tc('none')}</dd>
        <dt>{t('highRisk')}</dt>
        <dd>{req.highRisk ? <span class="badge bad">{t('yes')}</span> : t('no')}</dd>
      </dl>
      <h3>{t('items')}</h3>
      <div class="table-wrap">
        <table id="requirement-items">
          <thead>
            <tr>
              <th scope="col">{t('productCode')}</th>
              <th scope="col">{t('description')}</th>
              <th scope="col">{t('specification')}</th>
              <th scope="col" class="num">{t('quantity')}</th>
              <th scope="col" class="num">{t('unitPrice')}</th>
            </tr>
          </thead>
          <tbody>
            {(req.items ?? []).map((i) => (
              <tr key={i.productCode}>
                <td>{i.productCode}</td>
                <td>{i.description}</td>
                <td>{i.specification}{i.customSpecification && <> <span class="badge warn">{t('customSpec')}</span></>}</td>
                <td class="num">{i.quantity} {i.unit}</td>
                <td class="num">{fmtMoney(i.unitPrice, i.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(req.lines?.length ?? 0) > 0 && (
        <>
          <h3>{t('lines')}</h3>
          <ul class="req-lines">
            {req.lines!.map((l, n) => (
              <li key={n}><span class="badge">{lineCategoryLabel(l.category)}</span> {l.text}{l.reference && <span class="note"> ({l.reference})</span>}</li>
            ))}
          </ul>
        </>
      )}
      {(req.attachments?.length ?? 0) > 0 && (
        <>
          <h3>{t('attachments')}</h3>
          <ul>{req.attachments!.map((a) => <li key={a.id}>{a.filename} <span class="note">({a.uploadedBy})</span></li>)}</ul>
        </>
      )}
    </section>
  );
}
