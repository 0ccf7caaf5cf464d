import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client';
import { unplacedViolations } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { tc } from '../../ui/messages';
import { CustomerSelect } from './CustomerSelect';
import type { Customer } from './customers';
import { CATEGORIES, CHANNELS, categoryLabel, channelLabel } from './labels';
import { t } from './messages';

const FIELDS = ['customerId', 'channel', 'category', 'rating', 'text', 'orderRef'];

interface Draft {
  customerId: string;
  channel: string;
  category: string;
  rating: string;
  text: string;
  orderRef: string;
}

const EMPTY: Draft = { customerId: '', channel: 'PHONE', category: 'QUALITY', rating: '', text: '', orderRef: '' };

/** Records what a customer said (POST /api/v1/feedback); the API's violations appear beside the fields. */
export function FeedbackForm({ customers, onRecorded }: { customers: Customer[] | undefined; onRecorded: () => void }) {
  const [draft, setDraft] = useState(EMPTY);
  const action = useAction();
  const problem = action.error?.problem;
  const set = (key: keyof Draft) => (e: Event) => setDraft({ ...draft, [key]: (e.target as HTMLInputElement).value });
  const submit = async () => {
    // the select's empty value would be no UUID at all: sent as absent, the API says "required" beside the field
    const body = {
      customerId: draft.customerId || undefined,
      channel: draft.channel,
      category: draft.category,
      rating: draft.rating ? Number(draft.rating) : undefined,
      text: draft.text.trim() || undefined,
      orderRef: draft.orderRef.trim() || undefined,
    } as Schemas['Feedback_FeedbackRequest'];
    const done = await action.run(() => call(api.POST('/api/v1/feedback', { body })));
    if (done) {
      setDraft({ ...EMPTY, customerId: draft.customerId, channel: draft.channel });
      onRecorded();
    }
  };
  return (
    <form class="card" id="feedback-form" aria-labelledby="feedback-form-title" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id="feedback-form-title">{t('record')}</h2>
      <ProblemBanner error={action.error} unplaced={unplacedViolations(problem, FIELDS)} />
      <div class="form-row">
        <Field name="customerId" label={t('customer')} problem={problem} required>
          <CustomerSelect attrs={controlProps('customerId', problem)} value={draft.customerId} customers={customers}
            emptyLabel={t('pickCustomer')} onChange={(customerId) => setDraft({ ...draft, customerId })} />
        </Field>
        <Field name="channel" label={t('channel')} problem={problem} required>
          <select {...controlProps('channel', problem)} value={draft.channel} onChange={set('channel')}>
            {CHANNELS.map((c) => <option key={c} value={c}>{channelLabel(c)}</option>)}
          </select>
        </Field>
        <Field name="category" label={t('category')} problem={problem} required>
          <select {...controlProps('category', problem)} value={draft.category} onChange={set('category')}>
            {CATEGORIES.map((c) => <option key={c} value={c}>{categoryLabel(c)}</option>)}
          </select>
        </Field>
        <Field name="rating" label={t('rating')} problem={problem}>
          <select {...controlProps('rating', problem)} value={draft.rating} onChange={set('rating')}>
            <option value="">{t('noRating')}</option>
            {[1, 2, 3, 4, 5].map((r) => <option key={r} value={String(r)}>{t('ratingOf', { rating: r })}</option>)}
          </select>
        </Field>
        <Field name="orderRef" label={t('orderRef')} problem={problem}>
          <input {...controlProps('orderRef', problem)} maxLength={100} value={draft.orderRef} onInput={set('orderRef')} />
        </Field>
      </div>
      <Field name="text" label={t('text')} problem={problem} hint={t('textOrRating')}>
        <textarea {...controlProps('text', problem)} maxLength={4000} value={draft.text} onInput={set('text')} />
      </Field>
      <div class="actions">
        <button type="submit" class="primary" id="feedback-submit" disabled={action.busy}>{tc('save')}</button>
      </div>
    </form>
  );
}
