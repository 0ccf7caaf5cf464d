import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { fmtDateTime } from '../../i18n/format';
import { useResource } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { RevisionDiff } from './RevisionDiff';
import { t } from './messages';

/**
 * The requirement's revisions, and what changed from one to the next, field by field (old → new). Opens on the
 * revision under review when it is an amendment.
 */
export function RevisionsSection({ requirementId, revision }: { requirementId: string; revision: number }) {
  const revisions = useResource(() => call(api.GET('/api/v1/requirements/{id}/revisions', { params: { path: { id: requirementId } } })),
    [requirementId, revision]);
  const list = revisions.data ?? [];
  const [chosen, setChosen] = useState<number | null>(null);
  const amended = list.filter((r) => (r.revision ?? 1) > 1);
  const n = chosen ?? (revision > 1 ? revision : amended[amended.length - 1]?.revision ?? null);
  return (
    <section class="card" aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">{t('revisions')}</h2>
      <ProblemBanner error={revisions.error} />
      <ol class="revisions">
        {list.map((r) => (
          <li key={r.revision} data-revision={r.revision}>
            <strong>{t('revisionN', { n: r.revision ?? 1 })}</strong> · {r.createdBy} · {fmtDateTime(r.createdAt)}
            {r.reason && <> · {r.reason}</>}
          </li>
        ))}
      </ol>
      {amended.length > 0 && n !== null && (
        <>
          <label for="diff-revision">{t('diffOf')}</label>{' '}
          <select id="diff-revision" value={n} onChange={(e) => setChosen(Number((e.target as HTMLSelectElement).value))}>
            {amended.map((r) => <option key={r.revision} value={r.revision}>{t('revisionVsPrevious', { n: r.revision ?? 0 })}</option>)}
          </select>
          <RevisionDiff requirementId={requirementId} n={n} />
        </>
      )}
    </section>
  );
}
