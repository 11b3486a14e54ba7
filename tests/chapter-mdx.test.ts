import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { processDocument } from '../src/pipeline/process.ts';
import { renderChapterMdx, toChapterBlock } from '../src/pipeline/render/mdx.ts';
import { parseChapterMdx } from '../src/lib/chapter-mdx.ts';
import { chapterEntrySchema } from '../src/schemas/chapter-body.ts';
import { CORPUS, CORPUS_EXTRA, corpusSlugs, processCorpusDocument } from './helpers/corpus-score.ts';

/** Every chapter of the seeds and of both corpora, as the ingest writes them. */
function allDocuments() {
  const seeds = ['000_f4cd6d401eed3491', '001_58e977c0a6dca80c', '002_8f919864899941c2', '003_cdd5c87f05ecfe6d', '004_5318a11f292122d6'].map(
    (n) => processDocument({ file: `seeds/${n}.txt`, bytes: readFileSync(`seeds/${n}.txt`) }).document,
  );
  const corpus = [CORPUS, CORPUS_EXTRA].flatMap((dir) => corpusSlugs(dir).map((s) => processCorpusDocument(s, dir).processed!.document));
  return [...seeds, ...corpus];
}

describe('chapter MDX files are read back as data', () => {
  const documents = allDocuments();

  test('every chapter of the seeds and the corpora reads back to the blocks it was written from', () => {
    let chapters = 0;
    for (const doc of documents) {
      doc.chapters.forEach((chapter, order) => {
        const { frontmatter, body } = parseChapterMdx(renderChapterMdx(doc, chapter, order), `${doc.id}/${chapter.id}.mdx`);
        expect(body).toEqual(chapter.body.map(toChapterBlock));
        const entry = chapterEntrySchema.parse({ ...(frontmatter as object), body });
        expect([entry.documentId, entry.chapterId, entry.order, entry.title]).toEqual([doc.id, chapter.id, order, chapter.title]);
        chapters++;
      });
    }
    expect(documents.length).toBeGreaterThanOrEqual(25);
    expect(chapters).toBeGreaterThan(100);
  });

  test('text that looks like code reads back as the same text', () => {
    const text = "import x from 'y' {process.exit(1)} <script>alert(1)</script> &#105; \\ `a` 50 % – «sitat»";
    const doc = documents[0];
    const chapter = { ...doc.chapters[0], body: [{ type: 'paragraph' as const, text, source: doc.chapters[0].source }, { type: 'list' as const, ordered: true, items: ['- ikke en liste', '1. heller ikke'], source: doc.chapters[0].source }] };
    const { body } = parseChapterMdx(renderChapterMdx(doc, chapter, 0), 'x.mdx');
    expect(body).toEqual([
      { type: 'paragraph', inline: [{ t: 'text', v: text }] },
      { type: 'list', ordered: true, items: [[{ t: 'text', v: '- ikke en liste' }], [{ t: 'text', v: '1. heller ikke' }]] },
    ]);
  });

  test('links and footnote markers inside text become runs', () => {
    const mdx = '---\nchapterId: a\n---\n\nSe <Link href={"https://a.no/"} text={"a.no"} />\\. Merket<Fn n={"2"} /> her\\.\n';
    expect(parseChapterMdx(mdx, 'x.mdx').body).toEqual([
      { type: 'paragraph', inline: [{ t: 'text', v: 'Se ' }, { t: 'link', href: 'https://a.no/', v: 'a.no' }, { t: 'text', v: '. Merket' }, { t: 'fn', n: '2' }, { t: 'text', v: ' her.' }] },
    ]);
  });

  test.each([
    ['an unknown component', '<Script src={"x"} />', /x\.mdx:7: ukjent komponent <Script>/],
    ['an unescaped < in text', 'Tekst <b>fet</b>', /x\.mdx:7: «<» uten komponentnavn/],
    ['an attribute that is not JSON', '<Heading level={2} id={a} number={""} text={"T"} />', /x\.mdx:7: attributtverdien er ikke et JSON-uttrykk/],
    ['a component with wrong attributes', '<Heading level={9} id={"a"} number={""} text={"T"} />', /x\.mdx:7: <Heading> har feil attributter: level/],
    ['a list line among text lines', '- punkt\nikke et punkt', /x\.mdx:7: en liste der ikke hver linje/],
    ['an unclosed component', '<StrategyRef id={"s1"}', /x\.mdx:7: komponenten <StrategyRef> må lukkes med \/>/],
  ])('%s stops with the file and the line', (_name, block, message) => {
    // line 5 is the first paragraph, line 7 the block under test
    const mdx = `---\nchapterId: a\n---\n\nFørste avsnitt\\.\n\n${block}\n`;
    expect(() => parseChapterMdx(mdx, 'x.mdx')).toThrow(message);
  });

  test('a file without frontmatter stops at line 1', () => {
    expect(() => parseChapterMdx('Tekst\n', 'kap.mdx')).toThrow(/kap\.mdx:1: filen må starte med frontmatter/);
  });
});
