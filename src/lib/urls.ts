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
  /** An open-data file. @example urls.dataFile('strategies.json') // '/data/strategies.json' */
  dataFile: (name: string) => `/data/${name}`,
  /** JSON Schema of an open-data file. @example urls.dataSchema('strategies') // '/data/schemas/strategies.schema.json' */
  dataSchema: (name: string) => `/data/schemas/${name}.schema.json`,
};

/**
 * The last path segment of an item URL: the id local to its document, also used as an anchor.
 * @example localId('/dokumenter/plan-x/strategi-2-1/') // 'strategi-2-1'
 */
export function localId(url: string): string {
  return url.split('#')[0].split('/').filter(Boolean).pop() ?? '';
}

/** The anchor of a URL with a fragment. @example anchorOf('/dokumenter/x/kapittel-3/#mal-1') // 'mal-1' */
export function anchorOf(url: string): string | undefined {
  return url.split('#')[1] || undefined;
}
