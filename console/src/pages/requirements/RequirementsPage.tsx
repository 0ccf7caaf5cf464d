import { fetchDocument } from '../../api/client';
import { listCustomers, listRequirements } from './calls';
import type { ApiError } from '../../api/problem';
import { navigate, href } from '../../router';
import { useAction, useLive, useResource } from '../../ui/hooks';
import { Page } from '../../ui/Page';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { tc } from '../../ui/messages';
import { Pager } from './Pager';
import { RequirementFilters } from './RequirementFilters';
import { RequirementsTable } from './RequirementsTable';
import { saveBlob } from '../../ui/download';
import { PAGE_SIZE, csvPath, readQuery, writeQuery, type ListQuery } from './listQuery';
import { tr } from './messages';
import { canWrite } from './types';
import type { Schemas } from '../../api/client';

/** All requirements, filtered, sorted and paged; it follows the live stream, so new and changed ones appear by themselves. */
export function RequirementsPage({ query: hashQuery }: { query: URLSearchParams }) {
  const query = readQuery(hashQuery);
  const list = useResource(() => listRequirements({
    status: (query.status || undefined) as Schemas['Requirements_RequirementStatus'] | undefined,
    customerId: query.customerId || undefined,
    source: (query.source || undefined) as Schemas['Requirements_RequirementSource'] | undefined,
    sort: [query.sort], page: query.page, size: PAGE_SIZE,
  }), [writeQuery(query)]);
  const customers = useResource(() => listCustomers(), []);
  useLive(['accord.requirement.'], () => void list.reload());
  const exporting = useAction();

  const change = (patch: Partial<ListQuery>) => {
    const q = writeQuery({ ...query, ...patch });
    navigate(q ? `/requirements?${q}` : '/requirements');
  };
  const byId = new Map((customers.data?.items ?? []).map((c) => [c.id, c]));
  const customerName = (id?: string) => {
    const c = id ? byId.get(id) : undefined;
    return c ? `${c.code} · ${c.name}` : '';
  };
  const exportCsv = () => exporting.run(async () => saveBlob(await fetchDocument(csvPath(query), 'text/csv'), 'requirements.csv'));

  return (
    <Page title={tc('nav.requirements')} actions={<>
      <button type="button" id="export-csv" onClick={exportCsv} disabled={exporting.busy}>{tr('list.csv')}</button>
      {canWrite() && <a class="button primary" id="new-requirement" href={href('/requirements/new')}>{tr('list.new')}</a>}
    </>}>
      <RequirementFilters query={query} customers={customers.data?.items ?? []} onChange={change} />
      <ProblemBanner error={(list.error ?? exporting.error) as ApiError | null} onReload={() => void list.reload()} />
      <div aria-live="polite" aria-busy={list.loading}>
        {list.data && <RequirementsTable items={list.data.items ?? []} customerName={customerName} />}
        {!list.data && list.loading && <p>{tc('loading')}</p>}
      </div>
      {list.data && <Pager page={query.page} size={PAGE_SIZE} total={list.data.total ?? 0} onPage={(page) => change({ page })} />}
    </Page>
  );
}
