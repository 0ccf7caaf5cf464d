import { navigate } from '../../router';
import { useLive, useResource } from '../../ui/hooks';
import { tc } from '../../ui/messages';
import { Page } from '../../ui/Page';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { listReviews } from './api';
import { REVIEW_STATUSES, statusLabel } from './labels';
import type { Review } from './logic';
import { t } from './messages';
import { ReviewTable } from './ReviewTable';

const SIZE = 20;
type Status = NonNullable<Review['status']>;

/** Every review, newest first, filtered by status, a page at a time; the filter and page are in the link. */
export function ReviewListPage({ query }: { query: URLSearchParams }) {
  const status = (query.get('status') || undefined) as Status | undefined;
  const page = Math.max(0, Number(query.get('page') ?? 0) || 0);
  const list = useResource(() => listReviews({ status, page, size: SIZE }), [status, page]);
  useLive(['accord.review.'], () => void list.reload());
  const go = (next: { status?: string; page?: number }) => {
    const q = new URLSearchParams();
    const s = 'status' in next ? next.status : status;
    if (s) q.set('status', s);
    if (next.page) q.set('page', String(next.page));
    navigate(`/reviews${q.size ? `?${q}` : ''}`);
  };
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / SIZE));
  return (
    <Page title={tc('nav.reviews')}>
      <div class="filters">
        <label for="status-filter">{t('status')}</label>{' '}
        <select id="status-filter" value={status ?? ''} onChange={(e) => go({ status: (e.target as HTMLSelectElement).value || undefined, page: 0 })}>
          <option value="">{t('allStatuses')}</option>
          {REVIEW_STATUSES.map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
        </select>
      </div>
      <ProblemBanner error={list.error} onReload={list.reload} />
      {list.data && (list.data.items?.length ?? 0) === 0 && <p class="notice" id="reviews-empty">{status ? t('list.emptyStatus', { status: statusLabel(status) }) : t('list.empty')}</p>}
      {list.data && (list.data.items?.length ?? 0) > 0 && <ReviewTable reviews={list.data.items!} />}
      {list.data && total > SIZE && (
        <nav class="actions pager" aria-label={t('pages')}>
          <button type="button" id="page-previous" disabled={page === 0} onClick={() => go({ page: page - 1 })}>{tc('previous')}</button>
          <span aria-live="polite">{tc('pageOf', { page: page + 1, pages })} · {tc('total', { total })}</span>
          <button type="button" id="page-next" disabled={page + 1 >= pages} onClick={() => go({ page: page + 1 })}>{tc('next')}</button>
        </nav>
      )}
    </Page>
  );
}
