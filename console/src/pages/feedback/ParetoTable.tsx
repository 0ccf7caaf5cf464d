import type { Schemas } from '../../api/client';
import { fmtNumber, fmtPercent } from '../../i18n/format';
import { categoryLabel } from './labels';
import { t } from './messages';

/**
 * The Pareto of categories as a table (the figures are the text; the bars only repeat them for the eye): each row's
 * bar is its share, the thin mark the cumulative share.
 */
export function ParetoTable({ pareto }: { pareto: Schemas['Feedback_Pareto'] }) {
  const rows = pareto.categories ?? [];
  if (rows.length === 0) return <p class="note">{t('paretoEmpty')}</p>;
  return (
    <div class="table-wrap">
      <table id="feedback-pareto">
        <caption class="visually-hidden">{t('pareto')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('category')}</th>
            <th scope="col" class="num">{t('count')}</th>
            <th scope="col" class="num">{t('share')}</th>
            <th scope="col" class="num">{t('cumulative')}</th>
            <th scope="col" class="pareto-bar-col"><span class="visually-hidden">{t('bar')}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.category} data-category={r.category} data-count={r.count}>
              <th scope="row">{categoryLabel(r.category)}</th>
              <td class="num">{fmtNumber(r.count)}</td>
              <td class="num">{fmtPercent(r.percent)}</td>
              <td class="num">{fmtPercent(r.cumulativePercent)}</td>
              <td class="pareto-bar-col" aria-hidden="true">
                <div class="pareto-track">
                  <div class="pareto-bar" style={{ width: `${Math.min(100, r.percent ?? 0)}%` }} />
                  <div class="pareto-cumulative" style={{ left: `${Math.min(100, r.cumulativePercent ?? 0)}%` }} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
