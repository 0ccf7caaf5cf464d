import { useState } from 'preact/hooks';
import { api, call, fetchDocument, type Loaded, type Schemas } from '../../api/client';
import { useAction, useLive, useResource } from '../../ui/hooks';
import { Page } from '../../ui/Page';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { tc } from '../../ui/messages';
import { canRecordFeedback } from './can';
import { useCustomers } from './customers';
import { FeedbackFilterForm } from './FeedbackFilterForm';
import { FeedbackForm } from './FeedbackForm';
import { FeedbackTable } from './FeedbackTable';
import { feedbackQuery, NO_FILTERS, type FeedbackFilters } from './filters';
import { t } from './messages';
import { Pager } from './Pager';
import { ParetoTable } from './ParetoTable';
import { saveBlob } from '../../ui/download';

const SIZE = 20;

/** Feedback from every channel: the filtered list, recording one, the Pareto of categories, the CSV export. */
export function FeedbackPage() {
  const [filters, setFilters] = useState<FeedbackFilters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const [formOpen, setFormOpen] = useState(false);
  const [recorded, setRecorded] = useState(false);
  const customers = useCustomers();
  const query = feedbackQuery(filters);
  const { category: _category, ...paretoQuery } = query;
  // the list also answers text/csv (the export), so its typed answer is a union: this call asks for JSON
  const list = useResource(() => call(api.GET('/api/v1/feedback', { params: { query: { ...query, page, size: SIZE } } })) as Promise<Loaded<Schemas['Feedback_PageFeedbackView']>>,
    [JSON.stringify(query), page]);
  const pareto = useResource(() => call(api.GET('/api/v1/feedback/pareto', { params: { query: paretoQuery } })), [JSON.stringify(paretoQuery)]);
  useLive(['accord.feedback.'], () => {
    void list.reload();
    void pareto.reload();
  });
  const exporting = useAction();
  const exportCsv = () => exporting.run(async () => {
    const params = new URLSearchParams({ ...query, format: 'csv' });
    saveBlob(await fetchDocument(`/api/v1/feedback?${params}`, 'text/csv'), 'feedback.csv');
  });
  const items = customers.data?.items;
  return (
    <Page title={t('title')} actions={<>
      <button type="button" id="feedback-export" disabled={exporting.busy} onClick={() => void exportCsv()}>{t('exportCsv')}</button>
      {canRecordFeedback() && (
        <button type="button" class="primary" id="feedback-new" aria-expanded={formOpen} aria-controls="feedback-form"
          onClick={() => { setFormOpen(!formOpen); setRecorded(false); }}>{formOpen ? t('hideForm') : t('record')}</button>
      )}
    </>}>
      <ProblemBanner error={exporting.error ?? customers.error} />
      <p role="status" class={recorded ? 'notice' : 'visually-hidden'} id="feedback-recorded" data-recorded={String(recorded)}>{recorded ? t('recorded') : ''}</p>
      {formOpen && <FeedbackForm customers={items} onRecorded={() => { setRecorded(true); void list.reload(); void pareto.reload(); }} />}
      <FeedbackFilterForm value={filters} customers={items} onApply={(f) => { setFilters(f); setPage(0); }} />
      <ProblemBanner error={list.error} onReload={() => void list.reload()} />
      {list.data ? (
        <>
          <FeedbackTable items={list.data.items ?? []} customers={items} />
          <Pager page={page} size={SIZE} total={list.data.total ?? 0} onPage={setPage} />
        </>
      ) : !list.error && <p aria-busy="true">{tc('loading')}</p>}
      <h2>{t('pareto')}</h2>
      <p class="note">{t('paretoNote')}</p>
      <ProblemBanner error={pareto.error} onReload={() => void pareto.reload()} />
      {pareto.data && <ParetoTable pareto={pareto.data} />}
    </Page>
  );
}
