import { useState } from 'preact/hooks';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { confirm } from './calls';
import { t } from './messages';
import { StepForm } from './StepForm';
import type { StepProps } from './stepProps';

/**
 * The customer's word on the resolution: accepted closes the complaint (signed by whoever records it, so a stale
 * sign-in is asked to sign in again), refused reopens it for another investigation.
 */
export function ConfirmationForm({ complaint, etag, onDone, onReload, onCancel }: StepProps) {
  const [comment, setComment] = useState('');
  const action = useAction();
  const problem = action.error?.problem;
  const send = async (accepted: boolean) => {
    if (await action.run(() => confirm(complaint.id!, etag, { accepted, comment: comment || undefined }))) onDone();
  };
  return (
    <StepForm id="confirmation-form" title={t('confirm')} hint={t('confirmHint')} action={action} fields={['accepted', 'comment']}
      onReload={onReload} onCancel={onCancel} onSubmit={() => void send(true)}
      buttons={<>
        <button type="button" class="primary" id="confirm-accepted" disabled={action.busy} onClick={() => void send(true)}>{t('accepted')}</button>
        <button type="button" id="confirm-refused" disabled={action.busy} onClick={() => void send(false)}>{t('refused')}</button>
      </>}>
      <Field name="comment" label={t('comment')} problem={problem}>
        <textarea {...controlProps('comment', problem)} value={comment} onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)} />
      </Field>
    </StepForm>
  );
}
