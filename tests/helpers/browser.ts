import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { DIST } from './site.ts';

/** Debian's Chromium (apt-get install chromium), or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/**
 * Whether browser tests can run. Without Chromium they are skipped with a visible reason,
 * except on CI (CI=true), where a missing Chromium is a failure.
 */
export function browserAvailable(): boolean {
  if (CHROMIUM) return true;
  if (process.env.CI === 'true') throw new Error('Chromium mangler på CI: installer Debians chromium (se .ci/run).');
  console.warn('⚠ Nettlesertester hoppes over: fant ikke Chromium (/usr/bin/chromium). Installer med `apt-get install -y chromium`.');
  return false;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.csv': 'text/csv; charset=utf-8', '.xml': 'application/xml', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
};

/**
 * Serves dist/ on a free loopback port, like a static host: directory URLs → index.html, 404.html otherwise.
 * With a base path (`/planvev/`), dist/ is served under it, as a host serving the site from a sub-folder.
 */
export async function serveDist(root = DIST, base = '/'): Promise<{ url: string; server: Server; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    const inside = url.pathname.startsWith(base) ? url.pathname.slice(base.length - 1) : '/\0utenfor';
    let file = path.join(root, decodeURIComponent(inside));
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      const body = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Ikke funnet'));
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, requests };
}
