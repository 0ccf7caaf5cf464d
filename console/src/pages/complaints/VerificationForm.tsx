import { useState } from 'preact/hooks';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { verify } from './calls';
import { t } from './messages';
import { StepForm } from './StepForm';
import type { ActionStepProps } from './stepProps';

/**
 * The effectiveness check, signed by the checker (a stale sign-in is asked to sign in again): effective closes the
 * action, not effective opens it again.
 */
export function VerificationForm({ action: ca, onDone, onCancel }: ActionStepProps) {
  const [note, setNote] = useState('');
  const action = useAction();
  const problem = action.error?.problem;
  const send = async (effective: boolean) => {
    if (await action.run(() => verify(ca.id!, { effective, note }))) onDone();
  };
  return (
    <StepForm id="verification-form" title={t('verify')} hint={ca.implementationNote ?? ca.description} action={action}
      fields={['note', 'effective']} onReload={onDone} onCancel={onCancel} onSubmit={() => void send(true)}
      buttons={<>
        <button type="button" class="primary" id="verify-effective" disabled={action.busy} onClick={() => void send(true)}>{t('effective')}</button>
        <button type="button" id="verify-ineffective" disabled={action.busy} onClick={() => void send(false)}>{t('ineffective')}</button>
      </>}>
      <Field name="note" label={t('verificationNote')} problem={problem} required>
        <textarea {...controlProps('note', problem)} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </Field>
    </StepForm>
  );
}
