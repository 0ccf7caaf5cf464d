import { fmtDateTime } from '../../i18n/format';
import { ResolveForm } from './ResolveForm';
import { canWrite, type SectionProps } from './types';
import { tr } from './messages';

const OPEN = new Set(['CAPTURED', 'AWAITING_CONFIRMATION', 'CONFIRMED', 'CLARIFICATION_REQUESTED']);

/** Where the request differs from the quotation; each needs a note before the requirement may go to review. */
export function DiscrepanciesSection(props: SectionProps) {
  const list = props.r.discrepancies ?? [];
  if (list.length === 0) return null;
  return (
    <section class="card" aria-labelledby="discrepancies-heading" id="discrepancies">
      <h2 id="discrepancies-heading">{tr('discrepancies')}</h2>
      <p class="hint">{tr('discrepancies.hint')}</p>
      <ul class="discrepancies">
        {list.map((d, i) => (
          <li key={d.key} data-key={d.key} data-resolved={d.resolution ? 'true' : 'false'}>
            <strong>{d.kindLabel ?? d.kind}</strong>{d.productCode && <> · {d.productCode}</>}: {tr('discrepancy.quoted')} <span class="diff-old">{d.quoted}</span>
            {' → '}{tr('discrepancy.requested')} <span class="diff-new">{d.requested}</span>
            {d.resolution
              ? <p class="note">{tr('discrepancy.resolved', { by: d.resolution.by ?? '', at: fmtDateTime(d.resolution.at) })}: {d.resolution.note}</p>
              : OPEN.has(props.r.status ?? '') && canWrite() && <ResolveForm {...props} discrepancyKey={d.key!} index={i} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
