#!/usr/bin/env tsx
/**
 * `npx tsx scripts/generate-corpus.ts --docs 50 --out /tmp/korpus [--seed 1]`: writes N generated
 * documents with sidecars (see src/bench/generate-corpus.ts), for trying the pipeline at scale.
 * `--megabytes 2` writes one long plan of about 2 MB instead.
 */
import { parseArgs } from 'node:util';
import { generateCorpus, generateLargeDocument, writeCorpus } from '../src/bench/generate-corpus.ts';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '50' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, megabytes: { type: 'string' } } });
if (!values.out) {
  console.error('Bruk: tsx scripts/generate-corpus.ts --docs N --out MAPPE [--seed 1] [--megabytes M]');
  process.exit(2);
}
// --megabytes 2: one long plan of about 2 MB instead of a corpus
const docs = values.megabytes ? [generateLargeDocument(Number(values.megabytes) * 1_000_000, Number(values.seed))] : generateCorpus(Number(values.docs), Number(values.seed));
await writeCorpus(values.out, docs);
console.log(`Skrev ${docs.length} dokumenter til ${values.out}/`);
