import { parse, YAMLParseError } from 'yaml';
import { sidecarSchema, type Sidecar } from '../schemas/sidecar.ts';
import { IngestError } from './errors.ts';

/**
 * Reads and validates a metadata sidecar (`<seed>.meta.yaml`). Errors name the sidecar file and line.
 * @example readSidecar('seeds/a.meta.yaml', 'title: Plan\nkind: plan\n').kind // 'plan'
 */
export function readSidecar(file: string, text: string): Sidecar {
  let data: unknown;
  try {
    data = parse(text, { prettyErrors: true });
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const line = e.linePos?.[0]?.line;
      throw new IngestError(file, line, `ugyldig YAML: ${e.message.split('\n')[0]}`);
    }
    throw e;
  }
  if (data === null || data === undefined) return {};
  const result = sidecarSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue.path.join('.');
    const line = lineOfKey(text, String(issue.path[0] ?? ''));
    throw new IngestError(file, line, `feltet «${key || '(rot)'}»: ${issue.message}`);
  }
  return result.data;
}

function lineOfKey(text: string, key: string): number | undefined {
  if (!key) return 1;
  const idx = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return idx >= 0 ? idx + 1 : undefined;
}
