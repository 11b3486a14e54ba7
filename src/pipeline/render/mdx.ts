import { stringify } from 'yaml';
import type { BodyNode, Chapter, PlanDocument } from '../../schemas/index.ts';
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

/** Inline text to MDX: escaped text, links and footnote markers as components. */
export function inlineToMdx(text: string): string {
  const mdx = splitInline(text.trim())
    .map((p) => (p.t === 'text' ? escapeMdxText(p.v) : p.t === 'link' ? `<Link href=${prop(p.href)} text=${prop(p.v)} />` : `<Fn n=${prop(p.n)} />`))
    .join('');
  // a paragraph starting with `import`/`export` would be read as an ES module statement: write its first letter as a character reference
  return mdx.replace(/^(import|export)\b/i, (w) => `&#${w.charCodeAt(0)};${w.slice(1)}`);
}

function nodeToMdx(node: BodyNode): string {
  switch (node.type) {
    case 'heading':
      return `<Heading level=${prop(node.level)} id=${prop(node.id)} number=${prop(node.number ?? '')} text=${prop(node.text)} />`;
    case 'paragraph':
      return inlineToMdx(node.text);
    case 'quote':
      return `> ${inlineToMdx(node.text)}`;
    case 'list':
      return node.items.map((i, n) => `${node.ordered ? `${n + 1}.` : '-'} ${inlineToMdx(i)}`).join('\n');
    case 'table':
      return `<TextTable caption=${prop(node.caption ?? '')} columns=${prop(node.columns)} rows=${prop(node.rows)} />`;
    case 'strategy':
      return `<StrategyRef id=${prop(node.id)} />`;
    case 'dataset':
      return `<DatasetRef id=${prop(node.id)} />`;
    case 'activity':
      return `<ActivityRef id=${prop(node.id)} />`;
    case 'goal':
      return `<GoalRef id=${prop(node.id)} />`;
    case 'footnotes':
      return `<Footnotes items=${prop(node.items.map((i) => ({ n: i.n, text: i.text })))} />`;
  }
}

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
  const body = chapter.body.map(nodeToMdx).join('\n\n');
  return `---\n# GENERERT av scripts/ingest.ts fra ${doc.source.file}. Ikke rediger: rett i seeds/ (sidefil eller rettelser).\n${stringify(front, { lineWidth: 0 })}---\n\n${body}\n`;
}
