#!/usr/bin/env node
/**
 * The npm registry reachable here lacks some platform-specific optional packages (e.g.
 * `@astrojs/compiler-binding-android-arm64`). `npm install` then leaves them out of
 * package-lock.json and `npm ci` refuses the lock file as "out of sync". This adds an entry per
 * missing optional dependency, marked optional with the os/cpu its name declares, so `npm ci`
 * skips it on this platform exactly as it would with a complete lock file.
 * Run after every `npm install`: `node scripts/complete-lockfile.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pkgs = lock.packages;
const platformOf = (name) => {
  const n = name.toLowerCase();
  const os = ['android', 'darwin', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'win32', 'windows', 'linux', 'openharmony'].find((o) => n.includes(o));
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x', 'loong64', 'wasm32', 'mips64el'].find((c) => n.includes(c));
  return { os: os === 'windows' ? 'win32' : os, cpu };
};
let added = 0;
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [dep, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    if (pkgs[base] || pkgs[`node_modules/${dep}`]) continue;
    const { os, cpu } = platformOf(dep);
    if (!os && !cpu) continue; // not a platform package: leave it to npm
    pkgs[`node_modules/${dep}`] = { version: String(range).replace(/^[\^~]/, ''), optional: true, ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: la til ${added} manglende valgfrie plattformpakker`);
