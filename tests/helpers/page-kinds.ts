import { readJson } from './site.ts';

/** One page of every kind in the test build, by kind; `undefined` when the build has none of that kind yet. */
export async function pageOfEveryKind(): Promise<Record<string, string | undefined>> {
  type Item = { url: string; split?: boolean; chapters?: { url: string }[]; roles?: unknown[] };
  const [documents, strategies, datasets, activities, actors] = await Promise.all(
    ['documents', 'strategies', 'datasets', 'activities', 'actors'].map((f) => readJson<Item[]>(`data/${f}.json`)),
  );
  const plan = documents.find((d) => d.split) ?? documents[0];
  return {
    forside: '/',
    dokument: plan?.url,
    kapittel: documents.find((d) => d.split)?.chapters?.[1]?.url.split('#')[0],
    strategi: strategies.find((s) => (s as { actions?: unknown[] }).actions?.length)?.url ?? strategies[0]?.url,
    tabell: datasets[0]?.url,
    aktivitet: activities[0]?.url,
    tema: '/tema/ikt/',
    region: '/regioner/lillehammer-regionen/',
    aktør: [...actors].sort((a, b) => (b.roles?.length ?? 0) - (a.roles?.length ?? 0))[0]?.url,
    tiltak: '/tiltak/',
    'tiltak side 2': '/tiltak/side-2/',
    'tiltak per tema': '/tiltak/tema/ikt/',
    mål: '/mal/',
    'region, hele lista': '/regioner/lillehammer-regionen/strategier/',
    om: '/om/',
    tilgjengelighet: '/tilgjengelighet/',
    'åpne data': '/apne-data/',
    '404': '/denne-siden-finnes-ikke/',
  };
}
