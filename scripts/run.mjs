#!/usr/bin/env node
// Runs one bundled entry point: `node scripts/run.mjs ask -- "question"` is what `npm run ask`
// does. The bundle is rebuilt first when any source file is newer than the last build (about half
// a second), so an edit is never run stale; otherwise this costs a few file stats.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['src', 'adapters', 'scripts'];

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (/\.(ts|mjs)$/.test(e.name)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

const ENTRY_NAMES = ['ask', 'eval', 'index', 'slack', 'discord', 'discord-register', 'bench', 'cold-start'];
const name = process.argv[2];
if (!ENTRY_NAMES.includes(name)) {
  console.error(`usage: node scripts/run.mjs <${ENTRY_NAMES.join('|')}> [arguments]`);
  process.exit(2);
}
const target = join(ROOT, 'dist', `${name}.mjs`);
let built = 0;
try {
  built = statSync(join(ROOT, 'dist', '.built')).mtimeMs;
  statSync(target);
} catch {
  built = 0;
}
const sources = Math.max(...SOURCES.map((d) => newest(join(ROOT, d))), statSync(join(ROOT, 'package-lock.json')).mtimeMs);
if (built < sources) {
  const { buildAll } = await import('./build.mjs');
  await buildAll({ quiet: true });
}
// The bundle sees itself as the program: argv[1] is its path, its own arguments follow.
process.argv.splice(1, 2, target);
await import(pathToFileURL(target).href);
