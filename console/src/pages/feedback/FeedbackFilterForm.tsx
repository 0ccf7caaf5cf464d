import { useState } from 'preact/hooks';
import { CustomerSelect } from './CustomerSelect';
import type { Customer } from './customers';
import { NO_FILTERS, type FeedbackFilters } from './filters';
import { CATEGORIES, CHANNELS, categoryLabel, channelLabel } from './labels';
import { t } from './messages';

/** The list's filters; applied together on submit so the list does not jump while one types a date. */
export function FeedbackFilterForm({ value, customers, onApply }: { value: FeedbackFilters; customers: Customer[] | undefined; onApply: (f: FeedbackFilters) => void }) {
  const [draft, setDraft] = useState(value);
  const set = (change: Partial<FeedbackFilters>) => setDraft({ ...draft, ...change });
  const input = (key: keyof FeedbackFilters) => (e: Event) => set({ [key]: (e.target as HTMLInputElement).value });
  return (
    <form class="card" id="feedback-filters" aria-label={t('filters')} onSubmit={(e) => { e.preventDefault(); onApply(draft); }}>
      <div class="form-row">
        <div class="field">
          <label for="filter-customer">{t('customer')}</label>
          <CustomerSelect attrs={{ id: 'filter-customer' }} value={draft.customerId} customers={customers} emptyLabel={t('anyCustomer')}
            onChange={(customerId) => set({ customerId })} />
        </div>
        <div class="field">
          <label for="filter-channel">{t('channel')}</label>
          <select id="filter-channel" value={draft.channel} onChange={input('channel')}>
            <option value="">{t('anyChannel')}</option>
            {CHANNELS.map((c) => <option key={c} value={c}>{channelLabel(c)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="filter-category">{t('category')}</label>
          <select id="filter-category" value={draft.category} onChange={input('category')}>
            <option value="">{t('anyCategory')}</option>
            {CATEGORIES.map((c) => <option key={c} value={c}>{categoryLabel(c)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="filter-from">{t('from')}</label>
          <input type="date" id="filter-from" value={draft.from} onInput={input('from')} />
        </div>
        <div class="field">
          <label for="filter-to">{t('to')}</label>
          <input type="date" id="filter-to" value={draft.to} onInput={input('to')} />
        </div>
      </div>
      <div class="actions">
        <button type="submit" class="primary" id="filter-apply">{t('apply')}</button>
        <button type="button" id="filter-clear" onClick={() => { setDraft(NO_FILTERS); onApply(NO_FILTERS); }}>{t('clear')}</button>
      </div>
    </form>
  );
}
