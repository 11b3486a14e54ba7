import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classifyActorName, splitActorNames } from '../src/shared/actor-names.ts';
import { mergeKey } from '../src/pipeline/actor-merge.ts';
import { buildActorRegister } from '../src/pipeline/actors.ts';
import { readActorRegister } from '../src/pipeline/actor-register.ts';
import { isPlaceName } from '../src/pipeline/classify/regions.ts';
import { runIngest } from '../src/pipeline/run.ts';
import type { Actor, Strategy } from '../src/schemas/index.ts';

/**
 * The actor register. The cell names below are copied from the action tables of the Lillehammer
 * plan (seeds/001_58e977c0a6dca80c.txt, line numbers in the comments); what each should become was
 * read from the table, not from the output.
 */
function strategyWith(cells: [string[], string[]][]): Strategy {
  return {
    id: 'd--strategi-1-1', documentId: 'd', chapterId: 'kapittel-1', number: '1.1', title: 'T', description: [], columns: [],
    themes: [], regions: [], url: '/dokumenter/d/strategi-1-1/', source: { file: 'x.txt', lines: [1, 1] },
    actions: cells.map(([responsible, partners], i) => ({
      id: `d--tiltak-1-1-${i + 1}`, anchor: `tiltak-1-1-${i + 1}`, number: `1.1.${i + 1}`, text: 'Gjøre noe', responsible, partners,
      timeframe: { text: '' }, themes: [], warnings: [], source: { file: 'x.txt', lines: [10 + i, 10 + i] },
    })),
  };
}
const register = (cells: [string[], string[]][], acronyms: { short: string; long: string }[] = []) =>
  buildActorRegister([strategyWith(cells)], { acronyms, isPlace: isPlaceName });
const entryOf = (actors: Actor[], spelling: string) => actors.find((a) => a.name === spelling || a.aliases.includes(spelling) || a.acronym === spelling);

describe('splitting a cell into names', () => {
  test('never cuts inside a name', () => {
    expect(splitActorNames('Høgskolene i Lillehammer og Gjøvik')).toEqual(['Høgskolene i Lillehammer og Gjøvik']); // line 563
    expect(splitActorNames('Regionrådet v/regionkoordinator')).toEqual(['Regionrådet v/regionkoordinator']); // lines 1126–1127
    expect(splitActorNames('Lillehammer TV-dramaweek A/S')).toEqual(['Lillehammer TV-dramaweek A/S']); // line 763
    expect(splitActorNames('Produksjonsmiljøet i Hedmark og Oppland')).toEqual(['Produksjonsmiljøet i Hedmark og Oppland']);
  });

  test('cuts at «og» between two complete names, and at «+» and «/»', () => {
    expect(splitActorNames('De tre kommunene og Lillehammer Kunnskapspark')).toEqual(['De tre kommunene', 'Lillehammer Kunnskapspark']);
    expect(splitActorNames('Gausdal Næringsforum og Øyer næringsråd')).toEqual(['Gausdal Næringsforum', 'Øyer næringsråd']);
    expect(splitActorNames('Landbrukskontoret og næringssektore')).toEqual(['Landbrukskontoret', 'næringssektore']); // line 1954–1955
    expect(splitActorNames('Hunderfossen Hotel & Resort + SG generelt')).toEqual(['Hunderfossen Hotel & Resort', 'SG']); // line 1194
    expect(splitActorNames('Visit Lillehammer/ arrangementskoordinator')).toEqual(['Visit Lillehammer', 'arrangementskoordinator']);
    expect(splitActorNames('Litteraturfestivalen eller Lillehammer TV-Drama Week')).toEqual(['Litteraturfestivalen', 'Lillehammer TV-Drama Week']);
  });

  test('drops remarks after a name', () => {
    expect(splitActorNames('WC Kvitfjell m.fl')).toEqual(['WC Kvitfjell']);
    expect(splitActorNames('Sentrumsforeninger og lignende')).toEqual(['Sentrumsforeninger']);
    expect(splitActorNames('HiL (programkomite med repr fra samarbeidspartnerne)')).toEqual(['HiL']);
  });
});

describe('what a name is', () => {
  const cases: [string, string][] = [
    ['Innovasjon Norge', 'organisation'], ['Lillehammer kommune', 'organisation'], ['Regionrådet', 'organisation'], ['LRU', 'organisation'],
    ['Snowball', 'organisation'], ['Lillehammer TV-dramaweek A/S', 'organisation'], ['Høgskolene i Lillehammer og Gjøvik', 'organisation'],
    ['regionkoordinator', 'role'], ['arrangements-koordinator', 'role'], ['Regionmarkedsføreren', 'role'], ['Næringssjef Lillehammer kommune', 'role'],
    ['Kommunene', 'group'], ['De tre kommunene', 'group'], ['Bedriftene', 'group'], ['næringslivet', 'group'], ['Arrangører', 'group'],
    ['IKT-bedriftene', 'group'], ['Grunneiere', 'group'], ['den lokale film- og TV-bransjen', 'group'], ['kommunane', 'group'],
    ['Regionmarkedsføring i regional næringsplan', 'phrase'], ['klubber samt arrangementsmiljøer som Birkebeinerarrangementene', 'phrase'],
    ['Relevant næringsaktør avhengig av produksjon', 'phrase'], ['Arbeidsgruppe i SG: Maihaugen', 'phrase'], ['Kommer an på tema', 'phrase'],
    ['Gjøvik', 'place'], ['Oppland', 'place'],
  ];
  test.each(cases)('«%s» is read as %s', (name, kind) => {
    expect(classifyActorName(name, isPlaceName).kind).toBe(kind);
  });
});

describe('merging spellings into one register entry', () => {
  test('merges hyphenation, endings, case and spelling slips, and lists the other spellings as aliases', () => {
    const { actors } = register([
      [['IKT bedriftsnettverket'], ['IKT bedriftsnettverk']], // lines 1689, 1713
      [['Regionmarkedsfører'], ['Regionmarkedsføreren']],
      [['VL/arrangements-koordinator'], ['Visit Lillehammer/ arrangementskoordinator']],
      [['LRU'], ['Ungt entrenørskap', 'Ungt Entreprenørskap']], // lines 499, 568
      [['Næringsliv'], ['næringslivet']],
    ]);
    for (const [a, b] of [['IKT bedriftsnettverket', 'IKT bedriftsnettverk'], ['Regionmarkedsfører', 'Regionmarkedsføreren'], ['arrangements-koordinator', 'arrangementskoordinator'], ['Ungt entrenørskap', 'Ungt Entreprenørskap'], ['Næringsliv', 'næringslivet']]) {
      expect(entryOf(actors, a), `${a} = ${b}`).toBeDefined();
      expect(entryOf(actors, a)).toBe(entryOf(actors, b));
    }
    expect(entryOf(actors, 'arrangementskoordinator')).toMatchObject({ name: 'arrangementskoordinator', kind: 'role' });
    expect(entryOf(actors, 'Næringsliv')).toMatchObject({ kind: 'group' });
    expect(entryOf(actors, 'Næringsliv')?.url).toBeUndefined();
    expect(entryOf(actors, 'Ungt entrenørskap')?.uncertain?.reason).toContain('skrivefeil');
  });

  test('merges an acronym with its expansion and a name with a qualifier with the name', () => {
    const { actors } = register(
      [[['Lillehammer-regionen utvikling (LRU)'], []], [['LRU med egen stimulator'], ['LKP']], [['LRU og LKP'], ['Lillehammer Kunnskapspark']], [['HiL'], ['HiL for høyere utdanning']]],
      [{ short: 'LRU', long: 'Lillehammer-regionen utvikling' }],
    );
    expect(entryOf(actors, 'LRU')).toMatchObject({ name: 'Lillehammer-regionen utvikling', acronym: 'LRU', url: '/aktorer/lillehammer-regionen-utvikling/' });
    expect(entryOf(actors, 'LRU med egen stimulator')).toBe(entryOf(actors, 'LRU'));
    expect(entryOf(actors, 'LKP')).toMatchObject({ name: 'Lillehammer Kunnskapspark', acronym: 'LKP' });
    expect(entryOf(actors, 'HiL for høyere utdanning')).toMatchObject({ name: 'HiL' });
  });

  test('a name it cannot place is no actor and is reported with its file and line', () => {
    const { actors, diagnostics } = register([[['Regionmarkedsføring i regional næringsplan'], ['Gjøvik']]]);
    expect(actors).toEqual([]);
    expect(diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual(['x.txt:10', 'x.txt:10']);
    expect(diagnostics[0].message).toContain('Regionmarkedsføring i regional næringsplan');
  });
});

describe('the register file (seeds/actors.yaml)', () => {
  test('merges, splits, kinds and not-actors from the file win over the reading', () => {
    const file = readActorRegister('seeds/actors.yaml', [
      'actors:', '  - name: Høgskolen i Lillehammer', '    acronym: HiL', '  - name: Personalforum', '    kind: group',
      'split:', '  - name: Skeikampen og Gålå', '    into: [Skeikampen, Gålå]', 'notActors: [Snowball]',
    ].join('\n'));
    const { actors } = buildActorRegister([strategyWith([[['HiL'], ['Personalforum', 'Skeikampen og Gålå', 'Snowball']]])], { acronyms: [], register: file });
    expect(entryOf(actors, 'HiL')).toMatchObject({ name: 'Høgskolen i Lillehammer', acronym: 'HiL' });
    expect(entryOf(actors, 'Personalforum')?.kind).toBe('group');
    expect(['Skeikampen', 'Gålå'].map((n) => entryOf(actors, n)?.name)).toEqual(['Skeikampen', 'Gålå']);
    expect(entryOf(actors, 'Snowball')).toBeUndefined();
  });

  test('an error names the file and the line of the entry', () => {
    expect(() => readActorRegister('seeds/actors.yaml', 'actors:\n  - name: LRU\n    kind: firma\n')).toThrowErrorMatchingInlineSnapshot(`[IngestError: seeds/actors.yaml:3: feltet «actors.0.kind»: Invalid option: expected one of "organisation"|"role"|"group"]`);
    expect(() => readActorRegister('seeds/actors.yaml', 'split:\n  - name: A og B\n    into: [A]\n')).toThrowError(/^seeds\/actors\.yaml:3: /);
    expect(() => readActorRegister('seeds/actors.yaml', 'merges: []\n')).toThrowError(/^seeds\/actors\.yaml:1: /);
  });
});

/**
 * The register on the seeds build, checked by rules rather than by a list:
 * - a fragment ends with a lone letter or a joining word (`Regionrådet v`, `… TV-dramaweek A`, `… og`),
 *   has unbalanced brackets, or ends with a word that is the start of another entry's word (`næringssektore`);
 * - a duplicate is two entries whose names or aliases fold to the same key, or to the same key after a
 *   definite/plural ending, or an acronym listed in one entry and the name of another;
 * - a phrase is a name with a clause (`som`, `avhengig av`, `:`, `+`) or one the register reads as no actor.
 */
describe('the actor register on the seeds build', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'planvev-actors-'));
  const result = await runIngest('seeds', out);
  const actors: Actor[] = JSON.parse(readFileSync(path.join(out, 'data/actors.json'), 'utf8'));
  const spellings = (a: Actor) => [a.name, ...a.aliases, ...(a.acronym ? [a.acronym] : [])];

  test('ingests', () => expect(result.errors).toEqual([]));

  test('has no fragments', () => {
    const wordsOf = (a: Actor) => a.name.toLocaleLowerCase('nb').split(/\s+/);
    const fragments = actors.filter((a) => {
      const last = wordsOf(a).pop()!;
      if (/\s\p{L}$/u.test(a.name) || /\s(?:og|i|for|v|ved|som|med|samt)$/iu.test(a.name)) return true;
      if ((a.name.match(/\(/g) ?? []).length !== (a.name.match(/\)/g) ?? []).length) return true;
      // a definite ending cut by a letter (`næringssektore` for `næringssektoren`) that no other entry writes
      const others = actors.filter((o) => o !== a).flatMap(wordsOf);
      return last.endsWith('e') && !others.includes(last) && others.some((w) => w === `${last}n` || w === `${last}t`);
    });
    expect(fragments.map((a) => a.name)).toEqual([]);
  });

  test('has no duplicates', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of actors) {
      for (const key of new Set(spellings(a).map(mergeKey))) {
        const other = owner.get(key);
        if (other && other !== a.id) clashes.push(`${other} = ${a.id} («${key}»)`);
        owner.set(key, a.id);
      }
    }
    for (const [key, id] of owner) {
      for (const e of ['en', 'et', 'ene', 'er', 'a']) {
        const base = owner.get(key.slice(0, -e.length));
        if (key.endsWith(e) && base && base !== id && actors.find((a) => a.id === id)?.kind !== 'group') clashes.push(`${base} ~ ${id} («${key}»)`);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('has no phrases, and every actor page is an organisation or a named role', () => {
    const phrases = actors.filter((a) => /\s(?:som|avhengig av|generelt)\s|[:+]/u.test(a.name) || classifyActorName(a.name, isPlaceName).kind === 'phrase');
    expect(phrases.map((a) => a.name)).toEqual([]);
    expect(actors.filter((a) => a.url && a.kind !== 'organisation' && a.kind !== 'role')).toEqual([]);
    expect(actors.filter((a) => !a.url && a.kind !== 'group')).toEqual([]);
  });

  test('keeps «Høgskolene i Lillehammer og Gjøvik» as one actor and makes no actor of Gjøvik', () => {
    expect(actors.filter((a) => spellings(a).includes('Høgskolene i Lillehammer og Gjøvik'))).toHaveLength(1);
    expect(actors.find((a) => a.name === 'Gjøvik' || a.name === 'Høgskolene i Lillehammer')).toBeUndefined();
  });

  test('puts the acronym LRU on the page of Lillehammer-regionen utvikling', () => {
    expect(actors.filter((a) => spellings(a).includes('LRU')).map((a) => [a.name, a.url])).toEqual([['Lillehammer-regionen utvikling', '/aktorer/lillehammer-regionen-utvikling/']]);
  });
});

describe('names from other regions’ tables', () => {
  test('cuts a list whose commas were lost after legal forms and «kommune», never inside a name', () => {
    // tests/corpus/plan-orkland-double-spaced-wrapped-cells: partners one per line without commas
    expect(splitActorNames('TINE SA Nortura SA Felleskjøpet Agri SA')).toEqual(['TINE SA', 'Nortura SA', 'Felleskjøpet Agri SA']);
    expect(splitActorNames('Trøndelag fylkeskommune SINTEF AS')).toEqual(['Trøndelag fylkeskommune', 'SINTEF AS']);
    expect(splitActorNames('Vest-Telemarkrådet Kommunene')).toEqual(['Vest-Telemarkrådet', 'Kommunene']);
    expect(splitActorNames('Museene i Sør-Trøndelag AS (MiST)')).toEqual(['Museene i Sør-Trøndelag AS (MiST)']);
    expect(splitActorNames('Næringshagen i Vest-Telemark AS')).toEqual(['Næringshagen i Vest-Telemark AS']);
  });

  test('a sum line or an action text in an actor cell is no actor', () => {
    expect(classifyActorName('Sum satsingsområde 3.1 1 820').kind).toBe('phrase');
    expect(classifyActorName('Etablere felles mottak').kind).toBe('phrase');
    expect(classifyActorName('Museene i Sør-Trøndelag AS').kind).toBe('organisation');
    expect(classifyActorName('Samarbeidspartnarar').kind).toBe('group');
    // tests/corpus-extra/plan-nord-gudbrandsdal-interleaved-five-columns: a timeframe cut into the partner cell
    for (const n of ['Innen utgangen 200', 'Høst 2014', 'Innan juni 2025', '2024–2025']) expect(classifyActorName(n).kind, n).toBe('phrase');
  });
});
