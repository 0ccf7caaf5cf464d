import { useState } from 'preact/hooks';
import { currentSession } from '../../auth/session';
import { fmtDate } from '../../i18n/format';
import { href } from '../../router';
import { SlaClock } from '../../ui/SlaClock';
import { ImplementationForm } from './ImplementationForm';
import { actionDueInstant, actionPending, allowedActionSteps, type ActionStep, type CorrectiveAction } from './lifecycle';
import { actionStatusLabel, t } from './messages';
import { VerificationForm } from './VerificationForm';

interface Props {
  items: CorrectiveAction[];
  /** across complaints: link each action to its complaint */
  showComplaint?: boolean;
  onChanged: () => void;
}

/** Corrective actions with their due dates and clocks, and the next step for whoever may take it (one form at a time). */
export function CorrectiveActionTable({ items, showComplaint, onChanged }: Props) {
  const [open, setOpen] = useState<{ id: string; step: ActionStep } | null>(null);
  const roles = currentSession()?.roles ?? [];
  const opened = open && items.find((a) => a.id === open.id);
  const done = () => {
    setOpen(null);
    onChanged();
  };
  if (items.length === 0) return <p class="note" id="ca-empty">{t('noCorrectiveActions')}</p>;
  return (
    <>
      <div class="table-wrap">
        <table id="ca-list">
          <thead>
            <tr>
              <th scope="col">{t('description')}</th>
              <th scope="col">{t('owner')}</th>
              <th scope="col">{t('due')}</th>
              <th scope="col">{t('status')}</th>
              {showComplaint && <th scope="col">{t('complaint')}</th>}
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} data-ca-id={a.id} data-status={a.status} data-overdue={a.overdue ? 'true' : 'false'}>
                <th scope="row">{a.description}</th>
                <td>{a.owner}</td>
                <td>
                  {fmtDate(a.dueDate)}{' '}
                  {actionPending(a.status) && <SlaClock due={actionDueInstant(a.dueDate)} />}
                  {a.overdue && <span class="badge bad">{t('overdue')}</span>}
                </td>
                <td>
                  {actionStatusLabel(a.status)}
                  {(a.ineffectiveCount ?? 0) > 0 && <div class="note">{t('ineffectiveCount', { count: a.ineffectiveCount ?? 0 })}</div>}
                </td>
                {showComplaint && <td><a href={href(`/complaints/${a.complaintId}`)}>{t('complaint')}</a></td>}
                <td>
                  {allowedActionSteps(a.status, roles).map((step) => (
                    <button type="button" key={step} data-step={step} aria-expanded={open?.id === a.id && open?.step === step}
                      onClick={() => setOpen({ id: a.id!, step })}>{t(step)}</button>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {opened && open?.step === 'implement' && <ImplementationForm key={opened.id} action={opened} onDone={done} onCancel={() => setOpen(null)} />}
      {opened && open?.step === 'verify' && <VerificationForm key={opened.id} action={opened} onDone={done} onCancel={() => setOpen(null)} />}
    </>
  );
}
