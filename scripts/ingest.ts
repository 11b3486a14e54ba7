#!/usr/bin/env tsx
/**
 * `npm run ingest -- --seeds <dir> --out <dir>`: runs only the extraction, writing content
 * collections, data files and reports into <out>. Defaults: seeds/ → content/.
 */
import { parseArgs } from 'node:util';
import { runIngest, formatReport } from '../src/pipeline/run.ts';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string', default: 'content' }, quiet: { type: 'boolean', default: false } } });
const result = await runIngest(values.seeds!, values.out!);
if (!result.ok) {
  console.error(`Innlesingen stoppet: ${result.errors.length} ${result.errors.length === 1 ? 'problem' : 'problemer'}. Ingenting er skrevet; tidligere publisert innhold er urørt.`);
  for (const e of result.errors) console.error(`  ✗ ${e}`);
  for (const w of result.warnings) console.error(`  advarsel ${w}`);
  process.exit(1);
}
for (const w of result.warnings) console.warn(`advarsel ${w}`);
if (!values.quiet) console.log(formatReport(result.reports));
console.log(`Innlest: ${result.reports.length} dokumenter → ${values.out}/`);
console.log(`Gjennomgang for redaktør (usikre tolkninger med kildelinjer): ${values.out}/reports/review.html`);
