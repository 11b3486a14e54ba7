import { describe, expect, test } from 'vitest';
import { IdMaker } from '../src/pipeline/families/prose.ts';
import { pairsClosingCells } from '../src/pipeline/extract/actor-lexicon.ts';
import type { SourceLine } from '../src/pipeline/types.ts';

const line = (text: string, no = 1): SourceLine => ({ no, text, raw: text, indented: false, bullet: false });

describe('heading ids made with a counter per base', () => {
  test('a repeated heading gets -2, -3, … in order', () => {
    const ids = new IdMaker();
    expect(['Bakgrunn', 'Mål', 'Bakgrunn', 'Bakgrunn', 'Mål'].map((h) => ids.make(h))).toEqual(['bakgrunn', 'mal', 'bakgrunn-2', 'bakgrunn-3', 'mal-2']);
  });

  test('a heading whose own slug looks like a numbered repeat is skipped over, not reused', () => {
    const ids = new IdMaker();
    expect(ids.make('Mål')).toBe('mal');
    expect(ids.make('Mål 2')).toBe('mal-2');
    expect(ids.make('Mål')).toBe('mal-3');
    expect(ids.make('Mål')).toBe('mal-4');
  });

  test('ten thousand repeats of one heading take well under a second', () => {
    const ids = new IdMaker();
    const start = performance.now();
    for (let i = 0; i < 10_000; i++) ids.make('Bakgrunn');
    expect(ids.make('Bakgrunn')).toBe('bakgrunn-10001');
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('word pairs that close a table cell, collected in one pass', () => {
  test('a pair before a comma closes a cell', () => {
    const keys = pairsClosingCells([[line('Hønefoss stasjon Ringerike kommune Bane NOR, Jernbanedirektoratet')]]);
    expect(keys.has('bane nor')).toBe(true);
    expect(keys.has('ringerike kommune')).toBe(false);
  });

  test('the last two words of a line close a cell when one plain space separates them', () => {
    expect(pairsClosingCells([[line('Regionrådet Innovasjon Norge')]]).has('innovasjon norge')).toBe(true);
    expect(pairsClosingCells([[line('Regionrådet Innovasjon\tNorge')]]).has('innovasjon norge')).toBe(false);
  });

  test('spaces inside a line are collapsed before looking for a comma', () => {
    expect(pairsClosingCells([[line('LRU  Visit   Lillehammer, Kommunene')]]).has('visit lillehammer')).toBe(true);
  });
});
