// One section of the report: its heading, its CSV, and its content, or (when its service did not answer) a plain
// "not available right now" for this section alone.
import type { ComponentChildren } from 'preact';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { useAction } from '../../ui/hooks';
import { saveBlob } from '../../ui/download';
import { fetchCsv, fileName } from './documents';
import { t } from './messages';
import type { SectionKey } from './model';
import type { Period } from './period';

interface Props {
  section: SectionKey;
  period: Period;
  available: boolean;
  children: ComponentChildren;
}

export function SectionFrame({ section, period, available, children }: Props) {
  const csv = useAction();
  const title = t(`section.${section}`);
  const headingId = `section-${section}`;
  return (
    <section class="card report-section" data-section={section} data-available={available} aria-labelledby={headingId}>
      <div class="report-section-head">
        <h2 id={headingId}>{title}</h2>
        {available && (
          <button type="button" data-csv={section} disabled={csv.busy} aria-label={t('csvOf', { section: title })}
            onClick={() => csv.run(async () => saveBlob(await fetchCsv(period, section), fileName(period, 'csv', section)))}>
            {csv.busy ? t('downloading') : t('csv')}
          </button>
        )}
      </div>
      <ProblemBanner error={csv.error} />
      {available ? children : <p class="notice" data-unavailable={section}>{t('unavailable')}</p>}
    </section>
  );
}
