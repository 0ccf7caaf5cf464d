import { tc } from '../../ui/messages';

/** Previous / next with "page n of m" and the total. */
export function Pager({ page, size, total, onPage }: { page: number; size: number; total: number; onPage: (page: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <nav class="actions pager" aria-label={tc('pageOf', { page: page + 1, pages })}>
      <button type="button" id="page-previous" disabled={page <= 0} onClick={() => onPage(page - 1)}>{tc('previous')}</button>
      <span>{tc('pageOf', { page: page + 1, pages })} · {tc('total', { total })}</span>
      <button type="button" id="page-next" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>{tc('next')}</button>
    </nav>
  );
}
