import type { Problem } from '../../api/problem';
import { ListViolation } from './ListViolation';
import { SERVICES, serviceLabel } from './labels';
import { tr } from './messages';

/** The support services required with the product, as check boxes. */
export function ServicesFieldset({ services, onChange, problem }: { services: string[]; onChange: (s: string[]) => void; problem?: Problem | null }) {
  return (
    <fieldset id="services">
      <legend>{tr('services')}</legend>
      <ListViolation name="services" problem={problem} />
      {SERVICES.map((s) => (
        <label class="check" key={s}>
          <input type="checkbox" name="services" value={s} checked={services.includes(s)}
            onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked ? [...services, s] : services.filter((x) => x !== s))} />
          {serviceLabel(s)}
        </label>
      ))}
    </fieldset>
  );
}
