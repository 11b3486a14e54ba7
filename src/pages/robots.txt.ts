/** robots.txt: everything may be indexed; points to the sitemap made by @astrojs/sitemap. */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
