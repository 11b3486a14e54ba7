import { describe, expect, test } from 'vitest';
import { processDocument } from '../src/pipeline/process.ts';

/** A meeting notice with its title in capitals under a letterhead. Written for this test (invented council). */
const text = [
  'SOLBERG REGIONRÅD',
  'Postboks 12, 9999 Solberg',
  '',
  'Til medlemmene i Solberg regionråd',
  '',
  'MØTEINNKALLING OG SAKSLISTE',
  '',
  'Dato: 12.09.2025',
  'Tid: kl. 10.00–14.00',
  'Sted: Rådhuset i Solberg',
  '',
  'Sak 10/25 Godkjenning av innkalling og saksliste',
  'Sak 11/25 Orientering fra kommunene',
  'Sak 12/25 Eventuelt',
  '',
].join('\n');

describe('the title of a meeting notice', () => {
  test('is the title line in sentence case, the sender from the letterhead and the meeting date', () => {
    const p = processDocument({ file: 'seeds/solberg-innkalling.txt', bytes: Buffer.from(text) });
    expect(p.family).toBe('meeting-agenda');
    expect(p.document.title).toBe('Møteinnkalling og saksliste – Solberg regionråd 12. september 2025');
  });
});
