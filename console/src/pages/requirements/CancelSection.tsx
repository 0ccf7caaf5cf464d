import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { valueOf } from './rows';
import { ifMatch, scoped, type SectionProps } from './types';
import { useDisclosure } from './disclosure';
import { tr } from './messages';

const FINAL = new Set(['DELIVERED', 'CANCELLED', 'REJECTED']);

/** Cancelling the requirement, with the reason (collapsed: it is rare and final). */
export function CancelSection({ r, etag, onChanged }: SectionProps) {
  const [reason, setReason] = useState('');
  const action = useAction();
  const disclosure = useDisclosure();
  const problem = scoped(action.error?.problem, 'cancel');
  if (FINAL.has(r.status ?? '') && !action.error) return null;
  const cancel = async (e: Event) => {
    e.preventDefault();
    const done = await action.run(() => call(api.POST('/api/v1/requirements/{id}/cancellation', {
      params: { path: { id: r.id! }, header: ifMatch(etag) }, body: { reason },
    })));
    if (done) onChanged(done);
  };
  return (
    <details class="card" id="cancellation" {...disclosure.props}>
      <summary>{tr('cancellation')}</summary>
      <form id="cancel-form" onSubmit={cancel} noValidate>
        <ProblemBanner error={action.error} onReload={onChanged} />
        <Field name="cancel.reason" label={tr('cancellation.reason')} problem={problem} required>
          <textarea {...controlProps('cancel.reason', problem)} value={reason} onInput={(e) => setReason(valueOf(e))} />
        </Field>
        <button type="submit" id="cancel-requirement" class="danger" disabled={action.busy}>{tr('cancellation.submit')}</button>
      </form>
    </details>
  );
}
