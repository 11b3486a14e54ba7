/** `/mal/indeks.json`: the goals overview's data index, fetched by the page when the reader filters. */
import { siteData } from '../../lib/site-data.ts';
import { goalIndex } from '../../lib/overview/goals.ts';

export async function GET() {
  return new Response(JSON.stringify(goalIndex(await siteData())), { headers: { 'Content-Type': 'application/json' } });
}
