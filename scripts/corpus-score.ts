/**
 * Prints how well the extraction reads the development corpus (`tests/corpus/`): precision and
 * recall per field across all documents, the per-document counts that are off, and with
 * `--misses [field]` what was expected and what was found.
 *
 *   npx tsx scripts/corpus-score.ts                 # the table
 *   npx tsx scripts/corpus-score.ts --misses actions.partners
 *   npx tsx scripts/corpus-score.ts --json          # the tallies as JSON
 *   npx tsx scripts/corpus-score.ts --extra         # our own further documents, tests/corpus-extra/
 *   npx tsx scripts/corpus-score.ts --blind         # the blind test set, tests/corpus-blind/ (measure only, never tune on it)
 *   npx tsx scripts/corpus-score.ts --dir other/    # another folder laid out like tests/corpus/
 */
import path from 'node:path';
import { scoreCorpus, rates, exactCountDocuments, CORPUS, CORPUS_EXTRA, CORPUS_BLIND } from '../tests/helpers/corpus-score.ts';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? '') : undefined);
const dir = opt('--dir') ? path.resolve(opt('--dir')!) : args.includes('--blind') ? CORPUS_BLIND : args.includes('--extra') ? CORPUS_EXTRA : CORPUS;
console.log(`Korpus: ${path.relative(process.cwd(), dir)}/`);
const score = scoreCorpus(dir);

if (args.includes('--json')) {
  console.log(JSON.stringify({ fields: score.fields, documents: score.documents }, null, 2));
  process.exit(0);
}

const pct = (x: number) => `${(100 * x).toFixed(1).padStart(5)} %`;
console.log(`${'felt'.padEnd(24)} ${'riktig'.padStart(6)} ${'funnet'.padStart(6)} ${'ventet'.padStart(6)}  presisjon  gjenfinning`);
for (const [field, t] of Object.entries(score.fields).sort(([a], [b]) => a.localeCompare(b))) {
  const r = rates(t);
  console.log(`${field.padEnd(24)} ${String(t.right).padStart(6)} ${String(t.found).padStart(6)} ${String(t.expected).padStart(6)}  ${pct(r.precision)}    ${pct(r.recall)}`);
}
const { exact, off } = exactCountDocuments(score);
console.log(`\nfamilie riktig: ${score.documents.filter((d) => d.family.expected === d.family.found).length}/${score.documents.length}`);
for (const d of score.documents.filter((d) => d.family.expected !== d.family.found)) console.log(`  ${d.slug}: ventet ${d.family.expected}, fikk ${d.family.found}`);
console.log(`alle antall riktige: ${exact}/${score.documents.length} dokumenter`);
for (const o of off) console.log(`  ${o.slug}: ${o.field} ventet ${o.expected}, fant ${o.found}`);

const missField = opt('--misses');
if (missField !== undefined) {
  console.log('\nbom:');
  for (const m of score.misses.filter((m) => !missField || m.field === missField || m.field.startsWith(`${missField}.`))) {
    console.log(`  [${m.slug}] ${m.field}\n     ventet: ${JSON.stringify(m.expected)}\n     funnet: ${JSON.stringify(m.found)}`);
  }
}

if (!opt('--dir') && !args.includes('--extra') && !args.includes('--blind')) {
  // A short look at our own further documents too: a rule that only fits the corpus above shows up here.
  const extra = scoreCorpus(CORPUS_EXTRA);
  const off = exactCountDocuments(extra);
  const line = (f: string) => (extra.fields[f] ? `${f} ${extra.fields[f].right}/${extra.fields[f].expected}` : '');
  console.log(`\nOgså tests/corpus-extra/ (egne dokumenter fra andre regioner; detaljer: --extra): ${['actions.exact', 'strategies', 'activities', 'milestones', 'agenda.roundTable', 'decision', 'datasets.cells', 'goals'].map(line).filter(Boolean).join(', ')}; alle antall riktige på ${off.exact}/${extra.documents.length}`);
  for (const o of off.off) console.log(`  ${o.slug}: ${o.field} ventet ${o.expected}, fant ${o.found}`);
}
