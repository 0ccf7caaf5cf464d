import { t } from './messages';

/** 1–5 as five buttons, the chosen one pressed (said by aria-pressed and its look, not by colour alone). */
export function RatingButtons({ questionKey, value, labelledBy, onChange }: { questionKey: string; value: number | undefined; labelledBy: string; onChange: (v: number) => void }) {
  return (
    <div class="rating" role="group" aria-labelledby={labelledBy}>
      <div class="scale-buttons">
        {[1, 2, 3, 4, 5].map((n) => (
          <button type="button" key={n} data-question={questionKey} data-rating={n} aria-pressed={value === n}
            aria-label={t('rating', { n })} class={value === n ? 'chosen' : ''} onClick={() => onChange(n)}>{n}</button>
        ))}
      </div>
      <p class="scale-ends"><span>{t('ratingLow')}</span><span>{t('ratingHigh')}</span></p>
    </div>
  );
}
