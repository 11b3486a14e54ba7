import { describe, expect, test } from 'vitest';
import { htmlText, readPage } from './helpers/site.ts';
import { escapeMdxText, inlineToMdx } from '../src/pipeline/render/mdx.ts';

describe('document text is data, never code', () => {
  test('braces, script tags, import and export lines are shown as text on the built page', async () => {
    const html = await readPage('/dokumenter/testnotat-kodeliknende-tekst/');
    const text = htmlText(html);
    expect(text).toContain('{1 + 1}');
    expect(text).toContain('{process.exit(1)}');
    expect(text).toContain("<script>document.title = 'HACKET'; window.__hacked = true;</script>");
    expect(text).toContain("import x from 'y'");
    expect(text).toContain('export const a = 1');
    expect(text).toContain('<b>fet</b>');
    expect(text).toContain('<Component prop={1} />');
    // the markup exists only escaped: no live script with the payload, no bold element from the text
    expect(html).not.toMatch(/<script>document\.title/);
    expect(html).not.toContain('<b>fet</b>');
    expect(html).not.toContain('href="javascript:');
  });

  test('escapeMdxText backslash-escapes every ASCII punctuation character', () => {
    expect(escapeMdxText('{a} <b> #c *d* [e](f) `g`')).toBe('\\{a\\} \\<b\\> \\#c \\*d\\* \\[e\\]\\(f\\) \\`g\\`');
  });

  test('a paragraph starting with import or export is not read as an ES module statement', () => {
    expect(inlineToMdx('import x from y')).toBe('&#105;mport x from y');
    expect(inlineToMdx('Export av varer')).toBe('&#69;xport av varer');
  });
});
