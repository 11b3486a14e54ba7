import type { NormalisedDoc, SourceLine } from './types.ts';

/** A run of non-blank lines between blank lines. */
export interface Block {
  lines: SourceLine[];
  first: number;
  last: number;
}

/**
 * Stage 2: splits the normalised lines into blocks at blank lines.
 * @example segmentBlocks(doc).map(b => b.lines.length)
 */
export function segmentBlocks(doc: NormalisedDoc): Block[] {
  const blocks: Block[] = [];
  let cur: SourceLine[] = [];
  const flush = () => {
    if (cur.length) blocks.push(blockOf(cur));
    cur = [];
  };
  for (const line of doc.lines) {
    if (line.text === '') flush();
    else {
      // an indented line marks a page start or a lost bullet: it begins a new block unless it continues a sentence
      if (line.indented && cur.length && !/^[a-zæøå]/.test(line.text)) flush();
      cur.push(line);
    }
  }
  flush();
  return blocks;
}

/**
 * Joins wrapped lines into one string: a line ending in a hyphen before a lower-case
 * continuation is joined without space (keeping the hyphen in compounds like `FoU-miljøene`).
 * @example joinLines(['nærings-', 'utvikling']) // 'næringsutvikling'
 * @example joinLines(['Destinasjon Nord-', 'Østerdal']) // 'Destinasjon Nord-Østerdal'
 * @example joinLines(['langs Telemarks-', 'kanalen']) // 'langs Telemarkskanalen'
 */
export function joinLines(parts: string[]): string {
  let out = '';
  for (const raw of parts) {
    const p = raw.trim();
    if (!p) continue;
    if (!out) {
      out = p;
      continue;
    }
    const m = /(\S*)-$/.exec(out);
    if (m && /^[a-zæøå]/.test(p) && !/\s-$/.test(out)) {
      // keep the hyphen after an abbreviation or capitalised part (FoU-, IKT-, Lillehammer-); drop it in a plain hyphenated word
      // (and after a short abbreviation written lower-case: `tv-` / `utdanningene`)
      // a name joined by a linking s is written closed (`Telemarks-` / `kanalen` → `Telemarkskanalen`), a bare name with a hyphen (`Lillehammer-regionen`)
      const linkingS = /^[A-ZÆØÅ][a-zæøå]{2,}s$/.test(m[1]);
      const keep = (/[A-ZÆØÅ0-9]/.test(m[1]) && !linkingS) || /(og|eller)$/.test(p.split(/\s/)[0]) || /(^|[^a-zæøå])[a-zæøå]{1,3}$/.test(m[1]);
      // `nærings-` / `og bransjeorganisasjonene`: the hyphen stands for a word part, a space follows it
      out = /^(og|eller)\b/.test(p) ? `${out} ${p}` : keep ? out + p : out.slice(0, -1) + p;
    } else if (/[A-Za-zÆØÅæøå]-$/.test(out) && !/\s-$/.test(out) && /^[A-ZÆØÅ][a-zæøå]/.test(p)) {
      // a place name broken at its hyphen: `Destinasjon Nord-` / `Østerdal`, `Midt-` / `Gudbrandsdalen`
      out += p;
    } else {
      out += ' ' + p;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** A block made of consecutive lines. */
export function blockOf(lines: SourceLine[]): Block {
  return { lines, first: lines[0].no, last: lines[lines.length - 1].no };
}

/** What to do with a line when blocks are cut up: keep it, start a new block at it, give it a block of its own, or leave it out. */
export type LineCut = 'keep' | 'break-before' | 'alone' | 'drop';

/**
 * Cuts blocks into smaller ones line by line; a dropped line ends the block it stood in.
 * @example cutBlocks(blocks, (l) => (/^Strategi:/.test(l.text) ? 'break-before' : 'keep'))
 */
export function cutBlocks(blocks: Block[], cut: (line: SourceLine, block: Block) => LineCut): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    let cur: SourceLine[] = [];
    const flush = () => {
      if (cur.length) out.push(blockOf(cur));
      cur = [];
    };
    for (const l of b.lines) {
      const how = cut(l, b);
      if (how === 'drop') {
        flush();
        continue;
      }
      if (how !== 'keep') flush();
      cur.push(l);
      if (how === 'alone') flush();
    }
    flush();
  }
  return out;
}
