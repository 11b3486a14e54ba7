/**
 * Draws every `<canvas data-chart>` on the page. Bundled only into pages that render a chart
 * component (Astro includes a component's script only where the component is rendered), and
 * each chart kind loads its own Chart.js registration (chart-line.ts, chart-bar.ts).
 */
import type { ChartSpec } from '../lib/chart-spec.ts';
import { drawChart } from './chart-draw.ts';

declare global {
  interface Window {
    /** For tests and the console: the Chart.js instance drawn on a canvas. */
    planvevChart?: (canvas: HTMLCanvasElement) => { data: { labels?: unknown[]; datasets: { label?: string; data: unknown[] }[] } } | undefined;
  }
}

async function drawAll() {
  const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].filter((c) => !c.dataset.chartReady);
  for (const canvas of canvases) {
    const spec = JSON.parse(canvas.dataset.chart!) as ChartSpec;
    const { Chart } = spec.kind === 'bar' ? await import('./chart-bar.ts') : await import('./chart-line.ts');
    window.planvevChart ??= (c) => Chart.getChart(c) as ReturnType<NonNullable<Window['planvevChart']>>;
    drawChart(Chart, canvas, spec);
  }
}

drawAll();
