import type { Problem } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import type { ContentForm } from './form';
import { valueOf } from './rows';
import { tr } from './messages';

type Delivery = ContentForm['delivery'];

/** When, where and on which terms (`delivery.dueDate`, …). */
export function DeliveryFieldset({ delivery, onChange, problem }: { delivery: Delivery; onChange: (d: Delivery) => void; problem?: Problem | null }) {
  return (
    <fieldset id="delivery">
      <legend>{tr('delivery')}</legend>
      <div class="form-row">
        <Field name="delivery.dueDate" label={tr('delivery.dueDate')} problem={problem}>
          <input type="date" {...controlProps('delivery.dueDate', problem)} value={delivery.dueDate}
            onInput={(e) => onChange({ ...delivery, dueDate: valueOf(e) })} />
        </Field>
        <Field name="delivery.place" label={tr('delivery.place')} problem={problem}>
          <input {...controlProps('delivery.place', problem)} value={delivery.place} onInput={(e) => onChange({ ...delivery, place: valueOf(e) })} />
        </Field>
      </div>
      <Field name="delivery.terms" label={tr('delivery.terms')} problem={problem}>
        <textarea {...controlProps('delivery.terms', problem)} value={delivery.terms} onInput={(e) => onChange({ ...delivery, terms: valueOf(e) })} />
      </Field>
    </fieldset>
  );
}
