// Chart.js, loaded only when the report opens (`import('./charts')`), with only the pieces the report draws registered
// (bars, lines, category and linear scales, tooltip, legend) so the rest of the library is left out of the bundle.
// Series differ by more than colour: bars by fill pattern, lines by dash and point shape, and the legend names each.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
  type ChartConfiguration, type ChartDataset, type PointStyle,
} from 'chart.js';
import { fmtNumber } from '../../i18n/format';
import { lang } from '../../i18n/i18n';
import { fmtValue, type ChartModel } from './series';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

/** Colours that stay apart for the common colour-vision deficiencies (Okabe–Ito), each with its own pattern too. */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00'];
const DASHES = [[], [8, 4], [2, 3], [12, 3, 2, 3]];
const POINTS: PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot'];

/** A small tile: solid, diagonal stripes, dots or cross-hatch, in the series' colour. */
function pattern(index: number, colour: string): CanvasPattern | string {
  if (index === 0 || typeof document === 'undefined') return colour;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const c = tile.getContext('2d');
  if (!c) return colour;
  c.fillStyle = `${colour}55`;
  c.fillRect(0, 0, 8, 8);
  c.strokeStyle = colour;
  c.fillStyle = colour;
  c.lineWidth = 2;
  if (index % 3 === 1) {
    c.beginPath();
    c.moveTo(0, 8);
    c.lineTo(8, 0);
    c.stroke();
  } else if (index % 3 === 2) {
    c.beginPath();
    c.arc(4, 4, 1.6, 0, Math.PI * 2);
    c.fill();
  } else {
    c.strokeRect(0, 0, 8, 8);
  }
  return c.createPattern(tile, 'repeat') ?? colour;
}

function dataset(model: ChartModel, index: number): ChartDataset<'bar' | 'line', (number | null)[]> {
  const s = model.series[index];
  const colour = COLOURS[index % COLOURS.length];
  const line = model.kind === 'line' || s.overlay;
  if (line) {
    return {
      type: 'line', label: s.label, data: s.values, borderColor: colour, backgroundColor: colour,
      borderDash: DASHES[index % DASHES.length], pointStyle: POINTS[index % POINTS.length], pointRadius: 4, borderWidth: 2,
      spanGaps: true, yAxisID: s.overlay || (model.kind === 'line' && s.unit === 'count' && model.series.some((o) => o.unit !== 'count')) ? 'y2' : 'y',
    };
  }
  return {
    type: 'bar', label: s.label, data: s.values, backgroundColor: pattern(index, colour), borderColor: colour, borderWidth: 1.5,
    maxBarThickness: 72, yAxisID: 'y',
  };
}

/** Draws the model on the canvas; destroy the returned chart before drawing again. */
export function draw(canvas: HTMLCanvasElement, model: ChartModel): Chart {
  const datasets = model.series.map((_, i) => dataset(model, i));
  const needsY2 = datasets.some((d) => d.yAxisID === 'y2');
  const overlayPercent = model.series.some((s) => s.overlay);
  const config: ChartConfiguration<'bar' | 'line', (number | null)[], string> = {
    type: model.kind,
    data: { labels: model.categories, datasets },
    options: {
      locale: lang(),
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { display: model.series.length > 1, labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label}: ${fmtValue(item.raw as number | null, model.series[item.datasetIndex].unit)}`,
          },
        },
      },
      scales: {
        x: { ticks: { autoSkip: true, maxRotation: 45 } },
        y: { beginAtZero: true, ticks: { callback: (v) => fmtNumber(Number(v), 1), precision: 0 } },
        ...(needsY2 ? {
          y2: {
            position: 'right' as const, beginAtZero: true, grid: { drawOnChartArea: false },
            ...(overlayPercent ? { max: 100 } : {}),
            ticks: { precision: 0, callback: (v: string | number) => (overlayPercent ? `${fmtNumber(Number(v))} %` : fmtNumber(Number(v))) },
          },
        } : {}),
      },
    },
  };
  return new Chart(canvas, config);
}
