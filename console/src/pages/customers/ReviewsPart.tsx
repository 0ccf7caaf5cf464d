import { fmtDateTime } from '../../i18n/format';
import { href } from '../../router';
import { tc } from '../../ui/messages';
import type { Overview } from './overview';
import { tu } from './messages';

/** Reviews in progress, each linking to its review. */
export function ReviewsPart({ reviews }: { reviews: NonNullable<Overview['reviewsInProgress']> }) {
  if (reviews.length === 0) return <p class="note">{tc('none')}</p>;
  return (
    <div class="table-wrap">
      <table id="reviews-in-progress">
        <thead><tr>
          <th scope="col">{tu('col.title')}</th><th scope="col">{tu('col.status')}</th>
          <th scope="col">{tu('col.missing')}</th><th scope="col">{tu('col.opened')}</th>
        </tr></thead>
        <tbody>
          {reviews.map((v) => (
            <tr key={v.id} data-review-id={v.id}>
              <td><a href={href(`/reviews/${v.id}`)}>{v.requirement?.title ?? v.id}</a></td>
              <td><span class={`badge${v.overdue ? ' bad' : ' warn'}`}>{v.statusLabel ?? v.status}</span></td>
              <td>{(v.missingOpinions ?? []).join(', ') || tc('none')}</td>
              <td>{fmtDateTime(v.openedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
