/**
 * Document furniture and other lines that look short and capitalised but are no headings: letterhead
 * fields, addressee lines, greetings and signatures, phone numbers, e-mail and web addresses, labelled
 * meeting fields, page markers, figures and short phrases around a number (`1,3 % årlig`,
 * `Totalt 79 regioner`), lead-in sentences ending in a colon, list items and broken quotes. Also joins
 * a paragraph that a page break cut in two. Word lists live in `src/vocabulary/letter.ts` and `agenda.ts`.
 */
import { blockOf, type Block } from '../segment.ts';
import { ADDRESSEE, EMAIL, GREETING, LETTERHEAD_LABEL, PAGE_LINE, PHONE, PLACE_AND_DATE, POSTAL, WEB_ADDRESS } from '../../vocabulary/letter.ts';
import { COPY_TO, MEETING_LABELS, ROLE_STEMS } from '../../vocabulary/agenda.ts';

/** A lead-in sentence (`… følgende plan:`) has more words than a labelled heading (`Bakgrunn:`). */
const LEAD_IN_WORDS = 6;
/** Share of a phrase's words that are figures (not years) from which it is a figure, not a heading. */
const FIGURE_SHARE = 1 / 3;

/** A labelled meeting field with its value: `Sted: Oslo rådhus`, `Tid og sted: …`. */
const isMeetingField = (t: string) => Object.values(MEETING_LABELS).some((re) => re.test(t) && t.replace(re, '').trim() !== '');

/** A signature's role line: `Rådmann`, `daglig leder, Fosen regionråd`. */
const ROLE_LINE = new RegExp(`^(?:${[...ROLE_STEMS].sort((a, b) => b.length - a.length).join('|')})(?:\\s*,.*)?$`, 'i');

/** Letter furniture on one line: letterhead, addressee, greeting, contact details, meeting fields, page markers. */
export function isFurnitureLine(text: string): boolean {
  const t = text.trim();
  return [LETTERHEAD_LABEL, GREETING, ADDRESSEE, PHONE, EMAIL, WEB_ADDRESS, POSTAL, PLACE_AND_DATE, COPY_TO, PAGE_LINE, ROLE_LINE].some((re) => re.test(t)) || isMeetingField(t);
}

/** `1,3 % årlig`, `Totalt 79 regioner`: a phrase of which a third or more are figures (years not counted). */
export function isFigurePhrase(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const figures = words.filter((w) => /^[-−+]?\d[\d.,]*%?[:.]?$|^%$/.test(w) && !/^(?:19|20)\d{2}[:.]?$/.test(w)).length;
  return figures > 0 && figures / words.length >= FIGURE_SHARE;
}

/**
 * True when a short block must not become a heading although it is short and capitalised: furniture,
 * a figure phrase, a lead-in sentence ending in a colon, a list item (`2) …`), a quotation left open.
 */
export function isNoHeading(block: Block, text: string): boolean {
  if (block.lines.some((l) => isFurnitureLine(l.text))) return true;
  if (isFigurePhrase(text)) return true;
  if (/:$/.test(text) && text.split(/\s+/).length > LEAD_IN_WORDS) return true;
  if (/^(?:\d{1,2}|[a-zæøå])\)\s/.test(text)) return true;
  return (text.match(/«/g) ?? []).length !== (text.match(/»/g) ?? []).length;
}

/** Words a sentence cannot end with: a line ending so runs on into the next block. */
const OPEN_WORD = /(?:,|\s(?:og|mens|men|som|at|for|av|i|til|med|på|der|eller|samt|fordi|når|om|frå|fra|ved|innen|innan|den|det|de|dei|en|ein|et|eit))$/i;

/** A prose line: long enough that its block is a paragraph, not a heading or a caption. */
const PROSE_LINE = 40;

/**
 * Joins a paragraph that a page break (or a blank line the PDF put in) cut in two: `…halve av
 * Lillehammer, mens` / `Gausdal har hatt en negativ utvikling.` The first part ends open (a comma or
 * a word no sentence ends with) and is prose; the second starts as text, not as a bullet or furniture.
 */
export function joinBrokenParagraphs(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (prev && runsOn(prev, b)) out[out.length - 1] = blockOf([...prev.lines, ...b.lines]);
    else out.push(b);
  }
  return out;
}

/** Whether block `b` continues block `prev`: prose or a list item ending open, then text (a list item's tail may be a lone figure line). */
function runsOn(prev: Block, b: Block): boolean {
  const last = prev.lines[prev.lines.length - 1];
  const first = b.lines[0];
  if (!OPEN_WORD.test(last.text.trim()) || first.bullet || isFurnitureLine(first.text)) return false;
  const inList = prev.lines.some((l) => l.bullet);
  if (inList) return b.lines.length === 1 && !/[:]$/.test(first.text.trim());
  return prev.lines.some((l) => l.text.length >= PROSE_LINE) && /^[\p{L}«"]/u.test(first.text.trim());
}

/** How many short blocks after a greeting still belong to the signature (name, title, organisation). */
const SIGNATURE_BLOCKS = 2;
/** A signature block is short: a few lines of a few words. */
const SIGNATURE_LINE_WORDS = 8;

/** The blocks of a signature: those after a block holding a greeting (`Med vennlig hilsen`), while they stay short. */
export function signatureBlocks(blocks: Block[]): Set<Block> {
  const out = new Set<Block>();
  blocks.forEach((b, i) => {
    if (!b.lines.some((l) => GREETING.test(l.text.trim()))) return;
    for (const next of blocks.slice(i + 1, i + 1 + SIGNATURE_BLOCKS)) {
      if (next.lines.length > 3 || next.lines.some((l) => l.bullet || l.text.trim().split(/\s+/).length > SIGNATURE_LINE_WORDS)) break;
      out.add(next);
    }
  });
  return out;
}
