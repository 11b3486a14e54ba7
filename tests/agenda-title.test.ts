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
  test('is the title line in sentence case, the sender from the letterhead and the meeting date as the notice writes it', () => {
    const p = processDocument({ file: 'seeds/solberg-innkalling.txt', bytes: Buffer.from(text) });
    expect(p.family).toBe('meeting-agenda');
    expect(p.document.title).toBe('Møteinnkalling og saksliste – Solberg regionråd 12.09.2025');
  });

  test('names the body the `Utval:` field gives rather than the sender, and drops the weekday from a written date', () => {
    const withBody = text.replace('Dato: 12.09.2025', 'Utval: Arbeidsutvalet i Solberg regionråd\nDato: Fredag 12. september 2025');
    const p = processDocument({ file: 'seeds/solberg-au.txt', bytes: Buffer.from(withBody) });
    expect(p.document.title).toBe('Møteinnkalling og saksliste – Arbeidsutvalet i Solberg regionråd 12. september 2025');
  });

  test('names the body a summons names as its subject, a generic word in lower case', () => {
    const summoned = text.replace('MØTEINNKALLING OG SAKSLISTE', 'MØTEINNKALLING\n\nStyret for Solberg næringsfond innkalles til møte');
    const p = processDocument({ file: 'seeds/solberg-styret.txt', bytes: Buffer.from(summoned) });
    expect(p.document.title).toBe('Møteinnkalling – styret for Solberg næringsfond 12.09.2025');
  });

  test('keeps the sender when the summons names no body (`Det innkalles til møte …`)', () => {
    const impersonal = text.replace('MØTEINNKALLING OG SAKSLISTE', 'MØTEINNKALLING\n\nDet innkalles med dette til møte i regionrådet.');
    const p = processDocument({ file: 'seeds/solberg-det.txt', bytes: Buffer.from(impersonal) });
    expect(p.document.title).toBe('Møteinnkalling – Solberg regionråd 12.09.2025');
  });
});
