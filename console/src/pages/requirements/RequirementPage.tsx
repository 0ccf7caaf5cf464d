import { loadRequirement } from './calls';
import { useLive, useResource } from '../../ui/hooks';
import { Page } from '../../ui/Page';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { tc } from '../../ui/messages';
import { AmendSection } from './AmendSection';
import { AttachmentsSection } from './AttachmentsSection';
import { CancelSection } from './CancelSection';
import { ConfirmationSection } from './ConfirmationSection';
import { ContentView } from './ContentView';
import { DeliveriesSection } from './DeliveriesSection';
import { DiscrepanciesSection } from './DiscrepanciesSection';
import { HistorySection } from './HistorySection';
import { RequirementFacts } from './RequirementFacts';
import { RevisionsSection } from './RevisionsSection';
import { SubmissionSection } from './SubmissionSection';
import type { SectionProps } from './types';

/** One requirement: what it asks, where it stands, and what can be done with it now. It reloads on events naming it. */
export function RequirementPage({ params }: { params: Record<string, string> }) {
  const id = params.id;
  const res = useResource(() => loadRequirement(id), [id]);
  useLive(['accord.requirement.'], () => void res.reload(), [id]);
  const r = res.data;
  if (!r) {
    return <Page title={tc('nav.requirements')}>{res.error ? <ProblemBanner error={res.error} onReload={() => void res.reload()} /> : <p>{tc('loading')}</p>}</Page>;
  }
  const props: SectionProps = { r, etag: res.etag, onChanged: () => void res.reload() };
  return (
    <Page title={r.title ?? ''}>
      <div id="requirement" data-requirement-id={r.id} data-version={r.version}>
        <RequirementFacts r={r} />
        <SubmissionSection {...props} />
        <ConfirmationSection {...props} />
        <DiscrepanciesSection {...props} />
        <ContentView r={r} />
        <DeliveriesSection {...props} />
        <AmendSection {...props} />
        <RevisionsSection r={r} />
        <AttachmentsSection r={r} />
        <CancelSection {...props} />
        <HistorySection id={id} version={r.version} />
      </div>
    </Page>
  );
}
