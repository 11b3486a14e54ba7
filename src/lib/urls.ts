/**
 * Every site URL is built here, so data files, pages and link checks agree.
 * URLs end with a slash (Astro's directory format).
 */
export const urls = {
  home: () => '/',
  documents: () => '/dokumenter/',
  document: (docId: string) => `/dokumenter/${docId}/`,
  chapter: (docId: string, chapterId: string) => `/dokumenter/${docId}/${chapterId}/`,
  /** @example urls.strategy('plan-x', 'strategi-2-1') // '/dokumenter/plan-x/strategi-2-1/' */
  strategy: (docId: string, localId: string) => `/dokumenter/${docId}/${localId}/`,
  dataset: (docId: string, localId: string) => `/dokumenter/${docId}/${localId}/`,
  activity: (docId: string, localId: string) => `/dokumenter/${docId}/${localId}/`,
  theme: (id: string) => `/tema/${id}/`,
  themes: () => '/tema/',
  region: (id: string) => `/regioner/${id}/`,
  regions: () => '/regioner/',
  actor: (id: string) => `/aktorer/${id}/`,
  actors: () => '/aktorer/',
  actions: () => '/tiltak/',
  goals: () => '/mal/',
  search: () => '/sok/',
  openData: () => '/apne-data/',
  about: () => '/om/',
  accessibility: () => '/tilgjengelighet/',
};
