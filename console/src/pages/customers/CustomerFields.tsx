import type { Problem } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { valueOf } from '../requirements/rows';
import { ContactsFieldset } from './ContactsFieldset';
import type { CustomerForm } from './form';
import { tu } from './messages';

/** The customer's fields, for registering (code editable) and editing (code fixed). */
export function CustomerFields({ form, set, problem, editing }: { form: CustomerForm; set: (p: Partial<CustomerForm>) => void; problem?: Problem | null; editing?: boolean }) {
  return (
    <>
      <div class="form-row">
        {!editing && (
          <Field name="code" label={tu('code')} problem={problem} required hint={tu('code.hint')}>
            <input {...controlProps('code', problem)} value={form.code} onInput={(e) => set({ code: valueOf(e) })} />
          </Field>
        )}
        <Field name="name" label={tu('name')} problem={problem} required>
          <input {...controlProps('name', problem)} value={form.name} onInput={(e) => set({ name: valueOf(e) })} />
        </Field>
        <Field name="language" label={tu('language')} problem={problem}>
          <select {...controlProps('language', problem)} value={form.language} onChange={(e) => set({ language: valueOf(e) })}>
            <option value="">{tu('language.default')}</option>
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        </Field>
      </div>
      <ContactsFieldset contacts={form.contacts} onChange={(contacts) => set({ contacts })} problem={problem} />
      <label class="check">
        <input type="checkbox" id="f-surveysOptOut" name="surveysOptOut" checked={form.surveysOptOut}
          onChange={(e) => set({ surveysOptOut: (e.currentTarget as HTMLInputElement).checked })} />
        {tu('surveysOptOut')}
      </label>
    </>
  );
}
