import { fmtDateTime } from '../../i18n/format';
import { methodLabel } from './labels';
import type { Review } from './logic';
import { t } from './messages';

/** Differences from the quotation and how each was resolved; the customer's confirmation of an unwritten requirement. */
export function DiscrepanciesSection({ review }: { review: Review }) {
  const req = review.requirement ?? {};
  const discrepancies = req.discrepancies ?? [];
  return (
    <section class="card" aria-labelledby="discrepancies-heading">
      <h2 id="discrepancies-heading">{t('discrepancies')}</h2>
      {req.quotationRef && <p>{t('quotationRef')}: {req.quotationRef}</p>}
      {discrepancies.length === 0 ? <p class="note">{t('noDiscrepancies')}</p> : (
        <div class="table-wrap">
          <table id="discrepancies">
            <thead>
              <tr>
                <th scope="col">{t('discrepancy')}</th>
                <th scope="col">{t('quoted')}</th>
                <th scope="col">{t('requested')}</th>
                <th scope="col">{t('resolution')}</th>
              </tr>
            </thead>
            <tbody>
              {discrepancies.map((d) => (
                <tr key={d.key} data-key={d.key}>
                  <td>{d.kind} {d.productCode}</td>
                  <td><span class="diff-old">{d.quoted}</span></td>
                  <td><span class="diff-new">{d.requested}</span></td>
                  <td>{d.resolutionNote
                    ? <>{d.resolutionNote} <span class="note">({d.resolvedBy}, {fmtDateTime(d.resolvedAt)})</span></>
                    : <span class="badge bad">{t('unresolved')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('confirmation')}</h3>
      {!req.unwritten ? <p class="note">{t('writtenRequirement')}</p> : req.confirmation ? (
        <p id="customer-confirmation">
          {t('confirmedBy', { method: methodLabel(req.confirmation.method), who: req.confirmation.confirmedBy ?? '', reference: req.confirmation.reference ?? '' })}
          <span class="note"> ({req.confirmation.recordedBy}, {fmtDateTime(req.confirmation.recordedAt)})</span>
        </p>
      ) : <p><span class="badge bad">{t('unconfirmed')}</span></p>}
    </section>
  );
}
