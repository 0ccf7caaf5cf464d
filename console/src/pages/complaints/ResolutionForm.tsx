import { useState } from 'preact/hooks';
import type { Schemas } from '../../api/client';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { resolve } from './calls';
import { remedyLabel, t } from './messages';
import { REMEDIES } from './options';
import { StepForm } from './StepForm';
import type { StepProps } from './stepProps';

type Remedy = Schemas['Complaints_Remedy'];

/** Records what was done for the customer and the remedy offered; the customer is mailed the resolution. */
export function ResolutionForm({ complaint, etag, onDone, onReload, onCancel }: StepProps) {
  const [summary, setSummary] = useState('');
  const [remedy, setRemedy] = useState('');
  const action = useAction();
  const problem = action.error?.problem;
  return (
    <StepForm id="resolution-form" title={t('resolve')} action={action} fields={['summary', 'remedy']} onReload={onReload}
      onCancel={onCancel} submitLabel={t('resolve')}
      onSubmit={async () => {
        const body = { summary, remedy: (remedy || undefined) as Remedy };
        if (await action.run(() => resolve(complaint.id!, etag, body))) onDone();
      }}>
      <Field name="summary" label={t('resolutionSummary')} problem={problem} required>
        <textarea {...controlProps('summary', problem)} value={summary} onInput={(e) => setSummary((e.target as HTMLTextAreaElement).value)} />
      </Field>
      <Field name="remedy" label={t('remedy')} problem={problem} required>
        <select {...controlProps('remedy', problem)} value={remedy} onChange={(e) => setRemedy((e.target as HTMLSelectElement).value)}>
          <option value="">–</option>
          {REMEDIES.map((r) => <option key={r} value={r}>{remedyLabel(r)}</option>)}
        </select>
      </Field>
    </StepForm>
  );
}
