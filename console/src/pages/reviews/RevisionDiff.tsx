import { api, call } from '../../api/client';
import { useResource } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { diffValue } from './logic';
import { t } from './messages';

/** Revision n against n−1, field by field: the old value struck through, the new one beside it. */
export function RevisionDiff({ requirementId, n }: { requirementId: string; n: number }) {
  const diff = useResource(() => call(api.GET('/api/v1/requirements/{id}/revisions/{n}/diff', { params: { path: { id: requirementId, n } } })),
    [requirementId, n]);
  if (diff.error) return <ProblemBanner error={diff.error} />;
  const changes = diff.data ?? [];
  return (
    <div class="table-wrap">
      <table id="revision-diff">
        <caption class="visually-hidden">{t('revisionVsPrevious', { n })}</caption>
        <thead>
          <tr><th scope="col">{t('field')}</th><th scope="col">{t('old')}</th><th scope="col">{t('new')}</th></tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.path} data-path={c.path}>
              <th scope="row"><code>{c.path}</code></th>
              <td><span class="diff-old">{diffValue(c.before)}</span></td>
              <td><span class="diff-new">{diffValue(c.after)}</span></td>
            </tr>
          ))}
          {!diff.loading && changes.length === 0 && <tr><td colSpan={3}>{t('noChanges')}</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
