import type { BoardFilter } from './board';
import { FilterSelect } from './FilterSelect';
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
      <FilterSelect id="filter-severity" label={t('severity')} value={filter.severity} values={SEVERITIES} labelOf={severityLabel}
        onChange={(severity) => onFilter({ ...filter, severity })} />
      <FilterSelect id="filter-category" label={t('category')} value={filter.category} values={CATEGORIES} labelOf={categoryLabel}
        onChange={(category) => onFilter({ ...filter, category })} />
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
