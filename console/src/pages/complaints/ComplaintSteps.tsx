import { currentSession } from '../../auth/session';
import { roleLabel } from '../roles';
import { Acknowledgement } from './Acknowledgement';
import { ConfirmationForm } from './ConfirmationForm';
import { InvestigationForm } from './InvestigationForm';
import { allowedSteps, primaryStep, STEP_ROLES, stepsInState, type Step } from './lifecycle';
import { statusLabel, t } from './messages';
import { ResolutionForm } from './ResolutionForm';
import { StepToggle } from './StepToggle';
import type { StepProps } from './stepProps';
import { WithdrawalForm } from './WithdrawalForm';

type Props = Omit<StepProps, 'onCancel'>;

const FORMS = { investigate: InvestigationForm, resolve: ResolutionForm, confirm: ConfirmationForm, withdraw: WithdrawalForm };
const LABELS = { investigate: 'updateInvestigation', resolve: 'resolve', confirm: 'confirm', withdraw: 'withdraw' } as const;

/**
 * The lifecycle steps the complaint's state allows and the reader's roles may take: the one that moves it on shown
 * open, the others (withdrawal, updating the investigation) behind a button. Corrective actions have their section.
 */
export function ComplaintSteps(props: Props) {
  const status = props.complaint.status;
  const roles = currentSession()?.roles ?? [];
  const lifecycle = (steps: Step[]) => steps.filter((s) => s !== 'openCorrectiveAction');
  const inState = lifecycle(stepsInState(status));
  const mine = lifecycle(allowedSteps(status, roles));
  const primary = primaryStep(status);
  if (inState.length === 0) return <p class="note" id="no-steps">{t('noStepsEnded', { status: statusLabel(status).toLowerCase() })}</p>;
  if (mine.length === 0) {
    const others = [...new Set(inState.flatMap((s) => STEP_ROLES[s]))].map(roleLabel).join(', ');
    return <p class="note" id="no-steps">{t('noStepsRoles', { roles: others })}</p>;
  }
  return (
    <div class="steps">
      {mine.map((step) => {
        if (step === 'acknowledge') return <Acknowledgement key={`${step}-${status}`} {...props} />;
        const Form = FORMS[step];
        const main = step === primary;
        return (
          <StepToggle key={`${step}-${status}`} id={`action-${step}`} label={t(LABELS[step])} open={main}>
            {(close) => <Form {...props} onCancel={main ? undefined : close} />}
          </StepToggle>
        );
      })}
    </div>
  );
}
