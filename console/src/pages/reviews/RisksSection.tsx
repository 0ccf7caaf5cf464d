import { fmtDateTime } from '../../i18n/format';
import type { ChangeFormProps } from './change';
import { riskCategoryLabel } from './labels';
import { blocksApproval } from './logic';
import { t } from './messages';
import { MitigationForm } from './MitigationForm';
import { RiskForm } from './RiskForm';

/** The assessed risks (score = likelihood × impact); those that block approval are marked, with a way to mitigate them. */
export function RisksSection({ review, etag, onChanged, canAssess }: ChangeFormProps & { canAssess: boolean }) {
  const risks = review.risks ?? [];
  return (
    <section class="card" aria-labelledby="risks-heading">
      <h2 id="risks-heading">{t('risks')}</h2>
      {review.requirement?.highRisk && risks.length === 0 && <p class="notice">{t('risk.highRiskUnassessed')}</p>}
      {risks.length === 0 ? <p class="note">{t('risk.none')}</p> : (
        <div class="table-wrap">
          <table id="risks">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('risk.category')}</th>
                <th scope="col" class="num">{t('risk.likelihood')}</th>
                <th scope="col" class="num">{t('risk.impact')}</th>
                <th scope="col" class="num">{t('risk.scoreHeading')}</th>
                <th scope="col">{t('risk.mitigation')}</th>
                <th scope="col">{t('by')}</th>
              </tr>
            </thead>
            <tbody>
              {risks.map((r) => (
                <tr key={r.seq} data-risk={r.seq}>
                  <td>{r.seq}</td>
                  <td>{r.categoryLabel ?? riskCategoryLabel(r.category)}</td>
                  <td class="num">{r.likelihood}</td>
                  <td class="num">{r.impact}</td>
                  <td class="num">{blocksApproval(r) ? <span class="badge bad">{r.score} · {t('risk.blocks')}</span> : r.score}</td>
                  <td>
                    {r.mitigation || <span class="note">{t('none')}</span>}
                    {canAssess && !r.mitigation && <MitigationForm review={review} etag={etag} onChanged={onChanged} seq={r.seq!} />}
                  </td>
                  <td>{r.by} <span class="note">{fmtDateTime(r.at)}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canAssess && <RiskForm review={review} etag={etag} onChanged={onChanged} />}
    </section>
  );
}
