#!/usr/bin/env node
// Runs one bundled entry point: `node scripts/run.mjs ask -- "question"` is what `npm run ask`
// does. The bundle is rebuilt first when any source file is newer than the last build (about half
// a second), so an edit is never run stale; otherwise this costs a few file stats.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ENTRIES, SOURCES } from './entries.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    // .json too: the bundle embeds the trained model (src/answer/model.json `npm run train` writes)
    else if (/\.(ts|mjs|json)$/.test(e.name)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

/**
 * Runs a child with our stdio and waits for it; a SIGTERM, SIGINT or SIGHUP sent to this process
 * (by `docker stop`, a supervisor, `kill`) is passed on, so the child never outlives us.
 */
function runForwardingSignals(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    const signals = ['SIGTERM', 'SIGINT', 'SIGHUP'];
    let stoppedBy = null;
    const forward = (signal) => {
      stoppedBy = signal;
      child.kill(signal);
    };
    for (const s of signals) process.on(s, forward);
    const done = (status, signal) => {
      for (const s of signals) process.off(s, forward);
      resolve({ status, signal, stoppedBy });
    };
    child.on('exit', done);
    child.on('error', (error) => done(null, error.message));
  });
}

const ENTRY_NAMES = Object.keys(ENTRIES);
const name = process.argv[2];
if (!ENTRY_NAMES.includes(name)) {
  console.error(`usage: node scripts/run.mjs <${ENTRY_NAMES.join('|')}> [arguments]`);
  process.exit(2);
}
const target = join(ROOT, 'dist', `${name}.mjs`);
const sources = Math.max(...SOURCES.map((d) => newest(join(ROOT, d))), statSync(join(ROOT, 'package-lock.json')).mtimeMs);
/** No build, or one older than a source file. */
function stale() {
  try {
    statSync(target);
    return statSync(join(ROOT, 'dist', '.built')).mtimeMs < sources;
  } catch {
    return true;
  }
}
if (stale()) {
  const { buildAll } = await import('./build.mjs');
  // another command started at the same moment may have built it while we waited for the lock
  await buildAll({ quiet: true, stillNeeded: stale });
}
// `ask` starts from the start-up image (`npm run index` builds it; see adapters/cli/ask-image.ts)
// when there is one for this Node, built after the last source change; `--no-image` skips it.
if (name === 'ask' && !process.argv.includes('--no-image')) {
  const image = process.env.ASK_IMAGE || join(ROOT, '.cache', 'ask.blob');
  try {
    const meta = JSON.parse(readFileSync(`${image}.json`, 'utf8'));
    if (meta.node === process.version && meta.arch === process.arch && statSync(image).mtimeMs > sources) {
      // only the heap-size flags the image builder uses (adapters/cli/build-image.ts), never anything else from a file
      const flags = Array.isArray(meta.flags) ? meta.flags.filter((f) => typeof f === 'string' && /^--(min|max)-semi-space-size=\d+$/.test(f)) : [];
      const r = await runForwardingSignals(process.execPath, [...flags, '--snapshot-blob', image, 'ask', ...process.argv.slice(3)]);
      // 0, 1 and 2 are ask's own exit codes. Anything else means the image did not load (Node says
      // 14 for an image from another build of V8; a damaged file can crash it before it prints a
      // word): answer the usual way instead.
      if (r.status !== null && r.status <= 2) process.exit(r.status);
      // stopped on purpose: stop too, as a shell does (128 + the signal's number)
      if (r.stoppedBy) process.exit(128 + osConstants.signals[r.stoppedBy]);
      console.error(`the start-up image ${image} could not be loaded (${r.signal ?? `exit ${r.status}`}); answering the usual way. \`npm run index\` builds it again.`);
    }
  } catch {
    // no image, or an unreadable one: start the usual way
  }
}
// The bundle sees itself as the program: argv[1] is its path, its own arguments follow.
process.argv.splice(1, 2, target);
await import(pathToFileURL(target).href);
