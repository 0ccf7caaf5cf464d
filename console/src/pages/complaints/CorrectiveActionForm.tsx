import { useState } from 'preact/hooks';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { openCorrectiveAction } from './calls';
import { t } from './messages';
import { StepForm } from './StepForm';

interface Props {
  complaintId: string;
  onDone: () => void;
  onCancel: () => void;
}

/** Opens a corrective action against the complaint's cause: what, by whom, by when (its owner is mailed). */
export function CorrectiveActionForm({ complaintId, onDone, onCancel }: Props) {
  const [form, setForm] = useState({ description: '', owner: '', dueDate: '' });
  const action = useAction();
  const problem = action.error?.problem;
  const set = (field: keyof typeof form) => (e: Event) => setForm({ ...form, [field]: (e.target as HTMLInputElement).value });
  return (
    <StepForm id="ca-form" title={t('openCorrectiveAction')} action={action} fields={['description', 'owner', 'dueDate']}
      onReload={onDone} onCancel={onCancel} submitLabel={t('openCorrectiveAction')}
      onSubmit={async () => {
        const body = { description: form.description, owner: form.owner, dueDate: form.dueDate || (undefined as unknown as string) };
        if (await action.run(() => openCorrectiveAction(complaintId, body))) onDone();
      }}>
      <Field name="description" label={t('description')} problem={problem} required>
        <textarea {...controlProps('description', problem)} value={form.description} onInput={set('description')} />
      </Field>
      <div class="form-row">
        <Field name="owner" label={t('owner')} problem={problem} required hint={t('ownerHint')}>
          <input {...controlProps('owner', problem)} value={form.owner} onInput={set('owner')} autoComplete="off" />
        </Field>
        <Field name="dueDate" label={t('dueDate')} problem={problem} required>
          <input {...controlProps('dueDate', problem)} type="date" value={form.dueDate} onInput={set('dueDate')} />
        </Field>
      </div>
    </StepForm>
  );
}
