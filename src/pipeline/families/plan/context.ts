import type { Dataset, Goal, Strategy } from '../../../schemas/index.ts';
import type { RecogniserInput } from '../types.ts';
import type { ActorLexicon } from '../../extract/actor-lexicon.ts';
import type { PlanLines } from './lines.ts';
import type { TableHeader } from '../../extract/table-header.ts';

/** Everything a chapter needs from the whole document. */
export interface PlanContext {
  input: RecogniserInput;
  /** What the plan's lines are: strategy lines, table headers. */
  pl: PlanLines;
  lexicon: ActorLexicon;
  goalCounter: { n: number };
  strategies: Strategy[];
  goals: Goal[];
  /** Numeric tables found in the chapters' text, numbered `tabell-N` through the document. */
  datasets: Dataset[];
  tableCounter: { n: number };
  /** Strategy lines that are spanning rows of an action table, with the header of that table (`spanning-rows.ts`). */
  spanning: Map<number, TableHeader>;
  /** Lines holding footnote text: never prose. */
  footnoteLines: Set<number>;
}
