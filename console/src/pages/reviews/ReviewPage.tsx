import { currentSession } from '../../auth/session';
import { href } from '../../router';
import { useLive, useResource } from '../../ui/hooks';
import { tc } from '../../ui/messages';
import { Page } from '../../ui/Page';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { getReview } from './api';
import { departmentName, useDirectory } from './directory';
import { DiscrepanciesSection } from './DiscrepanciesSection';
import { HistorySection } from './HistorySection';
import { formsFor } from './logic';
import { t } from './messages';
import { MyPart } from './MyPart';
import { OpinionsSection } from './OpinionsSection';
import { RequirementSection } from './RequirementSection';
import { ReviewHeader } from './ReviewHeader';
import { RevisionsSection } from './RevisionsSection';
import { RisksSection } from './RisksSection';
import { RoutingSection } from './RoutingSection';

/** One review: what is reviewed, who said what, and the person's own part in it. Follows the live stream. */
export function ReviewPage({ params }: { params: Record<string, string> }) {
  const id = params.id;
  const review = useResource(() => getReview(id), [id]);
  const directory = useDirectory();
  useLive(['accord.review.', 'accord.requirement.'], () => void review.reload(), [id, review.data?.requirementId]);
  const r = review.data;
  if (!r) {
    return (
      <Page title={t('review')}>
        {review.error ? <ProblemBanner error={review.error} onReload={review.reload} /> : <p>{tc('loading')}</p>}
      </Page>
    );
  }
  const session = currentSession();
  const entries = directory.data ?? [];
  const forms = formsFor(r, { user: session?.user ?? '', roles: session?.roles ?? [] }, entries);
  const change = { review: r, etag: review.etag, onChanged: review.reload };
  const nameOf = (code: string) => departmentName(code, entries);
  return (
    <Page title={r.requirement?.title || t('review')}
      actions={<a class="button" id="printable-record" href={href(`/reviews/${id}/record`)}>{t('printable')}</a>}>
      <div data-review-id={r.id} data-version={r.version}>
        {review.error && <ProblemBanner error={review.error} onReload={review.reload} />}
        <ReviewHeader review={r} directory={entries} />
        <MyPart {...change} forms={forms} nameOf={nameOf} />
        <RequirementSection review={r} />
        <DiscrepanciesSection review={r} />
        {r.requirementId && <RevisionsSection requirementId={r.requirementId} revision={r.requirementRevision ?? 1} />}
        <RoutingSection {...change} directory={entries} canDelegate={forms.delegate} />
        <RisksSection {...change} canAssess={forms.addRisk} />
        <OpinionsSection review={r} directory={entries} />
        {forms.history && <HistorySection id={id} version={r.version} />}
      </div>
    </Page>
  );
}
