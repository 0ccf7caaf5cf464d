// /notifications: who was mailed what, and whether it arrived (queued, sent, or failed with the reason), across every
// service; a service that did not answer is named, the rest still shows.
import { api, call } from '../../api/client';
import { fmtNumber } from '../../i18n/format';
import { Page } from '../../ui/Page';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { useResource } from '../../ui/hooks';
import { tc } from '../../ui/messages';
import { apiQuery, filtersFrom, lastReachablePage, linkOf, PAGE_SIZE } from './filters';
import { MailFiltersForm } from './MailFiltersForm';
import { MailTable } from './MailTable';
import { serviceName, t } from './messages';
import { Pager } from './Pager';

export function NotificationsPage({ query }: { query: URLSearchParams }) {
  const { page, ...filters } = filtersFrom(query);
  const res = useResource(() => call(api.GET('/api/v1/notifications', { params: { query: apiQuery({ ...filters, page }) } })),
    [query.toString()]);
  const data = res.data;
  const total = data?.total ?? 0;
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), lastReachablePage() + 1);
  return (
    <Page title={t('title')}>
      <p class="note">{t('intro')}</p>
      <MailFiltersForm filters={filters} />
      <ProblemBanner error={res.error} onReload={res.reload} />
      {data?.unavailable && data.unavailable.length > 0 && (
        <p class="notice" id="mails-unavailable" role="status">
          {t('unavailable', { services: data.unavailable.map(serviceName).join(', ') })}
        </p>
      )}
      {res.loading && !data && <p aria-live="polite">{tc('loading')}</p>}
      {data && (
        <>
          <p id="mails-total" data-query={query.toString()} aria-live="polite">
            {tc('total', { total: data.totalExact === false ? t('totalAtLeast', { total: fmtNumber(total) }) : fmtNumber(total) })}
          </p>
          {(data.items ?? []).length === 0 ? <p class="note">{t('empty')}</p> : <MailTable items={data.items ?? []} />}
          <Pager page={page} pages={pages} link={(p) => linkOf(filters, p)} />
          {Math.ceil(total / PAGE_SIZE) > pages && page + 1 === pages && <p class="note">{t('tooDeep')}</p>}
        </>
      )}
    </Page>
  );
}
