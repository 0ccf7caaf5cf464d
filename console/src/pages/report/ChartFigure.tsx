// One chart with its text alternative: the caption names it, the canvas is an image labelled by the caption, and the
// same figures sit in a table that screen readers always read (visually hidden until someone asks to see it).
import { useEffect, useRef, useState } from 'preact/hooks';
import { DataTable } from './DataTable';
import { t } from './messages';
import { tableOf, type ChartModel } from './series';

type Drawn = { destroy: () => void };

export function ChartFigure({ model }: { model: ChartModel }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');
  const [tableShown, setTableShown] = useState(false);
  const empty = model.categories.length === 0;
  // redrawn when the figures change, not on every render of the page around it
  const figuresKey = JSON.stringify(model);
  useEffect(() => {
    if (empty) return undefined;
    let chart: Drawn | null = null;
    let gone = false;
    import('./charts').then(({ draw }) => {
      if (gone || !canvas.current) return;
      chart = draw(canvas.current, model);
      setState('drawn');
    }).catch((e: unknown) => {
      console.error('chart not drawn', e);
      if (!gone) setState('failed');
    });
    return () => {
      gone = true;
      chart?.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [figuresKey]);
  const captionId = `chart-${model.id}-caption`;
  const tableId = `chart-${model.id}-table`;
  return (
    <figure class="report-chart" data-chart={model.id} data-state={empty ? 'empty' : state}>
      <figcaption id={captionId}>{model.title}</figcaption>
      {empty ? <p class="note">{t('empty')}</p> : (
        <>
          <div class="chart">
            <canvas ref={canvas} role="img" aria-labelledby={captionId} aria-describedby={tableId} />
          </div>
          {state === 'loading' && <p class="note" aria-live="polite">{t('chartLoading')}</p>}
          {state === 'failed' && <p class="note">{t('chartFailed')}</p>}
          <button type="button" class="link" aria-expanded={tableShown} aria-controls={tableId} onClick={() => setTableShown(!tableShown)}>
            {tableShown ? t('hideData') : t('showData')}
          </button>
          <div id={tableId} class={tableShown ? undefined : 'visually-hidden'}>
            <DataTable id={model.id} caption={model.title} table={tableOf(model)} />
          </div>
        </>
      )}
    </figure>
  );
}
