import { useAction } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { acknowledge } from './calls';
import { t } from './messages';
import type { StepProps } from './stepProps';

/** Acknowledges receipt (the customer is mailed): one button, no form. */
export function Acknowledgement({ complaint, etag, onDone, onReload }: StepProps) {
  const action = useAction();
  return (
    <div class="step-ack">
      <ProblemBanner error={action.error} onReload={() => { action.clear(); onReload(); }} />
      <button type="button" class="primary" id="action-acknowledge" disabled={action.busy}
        onClick={async () => { if (await action.run(() => acknowledge(complaint.id!, etag))) onDone(); }}>
        {t('acknowledge')}
      </button>
    </div>
  );
}
