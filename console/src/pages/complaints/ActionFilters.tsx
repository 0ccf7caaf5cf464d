import { currentSession } from '../../auth/session';
import { FilterSelect } from './FilterSelect';
import { actionStatusLabel, t } from './messages';
import { ACTION_STATUSES } from './options';

export interface ActionFilter {
  status: string;
  overdue: boolean;
  /** mine: the signed-in user's; all: everyone's; other: `owner`'s */
  scope: 'mine' | 'all' | 'other';
  owner: string;
}

/** The owner the list asks for: the signed-in user (default), anyone, or the one typed. */
export function ownerOf(filter: ActionFilter): string | undefined {
  if (filter.scope === 'mine') return currentSession()?.user;
  return filter.scope === 'other' && filter.owner.trim() ? filter.owner.trim() : undefined;
}

/** Status, overdue only, and whose actions (mine by default). */
export function ActionFilters({ filter, onChange }: { filter: ActionFilter; onChange: (filter: ActionFilter) => void }) {
  const user = currentSession()?.user ?? '';
  return (
    <div class="form-row filters" role="group" aria-label={t('filters')}>
      <FilterSelect id="ca-filter-status" label={t('status')} value={filter.status} values={ACTION_STATUSES} labelOf={actionStatusLabel}
        onChange={(status) => onChange({ ...filter, status })} />
      <div class="field">
        <label for="ca-filter-scope">{t('ownerFilter')}</label>
        <select id="ca-filter-scope" value={filter.scope}
          onChange={(e) => onChange({ ...filter, scope: (e.target as HTMLSelectElement).value as ActionFilter['scope'] })}>
          <option value="mine">{t('mine', { user })}</option>
          <option value="all">{t('everyone')}</option>
          <option value="other">{t('ownerOther')}</option>
        </select>
      </div>
      {filter.scope === 'other' && (
        <div class="field">
          <label for="ca-filter-owner">{t('ownerOther')}</label>
          <input id="ca-filter-owner" type="search" value={filter.owner} autoComplete="off"
            onChange={(e) => onChange({ ...filter, owner: (e.target as HTMLInputElement).value })} />
        </div>
      )}
      <div class="field">
        <span class="label" aria-hidden="true">&nbsp;</span>
        <label class="check">
          <input type="checkbox" id="ca-filter-overdue" checked={filter.overdue}
            onChange={(e) => onChange({ ...filter, overdue: (e.target as HTMLInputElement).checked })} />
          {t('overdueOnly')}
        </label>
      </div>
    </div>
  );
}
