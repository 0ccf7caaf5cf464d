import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client';
import { tc } from '../../ui/messages';
import { useLive, useResource } from '../../ui/hooks';
import { Page } from '../../ui/Page';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { ActionFilters, ownerOf, type ActionFilter } from './ActionFilters';
import { CorrectiveActionTable } from './CorrectiveActionTable';
import { t } from './messages';

const SIZE = 50;

/** Corrective actions across complaints (mine by default), the most urgent first, with their steps; live. */
export function CorrectiveActionsPage({ query }: { query: URLSearchParams }) {
  const [filter, setFilter] = useState<ActionFilter>({
    status: query.get('status') ?? '', overdue: query.get('overdue') === 'true',
    scope: query.has('owner') ? (query.get('owner') ? 'other' : 'all') : 'mine', owner: query.get('owner') ?? '',
  });
  const [page, setPage] = useState(0);
  const owner = ownerOf(filter);
  const list = useResource(() => call(api.GET('/api/v1/corrective-actions', {
    params: {
      query: {
        status: (filter.status || undefined) as Schemas['Complaints_Status'] | undefined,
        overdue: filter.overdue || undefined, owner, page, size: SIZE, sort: ['dueDate,asc'],
      },
    },
  })).then((r) => ({ ...r, data: r.data as Schemas['Complaints_PageCorrectiveActionView'] })), [filter.status, filter.overdue, owner, page]);
  useLive(['accord.corrective-action.'], () => void list.reload());
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / SIZE));
  return (
    <Page title={t('correctiveActionsTitle')}>
      <ActionFilters filter={filter} onChange={(f) => { setFilter(f); setPage(0); }} />
      <ProblemBanner error={list.error} onReload={() => void list.reload()} />
      {!list.data && list.loading && <p class="note">{tc('loading')}</p>}
      {list.data && (
        <>
          <p class="note" aria-live="polite" id="ca-total" data-total={total}>{tc('total', { total })}</p>
          <CorrectiveActionTable items={list.data.items ?? []} showComplaint onChanged={() => void list.reload()} />
          {pages > 1 && (
            <nav class="actions" aria-label={tc('pageOf', { page: page + 1, pages })}>
              <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>{tc('previous')}</button>
              <span>{tc('pageOf', { page: page + 1, pages })}</span>
              <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>{tc('next')}</button>
            </nav>
          )}
        </>
      )}
    </Page>
  );
}
