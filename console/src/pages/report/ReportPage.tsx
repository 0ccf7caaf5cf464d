// /report: the management review for a period, one section per service; a section whose service did not answer says
// so and the others still show.
import type { ComponentChildren } from 'preact';
import { api, call } from '../../api/client';
import { fmtDate, fmtDateTime } from '../../i18n/format';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { Page } from '../../ui/Page';
import { useResource } from '../../ui/hooks';
import { tc } from '../../ui/messages';
import { ComplaintsSection } from './ComplaintsSection';
import { CorrectiveActionsSection } from './CorrectiveActionsSection';
import { CustomerPropertySection } from './CustomerPropertySection';
import { Downloads } from './Downloads';
import { FeedbackSection } from './FeedbackSection';
import { t } from './messages';
import { SECTIONS, asReview, available, type ManagementReview, type SectionKey } from './model';
import { PeriodForm } from './PeriodForm';
import { periodFromQuery } from './period';
import { ReviewsSection } from './ReviewsSection';
import { SatisfactionSection } from './SatisfactionSection';
import { SectionFrame } from './SectionFrame';

/** The section's content; only called for a section the gateway has. */
function content(report: ManagementReview, key: SectionKey): ComponentChildren {
  switch (key) {
    case 'satisfaction': return <SatisfactionSection data={report.satisfaction!} />;
    case 'feedback': return <FeedbackSection data={report.feedback!} />;
    case 'complaints': return <ComplaintsSection data={report.complaints!} />;
    case 'correctiveActions': return <CorrectiveActionsSection data={report.correctiveActions!} />;
    case 'reviews': return <ReviewsSection data={report.reviews!} />;
    case 'customerProperty': return <CustomerPropertySection data={report.customerProperty!} />;
  }
}

export function ReportPage({ query }: { query: URLSearchParams }) {
  const period = periodFromQuery(query);
  const res = useResource(
    () => call(api.GET('/api/v1/management-review', { params: { query: { from: period.from, to: period.to } } })),
    [period.from, period.to]);
  const report = res.data ? asReview(res.data) : null;
  return (
    <Page title={t('title')} actions={report && <Downloads period={period} />}>
      <p class="note">{t('intro')}</p>
      <PeriodForm period={period} />
      <ProblemBanner error={res.error} onReload={res.reload} />
      {res.loading && !report && <p aria-live="polite">{tc('loading')}</p>}
      {report && !res.error && (
        <div id="report" data-from={period.from} data-to={period.to}>
          <p class="note">{t('period', { from: fmtDate(period.from), to: fmtDate(period.to), at: fmtDateTime(report.generatedAt) })}</p>
          {SECTIONS.map((key) => {
            const has = available(report, key);
            return <SectionFrame key={key} section={key} period={period} available={has}>{has && content(report, key)}</SectionFrame>;
          })}
        </div>
      )}
    </Page>
  );
}
