import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { z } from 'zod';
import type { Article, CorpusProblem } from './ingest.js';
import { PassageIndex, type IndexOptions } from './index.js';
import type { Passage } from './passages.js';
import { PassageTerms } from './text.js';

/** Bump when the passage splitting, term processing or snapshot layout changes. */
export const SNAPSHOT_VERSION = 5;

const CORPUS_EXTENSIONS = ['.md', '.markdown', '.txt', '.jsonl'];

/**
 * A content hash of everything the index is built from: every corpus file's name and bytes, the
 * extra JSONL files, and the snapshot version. Same hash, same index.
 *
 * @example
 * await corpusHash('corpus', []) // 'c1f0…'
 */
export async function corpusHash(dir: string, jsonl: string[] = []): Promise<string> {
  const h = createHash('sha256').update(`v${SNAPSHOT_VERSION}\n`);
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith('.') && CORPUS_EXTENSIONS.includes(extname(n).toLowerCase())).sort();
  } catch {
    /* a missing folder hashes as empty; loadCorpus reports it */
  }
  for (const file of [...names.map((n) => join(dir, n)), ...jsonl]) {
    try {
      if (!(await stat(file)).isFile()) continue;
      h.update(`${file}\n`).update(await readFile(file)).update('\n');
    } catch {
      h.update(`${file}\n(unreadable)\n`);
    }
  }
  return h.digest('hex');
}

const SnapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  hash: z.string(),
  articles: z.array(z.object({ id: z.string(), title: z.string(), body: z.string(), origin: z.string(), publisher: z.string().optional(), date: z.string().optional(), url: z.string().optional() })),
  problems: z.array(z.object({ file: z.string(), message: z.string() })),
  /** Passages as [article, start, end, paragraph, paragraphStart, paragraphEnd, duplicateOf (-1: none)]. */
  passages: z.array(z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number(), z.number()])),
  index: z.string(),
  terms: z.object({ vocabulary: z.array(z.string()), offsets: z.array(z.number()), ids: z.array(z.number()) }).nullable(),
});

export interface SnapshotContents {
  articles: Article[];
  problems: CorpusProblem[];
  passages: Passage[];
  index: PassageIndex;
  termIds: PassageTerms | null;
}

/** Writes the snapshot atomically (temp file, then rename). */
export async function saveSnapshot(path: string, hash: string, s: SnapshotContents): Promise<void> {
  const data = {
    version: SNAPSHOT_VERSION,
    hash,
    articles: s.articles,
    problems: s.problems,
    passages: s.passages.map((p) => [p.article, p.start, p.end, p.paragraph, p.paragraphStart, p.paragraphEnd, p.duplicateOf ?? -1]),
    index: s.index.toJSON(),
    terms: s.termIds?.toJSON() ?? null,
  };
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(data));
  await rename(tmp, path);
}

/**
 * Reads a snapshot if it exists and was built from a corpus with this hash; otherwise null and
 * the reason (missing, stale, unreadable).
 */
export async function loadSnapshot(path: string, hash: string, options: Partial<IndexOptions> = {}): Promise<{ contents: SnapshotContents | null; reason: string }> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return { contents: null, reason: `no snapshot at ${path}` };
  }
  let data: z.infer<typeof SnapshotSchema>;
  try {
    const parsed = SnapshotSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return { contents: null, reason: `snapshot ${path} is from another version or damaged` };
    data = parsed.data;
  } catch {
    return { contents: null, reason: `snapshot ${path} is not valid JSON` };
  }
  if (data.hash !== hash) return { contents: null, reason: `snapshot ${path} is stale (the corpus changed)` };
  const articles: Article[] = data.articles.map((a) => ({ ...a }));
  const passages: Passage[] = data.passages.map(([article, start, end, paragraph, paragraphStart, paragraphEnd, dup], id) => {
    const p: Passage = { id, article, start, end, text: articles[article]!.body.slice(start, end), paragraph, paragraphStart, paragraphEnd };
    if (dup >= 0) p.duplicateOf = dup;
    return p;
  });
  return { contents: { articles, problems: data.problems, passages, index: PassageIndex.fromJSON(data.index, options), termIds: data.terms ? PassageTerms.fromJSON(data.terms) : null }, reason: 'snapshot matches the corpus' };
}
