import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { lastChangeBySeed } from '../src/shared/git-dates.ts';
import { lastChanged } from '../src/lib/document-status.ts';
import { allPages, htmlText, readJson, readPage } from './helpers/site.ts';
import { formatDateNb } from '../src/lib/format.ts';

type Node = Record<string, unknown>;
const langValue = (v: unknown) => (v as { '@language': string; '@value': string })['@value'];

describe('what a publisher must say', () => {
  test('about and accessibility pages name owner, contact and feedback, marked as placeholders in a local build', async () => {
    for (const url of ['/om/', '/tilgjengelighet/']) {
      const html = await readPage(url);
      expect(html, url).toContain('<mark class="placeholder">[mangler: owner i planvev.config.yaml]</mark>');
      expect(html, url).toContain('[mangler: feedback i planvev.config.yaml]');
    }
  });
  test('the accessibility statement dates its last check from the test run, and says how to complain', async () => {
    const check = JSON.parse(readFileSync('src/data/accessibility-check.json', 'utf8')) as { date: string };
    const text = htmlText(await readPage('/tilgjengelighet/'));
    expect(text).toContain(`Sist kontrollert ${formatDateNb(check.date)}`);
    expect(text).toMatch(/Tilsynet for universell utforming av IKT/);
    expect(text).toMatch(/Dette fungerer ikke godt nok/);
  });
});

describe('no build internals on public pages', () => {
  test('no page shows a seed file name or carries search-only text', async () => {
    for (const p of await allPages()) {
      const html = await readPage(p);
      expect(htmlText(html), p).not.toMatch(/seeds\/\S+\.(txt|pdf)/);
      expect(html, p).not.toMatch(/<span hidden data-pagefind-weight/);
    }
  });
});

describe('the data licence', () => {
  test('every data file\'s JSON Schema and LISENS.txt state the licence, and /apne-data/ does too', async () => {
    const schemas = readdirSync(`${process.env.PLANVEV_TEST_ROOT}/dist/data/schemas`).filter((f) => f.endsWith('.schema.json'));
    expect(schemas.length).toBeGreaterThanOrEqual(6);
    for (const f of schemas) {
      const schema = await readJson<{ $comment: string; description: string }>(`data/schemas/${f}`);
      expect(schema.$comment, f).toMatch(/^Lisens: Norsk lisens for offentlige data \(NLOD\) 2\.0 \(https:\/\/data\.norge\.no\/nlod\/no\/2\.0\)/);
      expect(schema.description, f).toContain('Lisens:');
    }
    const text = readFileSync(`${process.env.PLANVEV_TEST_ROOT}/dist/data/LISENS.txt`, 'utf8');
    expect(text).toContain('NLOD');
    expect(text).toContain('tiltak.csv');
    expect(htmlText(await readPage('/apne-data/'))).toMatch(/NLOD/);
  });
});

describe('the open-data catalogue', () => {
  test('/data/catalog.jsonld is JSON-LD with every mandatory DCAT-AP-NO property for the catalogue and each dataset', async () => {
    const cat = await readJson<Node>('data/catalog.jsonld');
    expect(cat['@type']).toBe('dcat:Catalog');
    expect((cat['@context'] as Node).dcat).toBe('http://www.w3.org/ns/dcat#');
    for (const key of ['dct:title', 'dct:description']) expect(langValue(cat[key]), key).toBeTruthy();
    expect((cat['dct:publisher'] as Node)['foaf:name']).toBeTruthy();
    expect((cat['dcat:contactPoint'] as Node)['vcard:fn']).toBeTruthy();
    const datasets = cat['dcat:dataset'] as Node[];
    const files = ['documents.json', 'strategies.json', 'goals.json', 'datasets.json', 'activities.json', 'actors.json', 'themes.json', 'regions.json', 'tiltak.csv'];
    expect(datasets.length).toBe(files.length);
    for (const ds of datasets) {
      expect(langValue(ds['dct:title'])).toBeTruthy();
      expect(langValue(ds['dct:description'])).toBeTruthy();
      expect((ds['dct:publisher'] as Node)['foaf:name']).toBeTruthy();
      expect((ds['dcat:contactPoint'] as Node)['vcard:hasEmail']).toBeTruthy();
      expect((ds['dcat:theme'] as Node[]).length).toBeGreaterThan(0);
      expect((ds['dct:license'] as Node)['@id']).toBe('https://data.norge.no/nlod/no/2.0');
      const dist = ds['dcat:distribution'] as Node;
      const access = (dist['dcat:accessURL'] as Node)['@id'] as string;
      expect(files).toContain(access.split('/').pop());
      expect((dist['dcat:mediaType'] as Node)['@id']).toMatch(/\/(application\/json|text\/csv)$/);
      expect(Number((dist['dcat:byteSize'] as Node)['@value'])).toBeGreaterThan(0);
    }
  });
});

describe('document status and dates', () => {
  test('a document page shows the sidecar status as a badge, the ended plan period, the adoption date and the original', async () => {
    const text = htmlText(await readPage('/dokumenter/testnotat-kodeliknende-tekst/'));
    expect(text).toContain('Høringsutkast Planperioden 2020–2024 er over');
    expect(text).toContain('Vedtatt 1. mars 2025');
    expect(await readPage('/dokumenter/testnotat-kodeliknende-tekst/')).toContain('href="https://www.eksempel.no/testnotat.pdf"');
  });
  test('a committed seed has the date of its last commit (reproducible), a seed outside git none', () => {
    const dates = lastChangeBySeed('seeds');
    for (const f of readdirSync('seeds').filter((x) => x.endsWith('.txt'))) expect(dates.get(f.replace(/\.txt$/, '')), f).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(lastChanged('seeds/001_58e977c0a6dca80c.txt')).toBe(dates.get('001_58e977c0a6dca80c'));
    expect(lastChanged('/tmp/ikke-i-git/x.txt')).toBeUndefined();
  });
  test('a plan whose period has ended says so', async () => {
    expect(htmlText(await readPage('/dokumenter/naeringsplan-lillehammer-regionen-2014/'))).toContain('Planperioden 2014–2024 er over');
  });
  test('the document list can be filtered by status without JavaScript: a link per status to its own static list', async () => {
    const html = await readPage('/dokumenter/');
    expect(html).toContain('<a href="/dokumenter/status/horingsutkast/">Høringsutkast (1)</a>');
    const filtered = htmlText(await readPage('/dokumenter/status/horingsutkast/'));
    expect(filtered).toContain('Testnotat med kodeliknende tekst');
    expect(filtered).toContain('1 dokument, de nyeste først');
    expect(filtered).not.toContain('Regional næringsplan for Lillehammer-regionen');
    // the plan whose period ended is listed under that status
    expect(htmlText(await readPage('/dokumenter/status/planperioden-er-over/'))).toMatch(/Lillehammer/);
  });
  test('search pages carry the status as a filter', async () => {
    expect(await readPage('/dokumenter/testnotat-kodeliknende-tekst/')).toContain('<span data-pagefind-filter="status">Høringsutkast</span>');
  });
});
