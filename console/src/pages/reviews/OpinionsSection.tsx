import { departmentName } from './directory';
import { methodLabel, verdictLabel } from './labels';
import type { DepartmentEntry, Review } from './logic';
import { t } from './messages';
import { Signature } from './Signature';

const TONE: Record<string, string> = { APPROVE: 'ok', APPROVE_WITH_CONDITIONS: 'warn', REJECT: 'bad' };

/** The departments' opinions with their signatures; an opinion replaced by a later one of its department stays, marked. */
export function OpinionsSection({ review, directory }: { review: Review; directory: DepartmentEntry[] }) {
  const opinions = review.opinions ?? [];
  return (
    <section class="card" aria-labelledby="opinions-heading">
      <h2 id="opinions-heading">{t('opinions')}</h2>
      {opinions.length === 0 ? <p class="note">{t('noOpinions')}</p> : (
        <div class="table-wrap">
          <table id="opinions">
            <thead>
              <tr>
                <th scope="col">{t('department')}</th>
                <th scope="col">{t('verdict')}</th>
                <th scope="col">{t('comment')}</th>
                <th scope="col">{t('conditions')}</th>
                <th scope="col">{t('signature')}</th>
              </tr>
            </thead>
            <tbody>
              {opinions.map((o, n) => (
                <tr key={n} data-department={o.department} data-verdict={o.verdict} data-current={String(!!o.current)} class={o.current ? '' : 'superseded'}>
                  <th scope="row">
                    {departmentName(o.department, directory)}
                    {!o.current && <> <span class="badge">{t('replaced')}</span></>}
                    {o.source === 'MEETING' && <> <span class="badge">{o.sourceLabel ?? t('atMeeting')}</span></>}
                    {o.forRevision !== review.requirementRevision && <div class="note">{t('forRevision', { n: o.forRevision ?? 0 })}</div>}
                  </th>
                  <td><span class={`badge ${TONE[o.verdict ?? ''] ?? ''}`}>{o.verdictLabel ?? verdictLabel(o.verdict)}</span></td>
                  <td>{o.comment}</td>
                  <td>{(o.conditions?.length ?? 0) > 0 && <ul class="conditions">{o.conditions!.map((c) => <li key={c}>{c}</li>)}</ul>}</td>
                  <td><Signature signature={o.signature ?? { signedBy: o.by, signedAt: o.at }} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {review.consolidation && (
        <div id="consolidation">
          <h3>{t('consolidation.done')}</h3>
          <ul class="checks">
            {(['termsApplicable', 'termsComplete', 'termsClear', 'discrepanciesResolved'] as const).map((c) => (
              <li key={c}>{review.consolidation![c] ? '✓' : '✗'} {t(`consolidation.${c}`)}</li>
            ))}
          </ul>
          {review.consolidation.comment && <p>{review.consolidation.comment}</p>}
          <Signature signature={review.consolidation.signature} />
        </div>
      )}
      {review.orderConfirmation && (
        <div id="order-confirmation">
          <h3>{t('confirmation.done')}</h3>
          <p>{methodLabel(review.orderConfirmation.method)} · {review.orderConfirmation.reference}</p>
          <Signature signature={review.orderConfirmation.signature} />
        </div>
      )}
      {review.decision && (
        <div id="decision">
          <h3>{t('decision.done')}</h3>
          <p><strong>{review.decision.decisionLabel ?? review.decision.decision}</strong>{review.decision.comment && <> — {review.decision.comment}</>}</p>
          {review.decision.overrideReason && <p>{t('decision.overrideReason')}: {review.decision.overrideReason}</p>}
          <Signature signature={review.decision.signature} />
        </div>
      )}
    </section>
  );
}
