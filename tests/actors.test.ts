import { describe, expect, test } from 'vitest';
import { buildActors, isActorName, splitActorNames, splitAcronym } from '../src/pipeline/actors.ts';
import type { Strategy } from '../src/schemas/index.ts';

function strategyWith(rows: [string[], string[]][]): Strategy {
  return {
    id: 'd--strategi-1-1', documentId: 'd', chapterId: 'kapittel-1', number: '1.1', title: 'T', description: [], columns: [],
    themes: [], regions: [], url: '/dokumenter/d/strategi-1-1/', source: { file: 'x', lines: [1, 1] },
    actions: rows.map(([responsible, partners], i) => ({
      id: `d--tiltak-1-1-${i + 1}`, anchor: `tiltak-1-1-${i + 1}`, number: `1.1.${i + 1}`, text: 'Gjøre noe', responsible, partners,
      timeframe: { text: '' }, themes: [], warnings: [], source: { file: 'x', lines: [1, 1] },
    })),
  };
}

describe('actors', () => {
  test('splits cells that name several actors, but not descriptions or shared suffixes', () => {
    expect(splitActorNames('LRU og LKP')).toEqual(['LRU', 'LKP']);
    expect(splitActorNames('Østnorsk Filmsenter/HiL/bransjen')).toEqual(['Østnorsk Filmsenter', 'HiL', 'bransjen']);
    expect(splitActorNames('LRU (evt i samarbeid med Regionrådet i Midt- Gudbrandsdalen)')).toEqual(['LRU']);
    expect(splitActorNames('Lillehammer-regionen utvikling (LRU)[^1]')).toEqual(['Lillehammer-regionen utvikling (LRU)']);
    expect(splitActorNames('Nord- og Sør-Odal')).toEqual(['Nord- og Sør-Odal']);
    expect(splitActorNames('LKP og eksisterende nøkkelbedrifter innen industri')).toEqual(['LKP og eksisterende nøkkelbedrifter innen industri']);
  });

  test('reads an acronym written in parentheses after a name', () => {
    expect(splitAcronym('Høgskolen i Lillehammer (HiL)')).toEqual({ long: 'Høgskolen i Lillehammer', short: 'HiL' });
    expect(splitAcronym('Regionrådet')).toEqual({ long: 'Regionrådet' });
  });

  test('merges an acronym with the name the text defines it for, and counts each role once per action', () => {
    const actors = buildActors(
      [strategyWith([[['Lillehammer-regionen utvikling (LRU)[^1]'], ['Næringsliv']], [['LRU'], ['næringsliv', 'HiL']], [['LRU og LKP'], []]])],
      [{ short: 'LKP', long: 'Lillehammer Kunnskapspark' }],
    );
    const lru = actors.find((a) => a.acronym === 'LRU')!;
    expect(lru.name).toBe('Lillehammer-regionen utvikling');
    expect(lru.roles.map((r) => r.actionId)).toEqual(['d--tiltak-1-1-1', 'd--tiltak-1-1-2', 'd--tiltak-1-1-3']);
    expect(actors.find((a) => a.name === 'Lillehammer Kunnskapspark')?.acronym).toBe('LKP');
    const naeringsliv = actors.filter((a) => a.name.toLowerCase() === 'næringsliv');
    expect(naeringsliv).toHaveLength(1);
    expect(naeringsliv[0].roles.map((r) => r.role)).toEqual(['partner', 'partner']);
  });

  test('remarks and sentences in a responsible cell get no actor page', () => {
    for (const name of ['Innovasjon Norge', 'Lillehammer-regionen utvikling (LRU)', 'De lokale nærings- og bransjeorganisasjonene', 'Skoleverket i kommunene for barne- og ungdomsskole']) expect(isActorName(name), name).toBe(true);
    for (const name of ['Innstilling ved rådmennene. Vedtas av kommunestyrene', 'Kommer an på tema', 'mest sannsynlig også YOG2016', 'Innholdet som skal kommuniseres må identifiseres av partene. Behov for innleid spisskompetanse']) expect(isActorName(name), name).toBe(false);
  });
});
