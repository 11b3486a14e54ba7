// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

/** The public address of the site; set PLANVEV_SITE when publishing elsewhere. */
const site = process.env.PLANVEV_SITE ?? 'https://planvev.no';

export default defineConfig({
  site,
  outDir: process.env.PLANVEV_DIST ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
});
