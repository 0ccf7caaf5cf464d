import { useState } from 'preact/hooks';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { withdraw } from './calls';
import { t } from './messages';
import { StepForm } from './StepForm';
import type { StepProps } from './stepProps';

/** The customer withdraws the complaint: its clocks stop, and it ends. */
export function WithdrawalForm({ complaint, etag, onDone, onReload, onCancel }: StepProps) {
  const [reason, setReason] = useState('');
  const action = useAction();
  const problem = action.error?.problem;
  return (
    <StepForm id="withdrawal-form" title={t('withdraw')} hint={t('withdrawHint')} action={action} fields={['reason']}
      onReload={onReload} onCancel={onCancel} submitLabel={t('withdraw')}
      onSubmit={async () => { if (await action.run(() => withdraw(complaint.id!, etag, { reason }))) onDone(); }}>
      <Field name="reason" label={t('reason')} problem={problem} required>
        <textarea {...controlProps('reason', problem)} value={reason} onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)} />
      </Field>
    </StepForm>
  );
}
