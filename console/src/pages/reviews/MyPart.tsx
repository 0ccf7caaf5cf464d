import { ConsolidationForm } from './ConsolidationForm';
import type { ChangeFormProps } from './change';
import { DecisionForm } from './DecisionForm';
import type { Forms } from './logic';
import { t } from './messages';
import { OpinionForm } from './OpinionForm';
import { OrderConfirmationForm } from './OrderConfirmationForm';

/** What the signed-in person can sign on this review now, first on the page. */
export function MyPart({ forms, nameOf, ...change }: ChangeFormProps & { forms: Forms; nameOf: (code: string) => string }) {
  const any = forms.opinion.length > 0 || forms.consolidate || forms.decide || forms.confirmOrder;
  if (!any) return null;
  return (
    <section aria-labelledby="my-part-heading" id="my-part">
      <h2 id="my-part-heading">{t('myPart')}</h2>
      {forms.opinion.length > 0 && <OpinionForm {...change} departments={forms.opinion} nameOf={nameOf} />}
      {forms.consolidate && <ConsolidationForm {...change} />}
      {forms.confirmOrder && <OrderConfirmationForm {...change} />}
      {forms.decide && <DecisionForm {...change} />}
    </section>
  );
}
