/**
 * Labels of an activity's fields, read from the vocabulary: matrix row labels (often wrapped over two
 * or three short lines by the PDF) and labelled paragraphs (`Mål: …`, `Milepælar:`, `Status: …`).
 */
import { activityFieldLabels, type ActivityField } from '../../../vocabulary/programme-report.ts';
import { wordAlternation } from '../../../vocabulary/time.ts';
import { joinLines } from '../../segment.ts';

/** One pattern per field: a head, an optional tail, an optional colon. */
const FIELD_PATTERNS: [ActivityField, RegExp][] = activityFieldLabels.map(({ field, heads, tails }) => [
  field,
  new RegExp(`^(?:${wordAlternation(heads)})${tails.length ? `(?:\\s+(?:${wordAlternation(tails)}))?` : ''}(?:\\s*:)?`, 'u'),
]);

/** A number and a colon, dash or dot right after a milestone word: a numbered milestone, not the list's label. */
const NUMBERED_ITEM = /^\s+\d{1,2}\s*[:.)–-]\s/u;
/** Longest lines a wrapped label's leading lines may have (they hold label words only). */
const WRAPPED_LABEL_LINE_MAX = 25;
/** Lines a matrix label may wrap over. */
const LABEL_LINES_MAX = 3;

/** A label found at a line: its field, the lines it uses, the label as written and the text after it on its line. */
export interface LabelMatch {
  field: ActivityField;
  used: number;
  label: string;
  rest: string;
  /** The label ended in a colon (`Status: …`): a labelled paragraph rather than a matrix row. */
  colon: boolean;
}

/** A field label starting at the first of `texts` (it may wrap over up to three short lines). */
export function matchLabel(texts: string[]): LabelMatch | undefined {
  if (!texts.length || !/^\p{Lu}/u.test(texts[0])) return undefined;
  for (let k = Math.min(LABEL_LINES_MAX, texts.length); k >= 1; k--) {
    if (texts.slice(0, k - 1).some((t) => t.length > WRAPPED_LABEL_LINE_MAX)) continue;
    const found = labelIn(joinLines(texts.slice(0, k)), k > 1 ? joinLines(texts.slice(0, k - 1)).length : 0);
    // a wrapped label ends where its last line ends: no content on the second or third line
    if (found && !(k > 1 && found.rest)) return { ...found, used: k };
  }
  return undefined;
}

/** The first field label at the start of `joined` that reaches past `lead` characters. */
function labelIn(joined: string, lead: number): Omit<LabelMatch, 'used'> | undefined {
  for (const [field, re] of FIELD_PATTERNS) {
    const m = re.exec(joined);
    if (!m || m[0].length <= lead) continue;
    const rest = joined.slice(m[0].length);
    // `Milepæl 2: Søknad sendt (mai 2025)` is a numbered milestone, kept whole, that opens the milestone cell
    if (field === 'milestones' && NUMBERED_ITEM.test(rest) && !m[0].endsWith(':')) return { field, label: m[0], rest: joined, colon: false };
    const colon = m[0].endsWith(':');
    if (rest && !/^\s/.test(rest) && !colon) continue;
    const content = rest.replace(/^[\s\uF0B7•*–-]+/u, '');
    if (content && !/^[\p{Lu}\d«"(]/u.test(content)) continue;
    return { field, label: m[0].replace(/\s*:$/, ''), rest: content, colon };
  }
  return undefined;
}
