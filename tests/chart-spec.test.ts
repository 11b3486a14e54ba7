import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { chartSpecFor, isTimeLabel, chartRows, formatValue } from '../src/lib/chart-spec.ts';
import { actionsByDeadline, actionsLedPerActor, halfYearOf, populationOfRegion } from '../src/lib/chart-derived.ts';
import type { Action, Dataset } from '../src/schemas/index.ts';

const fixtures = JSON.parse(await readFile('tests/fixtures/charts-datasets/datasets.json', 'utf8')) as Dataset[];
const byShape = (shape: Dataset['shape']) => fixtures.find((d) => d.shape === shape)!;

describe('chartSpecFor picks the chart from the data’s shape', () => {
  test('years along the columns become a line chart with one series per row, sum row left out', () => {
    const spec = chartSpecFor(byShape('time-series'));
    expect(spec.kind).toBe('line');
    expect(spec.labels[0]).toBe('2000');
    expect(spec.series.map((s) => s.label)).toEqual(['0501 Lillehammer', '0521 Øyer', '0522 Gausdal']);
    expect(spec.series[1].values.at(-1)).toBeNull();
    expect(spec.axis).toBe('number');
  });
  test('categories down the rows become bars, one bar per row', () => {
    const spec = chartSpecFor(byShape('categories'));
    expect(spec.kind).toBe('bar');
    expect(spec.labels).toEqual(['Lillehammer', 'Øyer', 'Gausdal']);
    expect(spec.series).toEqual([{ label: 'Omsetning (mill. kr)', values: [4478.5, 612, 455.25] }]);
  });
  test('shares go on a percent axis', () => {
    const spec = chartSpecFor(byShape('shares'));
    expect(spec.axis).toBe('percent');
    expect(spec.kind).toBe('line');
    expect(formatValue(-0.9, spec)).toMatch(/^[-−]0,9 %$/);
  });
  test('a ranking across categories is a dot plot on an inverted axis', () => {
    const spec = chartSpecFor(byShape('ranking'));
    expect(spec.kind).toBe('dots');
    expect(spec.axis).toBe('rank');
    expect(spec.labels).toEqual(['Næringsliv', 'Arbeidsmarked', 'Demografi', 'Kompetanse', 'Kommuneøkonomi']);
  });
  test('years down the rows are turned so time runs along the x axis', () => {
    const spec = chartSpecFor({ title: 'Sysselsatte', columns: ['Bosted', 'Arbeidssted'], rows: [{ label: '2006', values: [1, 2] }, { label: '2012', values: [3, 4] }], shape: 'time-series' });
    expect(spec.kind).toBe('line');
    expect(spec.labels).toEqual(['2006', '2012']);
    expect(spec.series).toEqual([{ label: 'Bosted', values: [1, 3] }, { label: 'Arbeidssted', values: [2, 4] }]);
  });
  test('the aria-label names the kind, the title, the series, the span and the unit', () => {
    expect(chartSpecFor(byShape('time-series')).ariaLabel).toMatchInlineSnapshot(`"Linjediagram: Folketall 2000–2013 (testdata). 3 serier (0501 Lillehammer, 0521 Øyer og 0522 Gausdal) fra 2000 til 2013, i personer. Verdier fra 4 900 til 27 340. Tallene står i tabellen."`);
    expect(chartSpecFor(byShape('ranking')).ariaLabel).toContain('rangering der 1 er best');
  });
});

test('time labels: years, quarters, dates, periods and half-years', () => {
  for (const l of ['2013', '2010K4', '31.12.2013', '2014-2015', '1. halvår 2015']) expect(isTimeLabel(l), l).toBe(true);
  for (const l of ['Lillehammer', '0501', 'Sum', '12,8 %']) expect(isTimeLabel(l), l).toBe(false);
});

test('a table of only sum rows still draws them', () => {
  expect(chartRows({ rows: [{ label: 'Sum', values: [1], isSum: true }] })).toHaveLength(1);
});

describe('derived tables', () => {
  const action = (to?: string, continuous = false) => ({ timeframe: { text: to ?? 'Løpende', to, continuous } }) as Action;
  test('counts actions per deadline half-year, gaps filled, the rest named in notes', () => {
    const t = actionsByDeadline([action('2014-10-31'), action('2015-03-31'), action('2015-06-30'), action('2016-01-01'), action(undefined, true), action()], 'Frister')!;
    expect(halfYearOf('2015-07-01')).toBe('2. halvår 2015');
    expect(t.columns).toEqual(['2. halvår 2014', '1. halvår 2015', '2. halvår 2015', '1. halvår 2016']);
    expect(t.rows[0].values).toEqual([1, 2, 0, 1]);
    expect(t.notes.join(' ')).toMatch(/4 av 6 tiltak.*1 tiltak er løpende.*1 tiltak har ingen frist/);
    expect(chartSpecFor(t).kind).toBe('bar');
  });
  test('no deadlines, no chart', () => {
    expect(actionsByDeadline([action()], 'x')).toBeUndefined();
  });
  test('the actors leading most actions, most first, capped at top', () => {
    const t = actionsLedPerActor(new Map([['LRU', 5], ['Øyer kommune', 2], ['Gausdal kommune', 2], ['HiL', 1]]), 'Ansvar', 3)!;
    expect(t.rows.map((r) => [r.label, r.values[0]])).toEqual([['LRU', 5], ['Gausdal kommune', 2], ['Øyer kommune', 2]]);
    expect(t.notes[0]).toContain('3 aktørene med flest tiltak av 4');
    expect(chartSpecFor(t).horizontal).toBe(true);
  });
  test('population of a region takes the rows naming its municipalities, with kommunenummer or not', () => {
    const t = populationOfRegion(fixtures, { id: 'lillehammer-regionen', name: 'Lillehammer-regionen', municipalities: ['Lillehammer', 'Øyer', 'Gausdal'] })!;
    expect(t.rows.map((r) => r.label)).toEqual(['0501 Lillehammer', '0521 Øyer', '0522 Gausdal']);
    expect(populationOfRegion(fixtures, { id: 'x', name: 'Hamarregionen', municipalities: ['Hamar'] })).toBeUndefined();
  });
});
