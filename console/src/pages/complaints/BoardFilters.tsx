import type { BoardFilter } from './board';
import { categoryLabel, severityLabel, t } from './messages';
import { CATEGORIES, SEVERITIES } from './options';

export type BoardView = 'board' | 'list';

interface Props {
  filter: BoardFilter;
  view: BoardView;
  onFilter: (filter: BoardFilter) => void;
  onView: (view: BoardView) => void;
}

/** Severity and category filters, and the board/list switch (the list reads better on a phone). */
export function BoardFilters({ filter, view, onFilter, onView }: Props) {
  return (
    <div class="form-row filters" role="group" aria-label={t('filters')}>
      <div class="field">
        <label for="filter-severity">{t('severity')}</label>
        <select id="filter-severity" value={filter.severity}
          onChange={(e) => onFilter({ ...filter, severity: (e.target as HTMLSelectElement).value })}>
          <option value="">{t('all')}</option>
          {SEVERITIES.map((s) => <option key={s} value={s}>{severityLabel(s)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="filter-category">{t('category')}</label>
        <select id="filter-category" value={filter.category}
          onChange={(e) => onFilter({ ...filter, category: (e.target as HTMLSelectElement).value })}>
          <option value="">{t('all')}</option>
          {CATEGORIES.map((c) => <option key={c} value={c}>{categoryLabel(c)}</option>)}
        </select>
      </div>
      <div class="field">
        <span class="label" id="view-label">{t('view')}</span>
        <div class="segmented" role="group" aria-labelledby="view-label">
          <button type="button" id="view-board" aria-pressed={view === 'board'} onClick={() => onView('board')}>{t('viewBoard')}</button>
          <button type="button" id="view-list" aria-pressed={view === 'list'} onClick={() => onView('list')}>{t('viewList')}</button>
        </div>
      </div>
    </div>
  );
}
