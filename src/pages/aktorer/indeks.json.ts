/** The actor register's filter index: every actor as a short row (src/lib/overview/actor-register.ts). */
import { siteData } from '../../lib/site-data.ts';
import { registerIndex } from '../../lib/overview/actor-register.ts';

export async function GET() {
  return new Response(JSON.stringify(registerIndex(await siteData())), { headers: { 'Content-Type': 'application/json' } });
}
