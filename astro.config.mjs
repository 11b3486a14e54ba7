// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { loadSiteConfig } from './src/lib/site-config.ts';

/** Address and base path from planvev.config.yaml (PLANVEV_SITE and PLANVEV_BASE override them). */
const config = loadSiteConfig();

export default defineConfig({
  site: config.siteUrl,
  base: config.basePath,
  outDir: process.env.PLANVEV_DIST ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
});
