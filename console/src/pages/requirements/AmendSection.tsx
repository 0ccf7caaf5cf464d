import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { unplacedViolations } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { ContentFields } from './ContentFields';
import { amendmentBody, contentFieldNames, contentForm, renumber, type ContentForm, type RowMap } from './form';
import { valueOf } from './rows';
import { ifMatch, type SectionProps } from './types';
import { useDisclosure } from './disclosure';
import { tr } from './messages';

const FINAL = new Set(['DELIVERED', 'CANCELLED', 'REJECTED']);

interface Draft {
  /** the record as it was when the person started: the amendment is made against it (If-Match its ETag) */
  base: ContentForm;
  etag: string | null;
  form: ContentForm;
  reason: string;
  dirty: boolean;
}

const fresh = (props: SectionProps): Draft => {
  const base = contentForm(props.r);
  return { base, etag: props.etag, form: base, reason: '', dirty: false };
};

/**
 * A new revision: the changed fields and the reason. An untouched form follows the record as it changes; once the person
 * edits, the form stays on the version they started from, and a change by someone else in between answers 412.
 */
export function AmendSection(props: SectionProps) {
  const [draft, setDraft] = useState<Draft>(() => fresh(props));
  const [rows, setRows] = useState<RowMap | null>(null);
  const action = useAction();
  const disclosure = useDisclosure();
  useEffect(() => {
    if (!draft.dirty) setDraft(fresh(props));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.etag]);
  if (FINAL.has(props.r.status ?? '') && !action.error) return null;
  const problem = renumber(action.error?.problem, rows);
  const set = (patch: Partial<ContentForm>) => setDraft((d) => ({ ...d, form: { ...d.form, ...patch }, dirty: true }));

  const amend = async (e: Event) => {
    e.preventDefault();
    const built = amendmentBody(draft.reason, draft.form, draft.base);
    setRows(built.rows);
    const done = await action.run(() => call(api.POST('/api/v1/requirements/{id}/amendments', {
      params: { path: { id: props.r.id! }, header: ifMatch(draft.etag) }, body: built.body,
    })));
    if (done) {
      setDraft({ ...fresh({ ...props, etag: done.etag }), dirty: false });
      props.onChanged(done);
    }
  };
  const reload = () => {
    action.clear();
    setDraft(fresh(props));
    props.onChanged();
  };

  return (
    <details class="card" id="amendment" {...disclosure.props}>
      <summary id="amend-toggle">{tr('amendment')}</summary>
      <form id="amend-form" onSubmit={amend} noValidate data-base-etag={draft.etag ?? ''}>
        <p class="hint">{tr('amendment.hint')}</p>
        <ProblemBanner error={action.error} onReload={reload} unplaced={unplacedViolations(problem, ['reason', ...contentFieldNames(draft.form)])} />
        <Field name="reason" label={tr('amendment.reason')} problem={problem} required>
          <textarea {...controlProps('reason', problem)} value={draft.reason}
            onInput={(e) => setDraft({ ...draft, reason: valueOf(e), dirty: true })} />
        </Field>
        <ContentFields form={draft.form} set={set} problem={problem} />
        <div class="actions">
          <button type="submit" id="amend" class="primary" disabled={action.busy}>{tr('amendment.submit')}</button>
        </div>
      </form>
    </details>
  );
}
