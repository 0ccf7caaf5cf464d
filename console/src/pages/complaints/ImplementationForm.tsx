import { useState } from 'preact/hooks';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { implement } from './calls';
import { t } from './messages';
import { StepForm } from './StepForm';
import type { ActionStepProps } from './stepProps';

/** The owner records what was done; the quality department then checks it. */
export function ImplementationForm({ action: ca, onDone, onCancel }: ActionStepProps) {
  const [note, setNote] = useState('');
  const action = useAction();
  const problem = action.error?.problem;
  return (
    <StepForm id="implementation-form" title={t('implement')} hint={ca.description} action={action} fields={['note']}
      onReload={onDone} onCancel={onCancel} submitLabel={t('implement')}
      onSubmit={async () => { if (await action.run(() => implement(ca.id!, { note }))) onDone(); }}>
      <Field name="note" label={t('implementationNote')} problem={problem} required>
        <textarea {...controlProps('note', problem)} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </Field>
    </StepForm>
  );
}
