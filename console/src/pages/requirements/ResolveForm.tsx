import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { valueOf } from './rows';
import { ifMatch, scoped, type SectionProps } from './types';
import { tr } from './messages';

/** The note that resolves one discrepancy (agreed with the customer, quotation superseded, …). */
export function ResolveForm({ r, etag, onChanged, discrepancyKey, index }: SectionProps & { discrepancyKey: string; index: number }) {
  const [note, setNote] = useState('');
  const action = useAction();
  const problem = scoped(action.error?.problem, `resolution${index}`);
  const resolve = async (e: Event) => {
    e.preventDefault();
    const done = await action.run(() => call(api.POST('/api/v1/requirements/{id}/discrepancies/{key}/resolution', {
      params: { path: { id: r.id!, key: discrepancyKey }, header: ifMatch(etag) }, body: { note },
    })));
    if (done) onChanged(done);
  };
  return (
    <form class="resolve-form" data-key={discrepancyKey} onSubmit={resolve} noValidate>
      <ProblemBanner error={action.error} onReload={onChanged} />
      <Field name={`resolution${index}.note`} label={tr('discrepancy.note')} problem={problem} required>
        <input {...controlProps(`resolution${index}.note`, problem)} value={note} onInput={(e) => setNote(valueOf(e))} />
      </Field>
      <button type="submit" disabled={action.busy}>{tr('discrepancy.resolve')}</button>
    </form>
  );
}
