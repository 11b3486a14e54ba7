import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { actorRegisterFileSchema, type ActorRegisterFile } from '../schemas/actor.ts';
import { IngestError } from './errors.ts';

/** The actor register file's name in the seeds folder, beside the documents. */
export const ACTOR_REGISTER_FILE = 'actors.yaml';

/** An empty register: what a seeds folder without `actors.yaml` gets. */
export const emptyActorRegister: ActorRegisterFile = { actors: [], split: [], notActors: [] };

/**
 * Reads and validates the actor register (`seeds/actors.yaml`). Errors name the file and the line
 * of the offending entry.
 * @example readActorRegister('seeds/actors.yaml', 'notActors: [SG generelt]\n').notActors // ['SG generelt']
 */
export function readActorRegister(file: string, text: string): ActorRegisterFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const yamlError = doc.errors[0];
  if (yamlError) throw new IngestError(file, yamlError.linePos?.[0]?.line, `ugyldig YAML: ${yamlError.message.split('\n')[0]}`);
  const result = actorRegisterFileSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  throw new IngestError(file, lineOf(doc, lineCounter, path), `feltet «${path.join('.') || '(rot)'}»: ${issue.message}`);
}

/** The line of the deepest node on `path` that the file has (an unknown key points at its parent). */
function lineOf(doc: Document, counter: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}
