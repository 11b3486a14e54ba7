import { getCollection } from 'astro:content';
import { themes } from '../data/themes.ts';
import { regions } from '../data/regions.ts';

/** Loads every collection once per build and indexes it, so pages share one lookup. */
async function load() {
  const [documents, strategies, goals, datasets, activities, actors, chapters] = await Promise.all([
    getCollection('documents'),
    getCollection('strategies'),
    getCollection('goals'),
    getCollection('datasets'),
    getCollection('activities'),
    getCollection('actors'),
    getCollection('chapters'),
  ]);
  const docs = documents.map((d) => d.data).sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.title.localeCompare(b.title, 'nb'));
  return {
    documents: docs,
    documentById: new Map(docs.map((d) => [d.id, d])),
    strategies: strategies.map((s) => s.data),
    strategyById: new Map(strategies.map((s) => [s.data.id, s.data])),
    goals: goals.map((g) => g.data),
    goalById: new Map(goals.map((g) => [g.data.id, g.data])),
    datasets: datasets.map((d) => d.data),
    datasetById: new Map(datasets.map((d) => [d.data.id, d.data])),
    activities: activities.map((a) => a.data),
    activityById: new Map(activities.map((a) => [a.data.id, a.data])),
    actors: actors.map((a) => a.data),
    chapters: chapters.sort((a, b) => a.data.order - b.data.order),
    themes,
    regions,
  };
}

let cache: ReturnType<typeof load> | undefined;
/** The whole corpus as the pages see it. */
export function siteData() {
  cache ??= load();
  return cache;
}
export type SiteData = Awaited<ReturnType<typeof load>>;
