import { useState } from 'preact/hooks';
import type { Loaded } from '../../api/client';
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
import { canWrite, type Requirement, type SectionProps } from './types';

function newest(answer: Loaded<Requirement> | null, loaded: { data: Requirement | null; etag: string | null }) {
  return answer && (!loaded.data || (answer.data.version ?? 0) > (loaded.data.version ?? 0)) ? answer : loaded;
}

/** One requirement: what it asks, where it stands, and what can be done with it now. It reloads on events naming it. */
export function RequirementPage({ params }: { params: Record<string, string> }) {
  const id = params.id;
  const res = useResource(() => loadRequirement(id), [id]);
  // a change answers with the record as it now is: shown at once, until a load brings a version as new or newer
  const [answer, setAnswer] = useState<Loaded<Requirement> | null>(null);
  useLive(['accord.requirement.'], () => void res.reload(), [id]);
  const current = newest(answer, res);
  const r = current.data;
  if (!r) {
    return <Page title={tc('nav.requirements')}>{res.error ? <ProblemBanner error={res.error} onReload={() => void res.reload()} /> : <p>{tc('loading')}</p>}</Page>;
  }
  const props: SectionProps = {
    r, etag: current.etag,
    onChanged: (a) => {
      if (a) setAnswer(a as Loaded<Requirement>);
      void res.reload();
    },
  };
  const writer = canWrite();
  return (
    <Page title={r.title ?? ''}>
      <div id="requirement" data-requirement-id={r.id} data-version={r.version}>
        <RequirementFacts r={r} />
        {writer && <SubmissionSection {...props} />}
        <ConfirmationSection {...props} />
        <DiscrepanciesSection {...props} />
        <ContentView r={r} />
        <DeliveriesSection {...props} />
        {writer && <AmendSection {...props} />}
        <RevisionsSection r={r} />
        <AttachmentsSection r={r} />
        {writer && <CancelSection {...props} />}
        <HistorySection id={id} version={r.version} />
      </div>
    </Page>
  );
}
