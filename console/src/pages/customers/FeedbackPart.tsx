import { fmtDateTime, fmtNumber, fmtPercent } from '../../i18n/format';
import { tc } from '../../ui/messages';
import type { Overview } from './overview';
import { tu } from './messages';

/** The satisfaction summary (CSAT, NPS) and the latest feedback. */
export function SatisfactionPart({ summary }: { summary: NonNullable<Overview['satisfaction']> }) {
  return (
    <dl class="facts" id="satisfaction">
      <dt>{tu('satisfaction.responses')}</dt><dd>{fmtNumber(summary.responses)}</dd>
      <dt>{tu('satisfaction.csat')}</dt><dd>{fmtPercent(summary.csat)}</dd>
      <dt>{tu('satisfaction.nps')}</dt><dd>{fmtNumber(summary.nps, 1)}</dd>
    </dl>
  );
}

export function FeedbackPart({ feedback }: { feedback: NonNullable<Overview['feedback']> }) {
  if (feedback.length === 0) return <p class="note">{tc('none')}</p>;
  return (
    <div class="table-wrap">
      <table id="customer-feedback">
        <thead><tr>
          <th scope="col">{tu('col.received')}</th><th scope="col">{tu('col.channel')}</th><th scope="col">{tu('col.category')}</th>
          <th scope="col" class="num">{tu('col.rating')}</th><th scope="col">{tu('col.text')}</th>
        </tr></thead>
        <tbody>
          {feedback.map((f) => (
            <tr key={f.id} data-feedback-id={f.id}>
              <td>{fmtDateTime(f.receivedAt)}</td><td>{f.channelLabel ?? f.channel}</td><td>{f.categoryLabel ?? f.category}</td>
              <td class="num">{f.rating ?? ''}</td><td>{f.text}{f.escalated && <> <span class="badge bad">{tu('feedback.escalated')}</span></>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
