import { useState } from 'preact/hooks';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { investigate } from './calls';
import { t } from './messages';
import { StepForm } from './StepForm';
import type { StepProps } from './stepProps';

/** Records (or, while investigating, updates) the root cause and the containment taken. */
export function InvestigationForm({ complaint, etag, onDone, onReload, onCancel }: StepProps) {
  const [rootCause, setRootCause] = useState(complaint.rootCause ?? '');
  const [containment, setContainment] = useState(complaint.containment ?? '');
  const action = useAction();
  const problem = action.error?.problem;
  const updating = complaint.status === 'INVESTIGATING';
  return (
    <StepForm id="investigation-form" title={t(updating ? 'updateInvestigation' : 'investigate')} action={action}
      fields={['rootCause', 'containment']} onReload={onReload} onCancel={onCancel}
      submitLabel={t(updating ? 'updateInvestigation' : 'investigate')}
      onSubmit={async () => { if (await action.run(() => investigate(complaint.id!, etag, { rootCause, containment }))) onDone(); }}>
      <Field name="rootCause" label={t('rootCause')} problem={problem} required>
        <textarea {...controlProps('rootCause', problem)} value={rootCause} onInput={(e) => setRootCause((e.target as HTMLTextAreaElement).value)} />
      </Field>
      <Field name="containment" label={t('containment')} problem={problem} required>
        <textarea {...controlProps('containment', problem)} value={containment} onInput={(e) => setContainment((e.target as HTMLTextAreaElement).value)} />
      </Field>
    </StepForm>
  );
}
