/**
 * A plan's title from its front page. Cover pages set the title in capitals and wrap it
 * (`HANDLINGSPLAN FOR NÆRINGSUTVIKLING PÅ` / `HELGELAND 2024–2025`), often with the plan period on the
 * line below (`NÆRINGSPLAN FOR INDRE ØSTFOLD` / `2022–2026`): the continuation and the period are joined
 * on, and a title in capitals is written in sentence case (`src/pipeline/extract/title-case.ts`).
 */
import type { SourceLine } from '../../types.ts';
import { inCapitals, sentenceCase } from '../../extract/title-case.ts';

/** Words a title cannot end with: the title goes on on the next line. */
const OPEN_END = /\s(?:for|på|i|og|til|om|av|med|frå|fra)$/iu;
/** A plan period alone on a line: `2022–2026`, `2024 - 2028`. */
const PERIOD = /^(?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d$/;
/** How far below the title line its continuation or period may stand (source lines, blanks included). */
const CONTINUATION_GAP_MAX = 2;


/** The title starting at `front[i]`: wrapped continuation and plan period joined on, capitals to sentence case. */
export function frontTitle(front: SourceLine[], i: number): string {
  let title = front[i].text.trim();
  let last = front[i].no;
  for (let j = i + 1; j < front.length && front[j].no - last <= CONTINUATION_GAP_MAX; j++) {
    const next = front[j].text.trim();
    const goesOn = front[j].no === last + 1 && (OPEN_END.test(title) || (inCapitals(title) && inCapitals(next))) && !PERIOD.test(next) && next.length < 80;
    if (goesOn) title = `${title} ${next}`;
    else if (PERIOD.test(next) && !/(?:19|20)\d\d\s*$/.test(title)) {
      title = `${title} ${next.replace(/\s*[–-]\s*/, '–')}`;
      break;
    } else break;
    last = front[j].no;
  }
  return inCapitals(title) ? sentenceCase(title) : title;
}
