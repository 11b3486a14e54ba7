#!/usr/bin/env tsx
/**
 * `npx tsx scripts/generate-corpus.ts --docs 50 --out /tmp/korpus [--seed 1]`: writes N generated
 * documents with sidecars (see src/bench/generate-corpus.ts), for trying the pipeline at scale.
 */
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from '../src/bench/generate-corpus.ts';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '50' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
if (!values.out) {
  console.error('Bruk: tsx scripts/generate-corpus.ts --docs N --out MAPPE [--seed 1]');
  process.exit(2);
}
const docs = generateCorpus(Number(values.docs), Number(values.seed));
await writeCorpus(values.out, docs);
console.log(`Skrev ${docs.length} dokumenter til ${values.out}/`);
