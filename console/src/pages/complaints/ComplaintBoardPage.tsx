import { useState } from 'preact/hooks';
import { hasRole } from '../../auth/session';
import { href } from '../../router';
import { tc } from '../../ui/messages';
import { useLive, useResource } from '../../ui/hooks';
import { Page } from '../../ui/Page';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { loadBoard, type BoardFilter } from './board';
import { BoardFilters, type BoardView } from './BoardFilters';
import { ComplaintBoard } from './ComplaintBoard';
import { ComplaintTable } from './ComplaintTable';
import { useCustomerNames } from './customers';
import type { Complaint } from './lifecycle';
import { t } from './messages';
import { NewComplaintForm } from './NewComplaintForm';

/** complaints:write */
const MAY_REGISTER = ['SALES', 'SALES_MANAGER', 'CUSTOMER_SERVICE', 'QUALITY'];

function initialView(query: URLSearchParams): BoardView {
  const asked = query.get('view');
  if (asked === 'board' || asked === 'list') return asked;
  return typeof matchMedia !== 'undefined' && matchMedia('(max-width: 760px)').matches ? 'list' : 'board';
}

/** Keeps filters and view in the address (bookmarkable) without reopening the page. */
function remember(filter: BoardFilter, view: BoardView): void {
  const q = new URLSearchParams();
  if (filter.severity) q.set('severity', filter.severity);
  if (filter.category) q.set('category', filter.category);
  q.set('view', view);
  history.replaceState(null, '', `#/complaints?${q}`);
}

/** The complaint board: every complaint by status, its clock, live; and the form to register a new one. */
export function ComplaintBoardPage({ query }: { query: URLSearchParams }) {
  const [filter, setFilter] = useState<BoardFilter>({ severity: query.get('severity') ?? '', category: query.get('category') ?? '' });
  const [view, setView] = useState<BoardView>(() => initialView(query));
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Complaint | null>(null);
  const board = useResource(() => loadBoard(filter), [filter.severity, filter.category]);
  useLive(['accord.complaint.'], () => void board.reload());
  const name = useCustomerNames((board.data ?? []).flatMap((col) => col.items.map((c) => c.customerId)));
  const change = (nextFilter: BoardFilter, nextView: BoardView) => {
    setFilter(nextFilter);
    setView(nextView);
    remember(nextFilter, nextView);
  };
  const actions = hasRole(...MAY_REGISTER) && !creating
    ? <button type="button" class="primary" id="new-complaint" onClick={() => { setCreated(null); setCreating(true); }}>{t('newComplaint')}</button>
    : null;
  return (
    <Page title={t('boardTitle')} actions={actions}>
      {creating && (
        <NewComplaintForm onCancel={() => setCreating(false)} onCreated={(c) => {
          setCreating(false);
          setCreated(c);
          void board.reload();
        }} />
      )}
      <div aria-live="polite">
        {created && (
          <p class="notice" id="complaint-created" data-complaint-id={created.id}>
            {t('created', { customer: name(created.customerId) })} <a href={href(`/complaints/${created.id}`)}>{t('openIt')}</a>
          </p>
        )}
      </div>
      <BoardFilters filter={filter} view={view} onFilter={(f) => change(f, view)} onView={(v) => change(filter, v)} />
      <ProblemBanner error={board.error} onReload={() => void board.reload()} />
      {!board.data && board.loading && <p class="note">{tc('loading')}</p>}
      {board.data && (view === 'list'
        ? <ComplaintTable columns={board.data} name={name} />
        : <ComplaintBoard columns={board.data} name={name} />)}
    </Page>
  );
}
