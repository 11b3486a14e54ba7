/**
 * Reads a generated chapter MDX file (`src/pipeline/render/mdx.ts` writes them) back into data:
 * YAML frontmatter plus body blocks. The files use a small, fixed part of MDX — paragraphs of
 * backslash-escaped text, `-`/`1.` lists, `>` quotes and self-closing components whose attributes
 * are JSON literals — so they are read here as data and rendered by `ChapterBody.astro`, without
 * compiling one MDX module per chapter. Anything outside that part stops with file and line.
 */
import { parse as parseYaml } from 'yaml';
import { chapterBlockSchema, type ChapterBlock, type Inline } from '../schemas/chapter-body.ts';

export class ChapterMdxError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'ChapterMdxError';
  }
}

/** The component names of the MDX text and the block each stands for. */
const BLOCK_OF_COMPONENT: Record<string, ChapterBlock['type']> = {
  Heading: 'heading',
  TextTable: 'table',
  Footnotes: 'footnotes',
  StrategyRef: 'strategy',
  DatasetRef: 'dataset',
  ActivityRef: 'activity',
  GoalRef: 'goal',
};

type Fail = (message: string) => never;

/** Reads one JSON literal that ends at the matching `}`; returns it and where reading stopped. */
function readJsonAttribute(s: string, start: number, fail: Fail): [unknown, number] {
  let depth = 0;
  let inString = false;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === ']' || (c === '}' && depth > 0)) depth--;
    else if (c === '}') {
      try {
        return [JSON.parse(s.slice(start, i)), i + 1];
      } catch {
        fail(`attributtverdien er ikke et JSON-uttrykk: ${s.slice(start, i).slice(0, 60)}`);
      }
    }
  }
  return fail('attributtverdien mangler avsluttende }');
}

/** Reads `<Name a={…} b={…} />` from position `start`; returns name, attributes and the end. */
function readComponent(s: string, start: number, fail: Fail): { name: string; props: Record<string, unknown>; end: number } {
  const head = /^<([A-Z][A-Za-z]*)/.exec(s.slice(start));
  if (!head) fail(`«<» uten komponentnavn (skriv \\< for tegnet)`);
  const props: Record<string, unknown> = {};
  let i = start + head![0].length;
  for (;;) {
    const attr = /^\s+([a-z][A-Za-z]*)=\{/.exec(s.slice(i));
    if (!attr) break;
    const [value, end] = readJsonAttribute(s, i + attr[0].length, fail);
    props[attr[1]] = value;
    i = end;
  }
  const close = /^\s*\/>/.exec(s.slice(i));
  if (!close) fail(`komponenten <${head![1]}> må lukkes med />`);
  return { name: head![1], props, end: i + close![0].length };
}

/**
 * Escaped text with `<Link … />` and `<Fn … />` to inline runs.
 * @example parseInline('Se \\{x\\} <Fn n={"1"} />', fail) // [text 'Se {x} ', fn '1']
 */
export function parseInline(s: string, fail: Fail): Inline[] {
  const runs: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) runs.push({ t: 'text', v: text });
    text = '';
  };
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    const ref = c === '&' ? /^&#(x[0-9a-f]+|\d+);/i.exec(s.slice(i)) : null;
    if (c === '\\' && i + 1 < s.length) (text += s[i + 1]), (i += 2);
    else if (ref) (text += String.fromCodePoint(ref[1][0].toLowerCase() === 'x' ? parseInt(ref[1].slice(1), 16) : Number(ref[1]))), (i += ref[0].length);
    else if (c === '<') {
      const { name, props, end } = readComponent(s, i, fail);
      flush();
      if (name === 'Link' && typeof props.href === 'string' && typeof props.text === 'string') runs.push({ t: 'link', href: props.href, v: props.text });
      else if (name === 'Fn' && typeof props.n === 'string') runs.push({ t: 'fn', n: props.n });
      else fail(`<${name}> kan ikke stå inne i tekst (bare <Link href text /> og <Fn n />)`);
      i = end;
    } else (text += c), i++;
  }
  flush();
  return runs;
}

const LIST_ITEM = /^(-|\d+\.) /;

/** One block (the lines between blank lines) to a body block. */
function parseBlock(lines: string[], fail: Fail): ChapterBlock {
  const first = lines[0];
  if (first.startsWith('<') && !/^<(Link|Fn)\b/.test(first)) {
    const { name, props, end } = readComponent(lines.join(' '), 0, fail);
    if (end !== lines.join(' ').trimEnd().length) fail(`tekst etter <${name} />`);
    const type = BLOCK_OF_COMPONENT[name] ?? fail(`ukjent komponent <${name}>`);
    const block = chapterBlockSchema.safeParse({ type, ...props });
    if (!block.success) fail(`<${name}> har feil attributter: ${block.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    return block.data!;
  }
  if (first.startsWith('> ')) return { type: 'quote', inline: parseInline(lines.map((l) => l.replace(/^> ?/, '')).join(' '), fail) };
  if (LIST_ITEM.test(first)) {
    if (!lines.every((l) => LIST_ITEM.test(l))) fail('en liste der ikke hver linje starter med «- » eller «1. »');
    return { type: 'list', ordered: first[0] !== '-', items: lines.map((l) => parseInline(l.replace(LIST_ITEM, ''), fail)) };
  }
  return { type: 'paragraph', inline: parseInline(lines.join(' '), fail) };
}

/**
 * A chapter MDX file to its frontmatter (unvalidated; the collection schema checks it) and body blocks.
 * @throws ChapterMdxError naming the file and the line
 */
export function parseChapterMdx(source: string, file: string): { frontmatter: unknown; body: ChapterBlock[] } {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== '---') throw new ChapterMdxError(file, 1, 'filen må starte med frontmatter (---)');
  const close = lines.indexOf('---', 1);
  if (close < 0) throw new ChapterMdxError(file, 1, 'frontmatter mangler avsluttende ---');
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(lines.slice(1, close).join('\n'));
  } catch (e) {
    throw new ChapterMdxError(file, 2, `frontmatter er ikke gyldig YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const body: ChapterBlock[] = [];
  let block: string[] = [];
  let blockLine = 0;
  const end = () => {
    if (block.length) body.push(parseBlock(block, (m) => { throw new ChapterMdxError(file, blockLine, m); }));
    block = [];
  };
  lines.slice(close + 1).forEach((line, i) => {
    if (line.trim() === '') return end();
    if (!block.length) blockLine = close + 2 + i;
    block.push(line);
  });
  end();
  return { frontmatter, body };
}
