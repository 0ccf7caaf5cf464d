import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client';
import { unplacedViolations } from '../../api/problem';
import { navigate } from '../../router';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { Page } from '../../ui/Page';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { ContentFields } from './ContentFields';
import { CustomerSelect } from './CustomerSelect';
import { captureBody, contentFieldNames, emptyCapture, renumber, type CaptureForm, type RowMap } from './form';
import { CAPTURE_SOURCES, sourceLabel } from './labels';
import { valueOf } from './rows';
import { tr } from './messages';

/** Capturing a customer's requirement (SALES): the API's violations appear beside the fields they name. */
export function CapturePage({ query }: { query: URLSearchParams }) {
  const [form, setForm] = useState<CaptureForm>(() => ({ ...emptyCapture(), customerId: query.get('customerId') ?? '' }));
  const [rows, setRows] = useState<RowMap | null>(null);
  const action = useAction();
  const problem = renumber(action.error?.problem, rows);
  const set = (patch: Partial<CaptureForm>) => setForm((f) => ({ ...f, ...patch }));

  const capture = async (e: Event) => {
    e.preventDefault();
    const built = captureBody(form);
    setRows(built.rows);
    const created = await action.run(() => call(api.POST('/api/v1/requirements', { body: built.body })));
    const id = (created?.data as Schemas['Requirements_RequirementView'] | undefined)?.id;
    if (id) navigate(`/requirements/${id}`);
  };

  const shown = ['customerId', 'source', ...contentFieldNames(form)];
  return (
    <Page title={tr('capture.title')}>
      <form id="requirement-form" onSubmit={capture} noValidate>
        <ProblemBanner error={action.error} unplaced={unplacedViolations(problem, shown)} />
        <CustomerSelect value={form.customerId} onChange={(customerId) => set({ customerId })} problem={problem} />
        <Field name="source" label={tr('source')} problem={problem} required hint={form.source === 'VERBAL_ORDER' ? tr('source.verbalHint') : undefined}>
          <select {...controlProps('source', problem)} value={form.source} onChange={(e) => set({ source: valueOf(e) })}>
            {CAPTURE_SOURCES.map((s) => <option key={s} value={s}>{sourceLabel(s)}</option>)}
          </select>
        </Field>
        <ContentFields form={form} set={set} problem={problem} />
        <div class="actions">
          <button type="submit" id="capture" class="primary" disabled={action.busy}>{tr('capture.submit')}</button>
          <a class="button" href="#/requirements">{tr('cancel')}</a>
        </div>
      </form>
    </Page>
  );
}
