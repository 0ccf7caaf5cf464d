/**
 * One value of several as a radio group (the NPS scale 0–10, or a choice question's choices): arrow keys move within
 * it, the legend of the question's fieldset names it.
 */
export function ScaleRadios<V extends string | number>({ questionKey, options, value, onChange, horizontal }: {
  questionKey: string;
  options: V[];
  value: V | undefined;
  onChange: (v: V) => void;
  horizontal?: boolean;
}) {
  return (
    <div class={horizontal ? 'scale-radios horizontal' : 'scale-radios'}>
      {options.map((o) => (
        <label key={String(o)} class="check">
          <input type="radio" name={`answer-${questionKey}`} value={String(o)} data-question={questionKey}
            data-value={String(o)} checked={value === o} onChange={() => onChange(o)} />
          <span>{o}</span>
        </label>
      ))}
    </div>
  );
}
