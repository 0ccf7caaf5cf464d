import { useState } from 'preact/hooks';
import { navigate } from '../../router';
import { linkOf, MAIL_STATUSES, type MailFilters } from './filters';
import { statusLabel } from './MailStatusBadge';
import { t } from './messages';

export function MailFiltersForm({ filters }: { filters: MailFilters }) {
  const [f, setF] = useState<MailFilters>(filters);
  const input = (name: 'recipient' | 'aboutType' | 'aboutId', label: string) => (
    <div class="field">
      <label for={`mail-${name}`}>{label}</label>
      <input id={`mail-${name}`} name={name} value={f[name]} onInput={(e) => setF({ ...f, [name]: (e.target as HTMLInputElement).value })} />
    </div>
  );
  return (
    <form class="card" onSubmit={(e) => { e.preventDefault(); navigate(linkOf(f)); }}>
      <div class="form-row">
        {input('recipient', t('recipient'))}
        <div class="field">
          <label for="mail-status">{t('status')}</label>
          <select id="mail-status" name="status" value={f.status}
            onChange={(e) => setF({ ...f, status: (e.target as HTMLSelectElement).value as MailFilters['status'] })}>
            <option value="">{t('anyStatus')}</option>
            {MAIL_STATUSES.map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
          </select>
        </div>
        {input('aboutType', t('aboutType'))}
        {input('aboutId', t('aboutId'))}
      </div>
      <div class="actions">
        <button type="submit" class="primary" id="mail-filter">{t('filter')}</button>
        <button type="button" id="mail-clear" onClick={() => navigate('/notifications')}>{t('clear')}</button>
      </div>
    </form>
  );
}
