import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { fmtDateTime } from '../../i18n/format';
import { useResource } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { DiffTable } from './DiffTable';
import type { Requirement } from './types';
import { tr } from './messages';

/** Every revision with its reason, and the field diff of the one chosen. */
export function RevisionsSection({ r }: { r: Requirement }) {
  const revisions = useResource(() => call(api.GET('/api/v1/requirements/{id}/revisions', { params: { path: { id: r.id! } } })), [r.id, r.revision]);
  const [shown, setShown] = useState<number | null>(null);
  return (
    <section class="card" aria-labelledby="revisions-heading" id="revisions">
      <h2 id="revisions-heading">{tr('revisions')}</h2>
      <ProblemBanner error={revisions.error} />
      <ol>
        {(revisions.data ?? []).map((v) => (
          <li key={v.revision} data-revision={v.revision}>
            {tr('revision.line', { n: v.revision ?? '', by: v.createdBy ?? '', at: fmtDateTime(v.createdAt) })}
            {v.reason && <> — {v.reason}</>}
            {(v.revision ?? 1) > 1 && (
              <> <button type="button" class="show-diff" aria-expanded={shown === v.revision}
                onClick={() => setShown(shown === v.revision ? null : v.revision!)}>{tr('diff.show')}</button></>
            )}
            {shown === v.revision && <DiffTable id={r.id!} n={v.revision!} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
