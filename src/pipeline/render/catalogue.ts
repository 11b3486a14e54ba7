/**
 * The open-data catalogue `/data/catalog.jsonld` (DCAT-AP-NO 3, JSON-LD), so the national data portal
 * (data.norge.no) can harvest the files under /data/. Mandatory properties per the DCAT-AP-NO SHACL
 * shapes (github.com/Informasjonsforvaltning/dcat-ap-no, shacl/dcatapno3-core-shapes.ttl):
 * catalogue — title, description, publisher, contact point; dataset — title, description, publisher,
 * contact point, theme (EU data-theme vocabulary); distribution — access URL; agent — name;
 * contact point — name and e-mail or URL. Licence, media type, download URL, size and modified date
 * are added as recommended/optional properties.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_FILES, type DataFileInfo } from '../../data/data-files.ts';
import { withBase } from '../../lib/urls.ts';
import { lastChangeOfFolder } from '../../shared/git-dates.ts';

/** What the catalogue needs to know about the publisher (src/lib/site-config.ts gives it). */
export interface CataloguePublisher {
  siteName: string;
  owner: string;
  ownerUrl?: string;
  contactEmail: string;
  feedbackHref: string;
  siteUrl: string;
  basePath: string;
  dataLicence: { name: string; url: string };
}

/** EU data themes (publications.europa.eu/resource/authority/data-theme): plans are public-sector economy and regional data. */
const THEMES = ['ECON', 'GOVE', 'REGI'].map((t) => ({ '@id': `http://publications.europa.eu/resource/authority/data-theme/${t}` }));
const nb = (value: string) => ({ '@language': 'nb', '@value': value });

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

/** One dataset per data file, with one distribution. */
function dataset(f: DataFileInfo, p: CataloguePublisher, abs: (u: string) => string, publisher: object, contact: object, modified?: string, size?: number) {
  const url = abs(withBase(`/data/${f.file}`, p.basePath));
  return {
    '@id': `${url}#datasett`,
    '@type': 'dcat:Dataset',
    'dct:title': nb(f.title),
    'dct:description': nb(f.description),
    'dct:publisher': publisher,
    'dcat:contactPoint': contact,
    'dcat:theme': THEMES,
    'dcat:keyword': [nb('næringsplan'), nb('regional utvikling')],
    'dct:license': { '@id': p.dataLicence.url },
    'dcat:landingPage': { '@id': abs(withBase('/apne-data/', p.basePath)) },
    ...(modified ? { 'dct:modified': { '@type': 'xsd:date', '@value': modified } } : {}),
    'dcat:distribution': {
      '@type': 'dcat:Distribution',
      'dct:title': nb(`${f.title} (${f.format})`),
      'dcat:accessURL': { '@id': url },
      'dcat:downloadURL': { '@id': url },
      'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${f.mediaType}` },
      'dct:license': { '@id': p.dataLicence.url },
      ...(f.schema ? { 'dct:conformsTo': { '@id': abs(withBase(`/data/schemas/${f.schema}.schema.json`, p.basePath)) } } : {}),
      ...(size !== undefined ? { 'dcat:byteSize': { '@type': 'xsd:nonNegativeInteger', '@value': String(size) } } : {}),
      ...(modified ? { 'dct:modified': { '@type': 'xsd:date', '@value': modified } } : {}),
    },
  };
}

/** The catalogue as a JSON-LD object; `sizes` by file name, `modified` an ISO date. */
export function catalogue(p: CataloguePublisher, opts: { sizes?: Record<string, number>; modified?: string } = {}) {
  const abs = (u: string) => new URL(u, `${p.siteUrl}/`).href;
  const publisher = { '@type': 'foaf:Agent', 'foaf:name': p.owner, ...(p.ownerUrl ? { 'foaf:homepage': { '@id': p.ownerUrl } } : {}) };
  const contact = { '@type': 'vcard:Organization', 'vcard:fn': p.owner, 'vcard:hasEmail': { '@id': `mailto:${p.contactEmail}` }, ...(/^https?:/.test(p.feedbackHref) ? { 'vcard:hasURL': { '@id': p.feedbackHref } } : {}) };
  return {
    '@context': CONTEXT,
    '@id': abs(withBase('/data/catalog.jsonld', p.basePath)),
    '@type': 'dcat:Catalog',
    'dct:title': nb(`${p.siteName} – åpne data om regionale næringsplaner`),
    'dct:description': nb('Strategier, tiltak, mål, aktører og talltabeller hentet ut av regionale næringsplaner og dokumentene rundt dem, som JSON og CSV.'),
    'dct:publisher': publisher,
    'dcat:contactPoint': contact,
    'dct:license': { '@id': p.dataLicence.url },
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/NOB' },
    'foaf:homepage': { '@id': abs(withBase('/', p.basePath)) },
    ...(opts.modified ? { 'dct:modified': { '@type': 'xsd:date', '@value': opts.modified } } : {}),
    'dcat:dataset': DATA_FILES.map((f) => dataset(f, p, abs, publisher, contact, opts.modified, opts.sizes?.[f.file])),
  };
}

/** Writes `catalog.jsonld` into the published data folder; the date is the seeds' last change in git (reproducible). */
export async function writeCatalogue(dataDir: string, seedsDir: string, p: CataloguePublisher): Promise<void> {
  const sizes: Record<string, number> = {};
  for (const f of DATA_FILES) sizes[f.file] = (await stat(path.join(dataDir, f.file)).catch(() => undefined))?.size ?? 0;
  const modified = lastChangeOfFolder(seedsDir);
  await writeFile(path.join(dataDir, 'catalog.jsonld'), JSON.stringify(catalogue(p, { sizes, modified }), null, 1) + '\n');
  await stampLicence(dataDir, p);
}

/**
 * States the licence in each data file's own metadata: its JSON Schema gets the licence, the
 * publisher and the catalogue in `description` and `$comment` (the data files stay plain arrays and
 * CSV, as their users read them), and `LISENS.txt` beside the files says it for the CSV and for
 * anyone who downloads the folder.
 */
export async function stampLicence(dataDir: string, p: CataloguePublisher): Promise<void> {
  const abs = (u: string) => new URL(u, p.siteUrl).href;
  const catalogueUrl = abs(withBase('/data/catalog.jsonld', p.basePath));
  const line = `Lisens: ${p.dataLicence.name} (${p.dataLicence.url}). Utgiver: ${p.owner}. Katalog: ${catalogueUrl}`;
  for (const f of DATA_FILES.filter((x) => x.schema)) {
    const file = path.join(dataDir, 'schemas', `${f.schema}.schema.json`);
    const schema = JSON.parse(await readFile(file, 'utf8').catch(() => 'null'));
    if (!schema) continue;
    const stamped = { title: f.title, description: `${f.description} ${line}`, $comment: line, ...schema };
    await writeFile(file, JSON.stringify(stamped, null, 1) + '\n');
  }
  const files = DATA_FILES.map((f) => `  ${f.file} – ${f.title}`).join('\n');
  await writeFile(path.join(dataDir, 'LISENS.txt'), `Åpne data fra ${p.siteName}\n\n${line}\n\nFilene:\n${files}\n`);
}
