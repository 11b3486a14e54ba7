/**
 * Every site URL is built here, so data files, pages and link checks agree.
 * URLs end with a slash (Astro's directory format) and start with the base path the site is served
 * under (`/` by default, `/planvev/` when configured; see src/lib/site-config.ts).
 */

/** `/planvev` → `/planvev/`; empty → `/`. */
export function normaliseBasePath(base: string): string {
  const b = `/${base.trim().replace(/^\/+|\/+$/g, '')}/`;
  return b === '//' ? '/' : b;
}

/**
 * The base path: Astro's BASE_URL in pages and browser scripts, PLANVEV_BASE in the ingest
 * (scripts/build.ts sets it from the configuration, so data files and pages agree).
 */
export function basePath(): string {
  const vite = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL;
  const env = typeof process === 'undefined' ? undefined : process.env.PLANVEV_BASE;
  return normaliseBasePath(env ?? vite ?? '/');
}

/** A root-relative site path under the base path. @example withBase('/favicon.svg') // '/planvev/favicon.svg' under /planvev/ */
export function withBase(sitePath: string, base = basePath()): string {
  return sitePath.startsWith('/') ? base + sitePath.slice(1) : sitePath;
}

/** A URL under the base path without it: the path of the file in dist/. @example withoutBase('/planvev/tema/', '/planvev/') // '/tema/' */
export function withoutBase(url: string, base = basePath()): string {
  return base !== '/' && url.startsWith(base) ? url.slice(base.length - 1) : url;
}

const at = withBase;
export const urls = {
  home: () => at('/'),
  documents: () => at('/dokumenter/'),
  document: (docId: string) => at(`/dokumenter/${docId}/`),
  chapter: (docId: string, chapterId: string) => at(`/dokumenter/${docId}/${chapterId}/`),
  /** @example urls.strategy('plan-x', 'strategi-2-1') // '/dokumenter/plan-x/strategi-2-1/' */
  strategy: (docId: string, localId: string) => at(`/dokumenter/${docId}/${localId}/`),
  dataset: (docId: string, localId: string) => at(`/dokumenter/${docId}/${localId}/`),
  activity: (docId: string, localId: string) => at(`/dokumenter/${docId}/${localId}/`),
  theme: (id: string) => at(`/tema/${id}/`),
  themes: () => at('/tema/'),
  region: (id: string) => at(`/regioner/${id}/`),
  regions: () => at('/regioner/'),
  actor: (id: string) => at(`/aktorer/${id}/`),
  actors: () => at('/aktorer/'),
  actions: () => at('/tiltak/'),
  goals: () => at('/mal/'),
  search: () => at('/sok/'),
  openData: () => at('/apne-data/'),
  about: () => at('/om/'),
  accessibility: () => at('/tilgjengelighet/'),
  /** An open-data file. @example urls.dataFile('strategies.json') // '/data/strategies.json' */
  dataFile: (name: string) => at(`/data/${name}`),
  /** JSON Schema of an open-data file. @example urls.dataSchema('strategies') // '/data/schemas/strategies.schema.json' */
  dataSchema: (name: string) => at(`/data/schemas/${name}.schema.json`),
  /** The search index bundle. */
  pagefind: () => at('/pagefind/pagefind.js'),
  /** A document's original file (PDF or text), published as given. @example urls.originalFile('plan-x', 'pdf') // '/filer/plan-x.pdf' */
  originalFile: (docId: string, ext: string) => at(`/${originalFilePath(docId, ext)}`),
};

/** Where a document's original lies under content/ and dist/. @example originalFilePath('plan-x', 'pdf') // 'filer/plan-x.pdf' */
export function originalFilePath(docId: string, ext: string): string {
  return `filer/${docId}.${ext}`;
}

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
