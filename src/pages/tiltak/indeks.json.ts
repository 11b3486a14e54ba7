/** `/tiltak/indeks.json`: the actions overview's data index, fetched by the page when the reader filters. */
import { siteData } from '../../lib/site-data.ts';
import { actionIndex } from '../../lib/overview/actions.ts';

export async function GET() {
  return new Response(JSON.stringify(actionIndex(await siteData())), { headers: { 'Content-Type': 'application/json' } });
}
