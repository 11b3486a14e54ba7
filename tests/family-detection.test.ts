import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { normaliseText } from '../src/pipeline/normalise.ts';
import { decideFamily, describeDecision, scoreFamilies } from '../src/pipeline/families/detect.ts';
import { processDocument } from '../src/pipeline/process.ts';
import { FAMILY_CUES } from '../src/vocabulary/families.ts';
import { familyDocumentFixtures, FIXTURE_PREFIX_FAMILY } from './helpers/fixture-documents.ts';

const root = path.join(import.meta.dirname, '..');
const linesOf = (text: string) => normaliseText('x.txt', text).lines;
const familyOfFile = (file: string) => decideFamily(linesOf(readFileSync(file, 'utf8'))).family;

describe('family detection by evidence', () => {
  test('the seeds get their family from their own text, without a sidecar', () => {
    const want = ['workshop-notes', 'plan', 'programme-report', 'case-document', 'meeting-agenda'];
    const seeds = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
    expect(seeds.map((f) => familyOfFile(path.join(root, 'seeds', f)))).toEqual(want);
  });

  test('every family fixture gets the family whose folder holds it', () => {
    const fixtures = familyDocumentFixtures();
    expect(fixtures.length).toBeGreaterThan(10);
    for (const f of fixtures) expect([f.name, familyOfFile(path.join(root, f.input))]).toEqual([f.name, f.family]);
  });

  test('family fixtures live beside their family (src/pipeline/families/<family>/fixtures/), not in tests/fixtures', () => {
    const prefixes = Object.keys(FIXTURE_PREFIX_FAMILY);
    const stray = readdirSync(path.join(root, 'tests/fixtures')).filter((d) => prefixes.some((p) => d.startsWith(`${p}-`)));
    expect(stray).toEqual([]);
  });

  test('a nynorsk agenda whose items each carry «Framlegg til vedtak» is an agenda, not a case document', () => {
    const text = ['Møteinnkalling', '', 'Møtestad: Rådhuset', 'Dato: 13.03.2025', '', 'Saksliste', 'PS 1/25 Godkjenning av innkalling og saksliste', 'PS 2/25 Næringsplan', 'RS 1/25 Referatsaker', '',
      'PS 1/25 Godkjenning av innkalling og saksliste', 'Framlegg til vedtak:', 'Godkjend.', '', 'PS 2/25 Næringsplan', 'Saksbehandlar: Liv Solheim Arkivsaksnr.: 25/41', 'Framlegg til vedtak:', 'Planen vert vedteken.'].join('\n');
    const d = decideFamily(linesOf(text));
    expect(d.family).toBe('meeting-agenda');
    expect(d.hits.map((h) => h.cue)).toContain('Sak/PS/RS n/yy');
    expect(d.totals['case-document']).toBeGreaterThan(0);
  });

  test('a nynorsk case document with its letterhead and «Framlegg til vedtak» is a case document', () => {
    const text = ['STORD KOMMUNE', '', 'Saksframlegg', '', 'Saksbehandlar: Astrid Vågen Arkiv: FE-140', '', 'Samandrag:', 'Tekst.', '', 'Framlegg til vedtak:', '1. Kommunen deltek.'].join('\n');
    expect(decideFamily(linesOf(text)).family).toBe('case-document');
  });

  test('a text with no cues is plain, and the decision says no family reached the threshold', () => {
    const d = decideFamily(linesOf('Notat\n\nLøs tekst uten overskrifter.\n'));
    expect(d).toMatchObject({ family: 'plain', by: 'none' });
    expect(describeDecision(d)).toContain('ingen familie nådde terskelen');
  });

  test('a cue counts each matching line up to its maximum, and only from its minimum', () => {
    const groups = FAMILY_CUES.find((c) => c.name === 'Gruppe A/1')!;
    expect(scoreFamilies(linesOf('Gruppe A\n'), [groups]).hits).toEqual([]);
    const hit = scoreFamilies(linesOf('Gruppe A\nGruppe B\nGruppe C\nGruppe D\nGruppe E\nGruppe F\n'), [groups]).hits[0];
    expect(hit).toMatchObject({ count: 6, score: (groups.max ?? 1) * groups.weight, lines: [1, 2, 3, 4, 5] });
  });

  test('the sidecar decides: «family:» first, then «kind:»', () => {
    const text = 'Saksframlegg\n\nArkivsak: 24/1\nForslag til vedtak:\n1. Ja.\n';
    const bytes = new TextEncoder().encode(text);
    expect(processDocument({ file: 'a.txt', bytes }).family).toBe('case-document');
    const byKind = processDocument({ file: 'a.txt', bytes, sidecar: { id: 'a', kind: 'sakskart' } });
    expect(byKind.family).toBe('meeting-agenda');
    expect(byKind.familyDecision.by).toBe('sidecar-kind');
    const byFamily = processDocument({ file: 'a.txt', bytes, sidecar: { id: 'a', kind: 'sakskart', family: 'plain' } });
    expect(byFamily.family).toBe('plain');
    expect(byFamily.familyDecision.by).toBe('sidecar-family');
  });

  test('the report names the cues that decided, with their scores and lines', () => {
    const p = processDocument({ file: 'a.txt', bytes: new TextEncoder().encode('Saksframlegg\n\nArkivsak: 24/1\n') });
    const d = p.familyDecision;
    expect(d.hits).toEqual(expect.arrayContaining([expect.objectContaining({ cue: 'Saksframlegg (tittel)', lines: [1] }), expect.objectContaining({ cue: 'Arkivsak/Arkiv:', lines: [3] })]));
    expect(p.diagnostics.map((x) => x.message)).toContainEqual(expect.stringMatching(/^gjenkjent som case-document \(avgjort av kjennetegn i teksten, poeng 5\): Saksframlegg \(tittel\) ×1 \+3, Arkivsak\/Arkiv: ×1 \+2/));
  });
});
