/**
 * Draws one chart from its `ChartSpec` with a Chart.js class that the caller has registered the
 * needed pieces on (see chart-line.ts, chart-bar.ts), so each page bundles only what it draws.
 */
import type { Chart as ChartClass, ChartConfiguration, PointStyle, TooltipItem } from 'chart.js';
import type { ChartSeries, ChartSpec } from '../lib/chart-spec.ts';
import { formatValue } from '../lib/chart-spec.ts';

/**
 * Okabe–Ito colours, darkened where needed for 3:1 contrast against white (WCAG 1.4.11);
 * safe for the common colour-vision deficiencies.
 */
export const PALETTE = ['#0072b2', '#c04f00', '#007a5a', '#b4487f', '#6a5acd', '#8a6100', '#1f1f1f', '#3b7fa8'];
/** Series are told apart without colour: a point style and a dash pattern each. */
export const POINT_STYLES: PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star', 'rectRounded', 'cross'];
export const DASHES: number[][] = [[], [8, 4], [2, 3], [10, 3, 2, 3], [4, 4], [12, 6], [1, 2], [6, 2, 2, 2]];

const nb = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });

/** Chart.js configuration for a spec. */
export function chartConfig(spec: ChartSpec, reduceMotion: boolean): ChartConfiguration {
  const isLine = spec.kind !== 'bar';
  const datasets = spec.series.map((s, i) => (isLine ? lineDataset(spec, s, i) : barDataset(spec, s, i)));
  return {
    type: isLine ? 'line' : 'bar',
    data: { labels: spec.labels, datasets } as ChartConfiguration['data'],
    options: chartOptions(spec, reduceMotion),
  } as ChartConfiguration;
}

/** A line (or dots) series, told apart by colour, dash pattern and point style after its place. */
function lineDataset(spec: ChartSpec, s: ChartSeries, i: number) {
  const colour = PALETTE[i % PALETTE.length];
  return {
    label: s.label,
    data: s.values,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: 2.5,
    borderDash: DASHES[i % DASHES.length],
    pointStyle: POINT_STYLES[i % POINT_STYLES.length],
    pointRadius: spec.kind === 'dots' ? 6 : 4,
    pointHoverRadius: 7,
    showLine: spec.kind === 'line',
    spanGaps: false,
    tension: 0,
  };
}

/** A bar series: colour after its place, outlined when bars of several series stand side by side. */
function barDataset(spec: ChartSpec, s: ChartSeries, i: number) {
  return {
    label: s.label,
    data: s.values,
    backgroundColor: PALETTE[i % PALETTE.length],
    borderColor: '#1e2b3c',
    borderWidth: spec.series.length > 1 ? 1 : 0,
    pointStyle: POINT_STYLES[i % POINT_STYLES.length],
    maxBarThickness: 48,
  };
}

/** Locale, motion, axes, legend and tooltip. */
function chartOptions(spec: ChartSpec, reduceMotion: boolean): ChartConfiguration['options'] {
  const values = valueAxis(spec);
  const categories = categoryAxis();
  return {
    locale: 'nb-NO',
    responsive: true,
    maintainAspectRatio: false,
    animation: reduceMotion ? false : { duration: 400 },
    indexAxis: spec.horizontal ? 'y' : 'x',
    interaction: { mode: 'nearest', intersect: false, axis: spec.horizontal ? 'y' : 'x' },
    scales: spec.horizontal ? { x: values, y: categories } : { x: categories, y: values },
    plugins: {
      legend: { display: spec.series.length > 1, position: 'bottom', labels: { usePointStyle: true, color: '#1e2b3c', boxHeight: 8 } },
      tooltip: { callbacks: { label: tooltipLabel(spec) } },
    },
  } as ChartConfiguration['options'];
}

/** The axis of values: ranks run from 1 at the top, percentages carry «%», bars start at zero. */
function valueAxis(spec: ChartSpec) {
  return {
    reverse: spec.axis === 'rank',
    min: spec.axis === 'rank' ? 1 : undefined,
    beginAtZero: spec.axis !== 'rank' && spec.kind === 'bar',
    ticks: {
      precision: spec.axis === 'rank' ? 0 : undefined,
      color: '#1e2b3c',
      callback: (v: number | string) => (spec.axis === 'percent' ? `${nb.format(Number(v))} %` : nb.format(Number(v))),
    },
    grid: { color: '#d9dee5' },
    title: { display: !!spec.unit && spec.axis === 'number', text: spec.unit ?? '', color: '#1e2b3c' },
  };
}

/** The axis of categories (years, places): labels skip and tilt rather than overlap. */
function categoryAxis() {
  return { ticks: { color: '#1e2b3c', autoSkip: true, maxRotation: 50 }, grid: { display: false } };
}

/** Tooltip text: series name, the value as the table writes it, and the unit on a number axis. */
function tooltipLabel(spec: ChartSpec) {
  return (item: TooltipItem<'line' | 'bar'>) => {
    const v = item.raw as number | null;
    const unit = spec.axis === 'number' && spec.unit ? ` ${spec.unit}` : '';
    return `${item.dataset.label ?? ''}: ${formatValue(v, spec)}${unit}`;
  };
}

/** Draws the chart on its canvas and shows its container (hidden until drawn, so no blank box without JS). */
export function drawChart(Chart: typeof ChartClass, canvas: HTMLCanvasElement, spec: ChartSpec): void {
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const box = canvas.closest<HTMLElement>('.chart');
  if (box) box.hidden = false;
  const config = chartConfig(spec, reduce);
  // long series names (whole table rows) would run off a phone screen: shorten them in the legend only
  const legendLabels = config.options!.plugins!.legend!.labels!;
  legendLabels.generateLabels = (chart) => {
    const max = Math.max(16, Math.floor(chart.width / 9));
    return Chart.defaults.plugins.legend.labels.generateLabels(chart).map((l) => ({ ...l, text: l.text.length > max ? `${l.text.slice(0, max - 1)}…` : l.text }));
  };
  new Chart(canvas, config);
  canvas.dataset.chartReady = 'true';
}
