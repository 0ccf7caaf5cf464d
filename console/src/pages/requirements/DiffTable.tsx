import { api, call } from '../../api/client';
import { useResource } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { tc } from '../../ui/messages';
import { tr } from './messages';

const show = (v: unknown) => (v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** What revision `n` changed, field by field (GET …/revisions/{n}/diff): before struck through, after highlighted. */
export function DiffTable({ id, n }: { id: string; n: number }) {
  const diff = useResource(() => call(api.GET('/api/v1/requirements/{id}/revisions/{n}/diff', { params: { path: { id, n } } })), [id, n]);
  if (diff.error) return <ProblemBanner error={diff.error} />;
  if (!diff.data) return <p>{tc('loading')}</p>;
  if (diff.data.length === 0) return <p class="note">{tr('diff.none')}</p>;
  return (
    <div class="table-wrap">
      <table class="diff" id={`diff-${n}`}>
        <caption class="visually-hidden">{tr('diff.caption', { n })}</caption>
        <thead><tr><th scope="col">{tr('diff.field')}</th><th scope="col">{tr('diff.before')}</th><th scope="col">{tr('diff.after')}</th></tr></thead>
        <tbody>
          {diff.data.map((c) => (
            <tr key={c.path} data-path={c.path}>
              <th scope="row"><code>{c.path}</code></th>
              <td><span class="diff-old">{show(c.before)}</span></td>
              <td><span class="diff-new">{show(c.after)}</span></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
