import { currentSession } from '../../auth/session';
import { CorrectiveActionForm } from './CorrectiveActionForm';
import { CorrectiveActionTable } from './CorrectiveActionTable';
import { allowedSteps, type Complaint } from './lifecycle';
import { t } from './messages';
import { StepToggle } from './StepToggle';

/** The complaint's corrective actions (they may run on after it closed), and opening one once the investigation began. */
export function ComplaintActionsSection({ complaint, onChanged }: { complaint: Complaint; onChanged: () => void }) {
  const mayOpen = allowedSteps(complaint.status, currentSession()?.roles ?? []).includes('openCorrectiveAction');
  const items = complaint.correctiveActions ?? [];
  return (
    <section class="card" aria-labelledby="ca-title" id="complaint-corrective-actions">
      <h2 id="ca-title">
        {t('correctiveActions')}{' '}
        {items.length > 0 && <span class="note">{t('openActionsCount', { open: complaint.openCorrectiveActions ?? 0, overdue: complaint.overdueCorrectiveActions ?? 0 })}</span>}
      </h2>
      <CorrectiveActionTable items={items} onChanged={onChanged} />
      {mayOpen && (
        <div class="actions">
          <StepToggle key={complaint.status} id="action-open-ca" label={t('openCorrectiveAction')}>
            {(close) => <CorrectiveActionForm complaintId={complaint.id!} onCancel={close} onDone={() => { close(); onChanged(); }} />}
          </StepToggle>
        </div>
      )}
    </section>
  );
}
