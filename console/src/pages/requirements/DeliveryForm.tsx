import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { unplacedViolations } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { decimal } from './form';
import { setRow, valueOf } from './rows';
import { ifMatch, scoped, type SectionProps } from './types';
import { tr } from './messages';

/** Recording a (partial) delivery: the quantity of each outstanding product; blank lines are not delivered now. */
export function DeliveryForm({ r, etag, onChanged }: SectionProps) {
  const outstanding = (r.deliveryProgress ?? []).filter((p) => (p.outstanding ?? 0) > 0);
  const [lines, setLines] = useState(() => outstanding.map((p) => ({ productCode: p.productCode ?? '', quantity: String(p.outstanding ?? '') })));
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [sent, setSent] = useState<number[]>([]);
  const action = useAction();
  // the API numbers the lines it got; the form shows them all
  const raw = scoped(action.error?.problem, 'delivery');
  const problem = raw && { ...raw, violations: raw.violations?.map((v) => ({ ...v, field: v.field.replace(/^delivery\.lines\[(\d+)\]/, (_, n) => `delivery.lines[${sent[Number(n)] ?? n}]`) })) };
  if (outstanding.length === 0) return null;
  const record = async (e: Event) => {
    e.preventDefault();
    const keep = lines.map((l, i) => (l.quantity.trim() ? i : -1)).filter((i) => i >= 0);
    setSent(keep);
    const done = await action.run(() => call(api.POST('/api/v1/requirements/{id}/deliveries', {
      params: { path: { id: r.id! }, header: ifMatch(etag) },
      body: { lines: keep.map((i) => ({ productCode: lines[i].productCode, quantity: decimal(lines[i].quantity)! })), reference: reference || undefined, note: note || undefined },
    })));
    if (done) onChanged(done);
  };
  const names = ['delivery.reference', 'delivery.note', ...lines.map((_, i) => `delivery.lines[${i}].quantity`)];
  return (
    <form id="delivery-form" onSubmit={record} noValidate>
      <h3>{tr('deliveries.record')}</h3>
      <ProblemBanner error={action.error} onReload={onChanged} unplaced={unplacedViolations(problem, names)} />
      <div class="form-row">
        {lines.map((l, i) => (
          <Field key={l.productCode} name={`delivery.lines[${i}].quantity`} label={tr('deliveries.quantityOf', { product: l.productCode })} problem={problem}>
            <input {...controlProps(`delivery.lines[${i}].quantity`, problem)} inputMode="decimal" value={l.quantity}
              onInput={(e) => setLines(setRow(lines, i, { quantity: valueOf(e) }))} />
          </Field>
        ))}
      </div>
      <div class="form-row">
        <Field name="delivery.reference" label={tr('deliveries.reference')} problem={problem}>
          <input {...controlProps('delivery.reference', problem)} value={reference} onInput={(e) => setReference(valueOf(e))} />
        </Field>
        <Field name="delivery.note" label={tr('deliveries.note')} problem={problem}>
          <input {...controlProps('delivery.note', problem)} value={note} onInput={(e) => setNote(valueOf(e))} />
        </Field>
      </div>
      <button type="submit" id="record-delivery" class="primary" disabled={action.busy}>{tr('deliveries.submit')}</button>
    </form>
  );
}
