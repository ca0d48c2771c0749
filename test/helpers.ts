import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createEngine, type Engine } from '../src/engine.js';
import { nameSpans } from '../src/answer/candidates.js';
import { Tagger } from '../src/tagging.js';

const made: string[] = [];
// Every folder tempCorpus made is deleted once the test file that imported this is done.
afterAll(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Makes a temporary corpus folder holding the given files; it is deleted after the test file. */
export async function tempCorpus(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'corpus-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

export const CORPUS = new URL('../corpus', import.meta.url).pathname;

/** An engine over one article written for a test: `paragraphs` under front matter giving `id` and `title`. */
export async function engineOver(id: string, title: string, paragraphs: string[]): Promise<Engine> {
  const text = ['---', `id: ${id}`, `title: ${title}`, '---', paragraphs.join('\n\n')].join('\n');
  return createEngine(await tempCorpus({ [`${id}.md`]: text }), { warn: () => {} });
}

/** Runs `use` on an engine over one small article (see engineOver), and closes it afterwards, whatever `use` does. */
export async function withEngineOver(id: string, title: string, paragraphs: string[], use: (engine: Engine) => unknown): Promise<void> {
  const engine = await engineOver(id, title, paragraphs);
  try {
    await use(engine);
  } finally {
    await engine.close();
  }
}

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

/** The names the candidate extractors find in `sentence`, each with the type they give it. */
export function nameTypes(sentence: string): Record<string, string> {
  const toks = Tagger.fresh(sentence);
  return Object.fromEntries(nameSpans(toks).map((sp) => [sentence.slice(toks[sp.from]!.start, toks[sp.to]!.end), sp.type]));
}
