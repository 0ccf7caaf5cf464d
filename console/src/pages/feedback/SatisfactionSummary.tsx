import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { fmtNumber } from '../../i18n/format';
import { useLive, useResource } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { CustomerSelect } from './CustomerSelect';
import type { Customer } from './customers';
import { ts } from './surveyMessages';

/**
 * CSAT and NPS from the survey responses (GET /api/v1/satisfaction/summary), for one customer or all; it follows the
 * responses as they arrive. The API sums every survey: it has no per-survey figure.
 */
export function SatisfactionSummary({ customers }: { customers: Customer[] | undefined }) {
  const [customerId, setCustomerId] = useState('');
  const summary = useResource(() => call(api.GET('/api/v1/satisfaction/summary', {
    params: { query: customerId ? { customerId } : {} },
  })), [customerId]);
  useLive(['accord.survey.responded'], () => void summary.reload());
  const s = summary.data;
  const dimensions = Object.entries(s?.byDimension ?? {});
  return (
    <section aria-labelledby="satisfaction-title" id="satisfaction">
      <h2 id="satisfaction-title">{ts('satisfaction')}</h2>
      <p class="note">{ts('satisfactionNote')}</p>
      <div class="field satisfaction-customer">
        <label for="satisfaction-customer">{ts('customer')}</label>
        <CustomerSelect attrs={{ id: 'satisfaction-customer' }} value={customerId} customers={customers}
          emptyLabel={ts('allCustomers')} onChange={setCustomerId} />
      </div>
      <ProblemBanner error={summary.error} onReload={() => void summary.reload()} />
      {s && (
        <>
          <dl class="facts" aria-live="polite">
            <dt>{ts('responses')}</dt>
            <dd id="satisfaction-responses" data-count={s.responses}>
              {fmtNumber(s.responses)}
              {!!s.staffIssuedResponses && <span class="note"> ({fmtNumber(s.staffIssuedResponses)} {ts('staffIssuedResponses')})</span>}
            </dd>
            <dt>{ts('csat')} <small class="hint">{ts('csatHint')}</small></dt>
            <dd id="satisfaction-csat">{s.csat == null ? '–' : `${fmtNumber(s.csat, 1)} %`}</dd>
            <dt>{ts('nps')} <small class="hint">{ts('npsHint')}</small></dt>
            <dd id="satisfaction-nps">{fmtNumber(s.nps, 1)}</dd>
          </dl>
          <h3>{ts('byDimension')}</h3>
          {dimensions.length === 0 ? <p class="note">{ts('noDimensions')}</p> : (
            <div class="table-wrap">
              <table id="satisfaction-dimensions">
                <thead>
                  <tr>
                    <th scope="col">{ts('dimension')}</th>
                    <th scope="col" class="num">{ts('ratingAnswers')}</th>
                    <th scope="col" class="num">{ts('csat')}</th>
                    <th scope="col" class="num">{ts('averageRating')}</th>
                    <th scope="col" class="num">{ts('npsAnswers')}</th>
                    <th scope="col" class="num">{ts('nps')}</th>
                  </tr>
                </thead>
                <tbody>
                  {dimensions.map(([dimension, d]) => (
                    <tr key={dimension} data-dimension={dimension}>
                      <th scope="row">{dimension}</th>
                      <td class="num">{fmtNumber(d.ratingAnswers)}</td>
                      <td class="num">{d.csat == null ? '–' : `${fmtNumber(d.csat, 1)} %`}</td>
                      <td class="num">{fmtNumber(d.averageRating, 2)}</td>
                      <td class="num">{fmtNumber(d.npsAnswers)}</td>
                      <td class="num">{fmtNumber(d.nps, 1)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
