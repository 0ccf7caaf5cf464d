import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client';
import { unplacedViolations } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { CustomerPicker } from './CustomerPicker';
import type { Complaint } from './lifecycle';
import { categoryLabel, channelLabel, severityLabel, t } from './messages';
import { CATEGORIES, CHANNELS, SEVERITIES } from './options';

type Request = Schemas['Complaints_ComplaintRequest'];

const FIELDS = ['customerId', 'channel', 'category', 'severity', 'description', 'orderRef', 'productCode', 'batch'];

/** Registers a complaint (POST /api/v1/complaints); the API's violations appear beside their fields. */
export function NewComplaintForm({ onCreated, onCancel }: { onCreated: (c: Complaint) => void; onCancel: () => void }) {
  const [form, setForm] = useState({ customerId: '', channel: 'PHONE', category: 'QUALITY', severity: 'MAJOR', description: '',
    orderRef: '', productCode: '', batch: '' });
  const action = useAction();
  const problem = action.error?.problem;
  const set = (field: keyof typeof form) => (e: Event) => setForm({ ...form, [field]: (e.target as HTMLInputElement).value });
  const submit = async (e: Event) => {
    e.preventDefault();
    const body: Request = {
      // left out when not chosen, so the API names the field (@NotNull) rather than failing to read an empty id
      customerId: form.customerId || (undefined as unknown as string), channel: form.channel as Request['channel'], category: form.category as Request['category'],
      severity: form.severity as Request['severity'], description: form.description,
      orderRef: form.orderRef || undefined, productCode: form.productCode || undefined, batch: form.batch || undefined,
    };
    const created = await action.run(() => call(api.POST('/api/v1/complaints', { body })));
    if (created) onCreated(created.data as Complaint);
  };
  return (
    <form class="card" id="complaint-form" onSubmit={submit} noValidate aria-labelledby="complaint-form-title">
      <h2 id="complaint-form-title">{t('newComplaint')}</h2>
      <ProblemBanner error={action.error} unplaced={unplacedViolations(problem, FIELDS)} />
      <CustomerPicker value={form.customerId} onChange={(customerId) => setForm({ ...form, customerId })} problem={problem} />
      <div class="form-row">
        <Field name="channel" label={t('channel')} problem={problem} required>
          <select {...controlProps('channel', problem)} value={form.channel} onChange={set('channel')}>
            {CHANNELS.map((c) => <option key={c} value={c}>{channelLabel(c)}</option>)}
          </select>
        </Field>
        <Field name="category" label={t('category')} problem={problem} required>
          <select {...controlProps('category', problem)} value={form.category} onChange={set('category')}>
            {CATEGORIES.map((c) => <option key={c} value={c}>{categoryLabel(c)}</option>)}
          </select>
        </Field>
        <Field name="severity" label={t('severity')} problem={problem} required>
          <select {...controlProps('severity', problem)} value={form.severity} onChange={set('severity')}>
            {SEVERITIES.map((s) => <option key={s} value={s}>{severityLabel(s)}</option>)}
          </select>
        </Field>
      </div>
      <Field name="description" label={t('description')} problem={problem} required>
        <textarea {...controlProps('description', problem)} value={form.description} onInput={set('description')} />
      </Field>
      <div class="form-row">
        <Field name="orderRef" label={t('orderRef')} problem={problem}>
          <input {...controlProps('orderRef', problem)} value={form.orderRef} onInput={set('orderRef')} />
        </Field>
        <Field name="productCode" label={t('productCode')} problem={problem}>
          <input {...controlProps('productCode', problem)} value={form.productCode} onInput={set('productCode')} />
        </Field>
        <Field name="batch" label={t('batch')} problem={problem}>
          <input {...controlProps('batch', problem)} value={form.batch} onInput={set('batch')} />
        </Field>
      </div>
      <div class="actions">
        <button type="submit" class="primary" id="complaint-submit" disabled={action.busy}>{t('createComplaint')}</button>
        <button type="button" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}
