/** `/mal/mal.csv`: every goal as CSV (semicolon-separated, BOM), the source of the filtered download on /mal/. */
import { siteData } from '../../lib/site-data.ts';
import { goalsCsv } from '../../lib/overview/goals.ts';

export async function GET() {
  return new Response(goalsCsv(await siteData()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
