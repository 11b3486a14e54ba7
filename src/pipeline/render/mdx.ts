import { stringify } from 'yaml';
import type { BodyNode, Chapter, ChapterBlock, Inline, PlanDocument } from '../../schemas/index.ts';
import { splitInline } from './inline.ts';

/**
 * Escapes document text for MDX: every ASCII punctuation character gets a backslash, so `{`, `<`,
 * `import`/`export` lines, `#`, `*` and `|` are shown as text and never run as JSX or markdown.
 * @example escapeMdxText('{x} <b>') // '\\{x\\} \\<b\\>'
 */
export function escapeMdxText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[!-\/:-@\[-`{-~]/g, (c) => `\\${c}`);
}

/** A value as a JSX expression attribute: a JSON literal, which is data, never code. */
function prop(value: unknown): string {
  return `{${JSON.stringify(value).replace(/\u2028|\u2029/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'))}}`;
}

/** Inline runs to MDX: escaped text, links and footnote markers as components. */
function inlineRunsToMdx(runs: Inline[]): string {
  const mdx = runs.map((p) => (p.t === 'text' ? escapeMdxText(p.v) : p.t === 'link' ? `<Link href=${prop(p.href)} text=${prop(p.v)} />` : `<Fn n=${prop(p.n)} />`)).join('');
  // a paragraph starting with `import`/`export` would be read as an ES module statement: write its first letter as a character reference
  return mdx.replace(/^(import|export)\b/i, (w) => `&#${w.charCodeAt(0)};${w.slice(1)}`);
}

/** Inline text to MDX. @example inlineToMdx('Se {x}') // 'Se \\{x\\}' */
export function inlineToMdx(text: string): string {
  return inlineRunsToMdx(splitInline(text.trim()));
}

/** A body node as the site renders it: text split into runs, provenance left to the data files. */
export function toChapterBlock(node: BodyNode): ChapterBlock {
  // white space folded as the MDX text folds it, so the file reads back to the same runs
  const runs = (text: string) => splitInline(text.trim()).map((r) => (r.t === 'text' ? { ...r, v: r.v.replace(/\s+/g, ' ') } : r));
  switch (node.type) {
    case 'heading':
      return { type: 'heading', level: node.level, id: node.id, number: node.number ?? '', text: node.text };
    case 'paragraph':
    case 'quote':
      return { type: node.type, inline: runs(node.text) };
    case 'list':
      return { type: 'list', ordered: node.ordered, items: node.items.map(runs) };
    case 'table':
      return { type: 'table', caption: node.caption ?? '', columns: node.columns, rows: node.rows };
    case 'footnotes':
      return { type: 'footnotes', items: node.items.map((i) => ({ n: i.n, text: i.text })) };
    default:
      return { type: node.type, id: node.id };
  }
}

/** One block as MDX; `src/lib/chapter-mdx.ts` reads it back. */
export function blockToMdx(block: ChapterBlock): string {
  switch (block.type) {
    case 'heading':
      return `<Heading level=${prop(block.level)} id=${prop(block.id)} number=${prop(block.number)} text=${prop(block.text)} />`;
    case 'paragraph':
      return inlineRunsToMdx(block.inline);
    case 'quote':
      return `> ${inlineRunsToMdx(block.inline)}`;
    case 'list':
      return block.items.map((i, n) => `${block.ordered ? `${n + 1}.` : '-'} ${inlineRunsToMdx(i)}`).join('\n');
    case 'table':
      return `<TextTable caption=${prop(block.caption)} columns=${prop(block.columns)} rows=${prop(block.rows)} />`;
    case 'footnotes':
      return `<Footnotes items=${prop(block.items)} />`;
    default:
      return `<${REF_COMPONENT[block.type]} id=${prop(block.id)} />`;
  }
}

/** The component that stands for a referenced record in the MDX text. */
export const REF_COMPONENT = { strategy: 'StrategyRef', dataset: 'DatasetRef', activity: 'ActivityRef', goal: 'GoalRef' } as const;

/**
 * Renders one chapter as an MDX entry: YAML frontmatter (data) and a body of escaped text and
 * component references. The first lines say the file is generated.
 */
export function renderChapterMdx(doc: PlanDocument, chapter: Chapter, order: number): string {
  const front = {
    documentId: doc.id,
    chapterId: chapter.id,
    order,
    number: chapter.number ?? null,
    title: chapter.title,
    themes: chapter.themes,
    source: chapter.source,
  };
  const body = chapter.body.map((n) => blockToMdx(toChapterBlock(n))).join('\n\n');
  return `---\n# GENERERT av scripts/ingest.ts fra ${doc.source.file}. Ikke rediger: rett i seeds/ (sidefil eller rettelser).\n${stringify(front, { lineWidth: 0 })}---\n\n${body}\n`;
}
