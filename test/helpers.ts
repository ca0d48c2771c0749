import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Makes a temporary corpus folder holding the given files. */
export async function tempCorpus(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'corpus-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

export const CORPUS = new URL('../corpus', import.meta.url).pathname;

/** Retries `check` until it passes (things that happen asynchronously, like a corpus reload); fails after `ms`. */
export async function eventually(check: () => unknown, ms = 20_000, every = 50): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, every));
    }
  }
}
