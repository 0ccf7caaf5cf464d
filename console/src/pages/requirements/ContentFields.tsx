import type { Problem } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { DeliveryFieldset } from './DeliveryFieldset';
import { ItemsFieldset } from './ItemsFieldset';
import { LinesFieldset } from './LinesFieldset';
import { QuotationFieldset } from './QuotationFieldset';
import { ServicesFieldset } from './ServicesFieldset';
import type { ContentForm } from './form';
import { valueOf } from './rows';
import { tr } from './messages';

/** The fields of a requirement's content, shared by the capture and the amendment forms. */
export function ContentFields<F extends ContentForm>({ form, set, problem }: { form: F; set: (patch: Partial<ContentForm>) => void; problem?: Problem | null }) {
  return (
    <>
      <div class="form-row">
        <Field name="title" label={tr('title')} problem={problem} required>
          <input {...controlProps('title', problem)} value={form.title} onInput={(e) => set({ title: valueOf(e) })} />
        </Field>
        <Field name="externalRef" label={tr('externalRef')} problem={problem} hint={tr('externalRef.hint')}>
          <input {...controlProps('externalRef', problem)} value={form.externalRef} onInput={(e) => set({ externalRef: valueOf(e) })} />
        </Field>
      </div>
      <ItemsFieldset items={form.items} onChange={(items) => set({ items })} problem={problem} />
      <DeliveryFieldset delivery={form.delivery} onChange={(delivery) => set({ delivery })} problem={problem} />
      <ServicesFieldset services={form.services} onChange={(services) => set({ services })} problem={problem} />
      <LinesFieldset lines={form.requirements} onChange={(requirements) => set({ requirements })} problem={problem} />
      <QuotationFieldset quotationRef={form.quotationRef} quotation={form.quotation} onChange={set} problem={problem} />
      <label class="check">
        <input type="checkbox" name="highRisk" id="f-highRisk" checked={form.highRisk}
          onChange={(e) => set({ highRisk: (e.currentTarget as HTMLInputElement).checked })} />
        {tr('highRisk')}
      </label>
    </>
  );
}
