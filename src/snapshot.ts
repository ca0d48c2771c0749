import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';
import type { Article, CorpusProblem } from './ingest.js';
import { PassageIndex, type IndexOptions } from './index.js';
import type { Passage } from './passages.js';
import { TagStore } from './tagging.js';
import { PassageTerms } from './text.js';

/** Bump when the passage splitting, term processing or snapshot layout changes. */
export const SNAPSHOT_VERSION = 7;

const CORPUS_EXTENSIONS = ['.md', '.markdown', '.txt', '.jsonl'];

/**
 * A content hash of everything the index is built from: every corpus file's name and bytes, the
 * extra JSONL files, and the snapshot version. Same hash, same index. Names without their folder:
 * `corpus`, `./corpus` and `/srv/app/corpus` are the same corpus.
 *
 * @example
 * await corpusHash('corpus', []) // 'c1f0…'
 */
export async function corpusHash(dir: string, jsonl: string[] = []): Promise<string> {
  const h = createHash('sha256').update(`v${SNAPSHOT_VERSION}\n`);
  for (const file of await corpusFiles(dir, jsonl)) {
    try {
      if (!(await stat(file)).isFile()) continue;
      h.update(`${basename(file)}\n`).update(await readFile(file)).update('\n');
    } catch {
      h.update(`${basename(file)}\n(unreadable)\n`);
    }
  }
  return h.digest('hex');
}

/** The files a corpus is read from: the folder's article files (sorted), then the extra JSONL files. */
async function corpusFiles(dir: string, jsonl: string[]): Promise<string[]> {
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith('.') && CORPUS_EXTENSIONS.includes(extname(n).toLowerCase())).sort();
  } catch {
    /* a missing folder hashes as empty; loadCorpus reports it */
  }
  return [...names.map((n) => join(dir, n)), ...jsonl];
}

/**
 * A cheap stand-in for {@link corpusHash}: each file's name, size and modification time, without
 * reading it. Equal signatures mean an unchanged corpus; different ones call for the hash.
 */
export async function corpusSignature(dir: string, jsonl: string[] = []): Promise<string> {
  const parts = [`v${SNAPSHOT_VERSION}`];
  for (const file of await corpusFiles(dir, jsonl)) {
    try {
      const st = await stat(file);
      if (st.isFile()) parts.push(`${file}\t${st.size}\t${st.mtimeMs}`);
    } catch {
      parts.push(`${file}\t(unreadable)`);
    }
  }
  return parts.join('\n');
}

/** Typed arrays travel as base64 (little-endian, as every platform Node runs on): no per-number parsing. */
const b64 = (a: Int32Array | Uint16Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
function fromB64<T extends Int32Array | Uint16Array>(s: string, Type: { new (b: ArrayBuffer): T; BYTES_PER_ELEMENT: number }): T | null {
  const buf = Buffer.from(s, 'base64');
  if (buf.byteLength % Type.BYTES_PER_ELEMENT !== 0) return null;
  // copy into a fresh, aligned ArrayBuffer (a decoded Buffer may sit at any offset of a shared pool)
  const ab = new ArrayBuffer(buf.byteLength);
  new Uint8Array(ab).set(buf);
  return new Type(ab);
}

const SnapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  hash: z.string(),
  articles: z.array(z.object({ id: z.string(), title: z.string(), body: z.string(), origin: z.string(), publisher: z.string().optional(), date: z.string().optional(), url: z.string().optional() })),
  problems: z.array(z.object({ file: z.string(), message: z.string() })),
  /** Passages, 7 int32 each: article, start, end, paragraph, paragraphStart, paragraphEnd, duplicateOf (-1: none). */
  passages: z.string(),
  /**
   * Each passage's index terms (see PassageTerms): the vocabulary in id order, one term a line,
   * and the int32 offsets / ids / lengths and uint16 counts arrays. The minisearch index is
   * rebuilt from these in bulk (faster than minisearch's own JSON, which is about ten times the size).
   */
  terms: z.object({ vocabulary: z.string(), offsets: z.string(), ids: z.string(), counts: z.string(), lengths: z.string() }),
  /** Every passage's tokens and tags (see TagStore): int32 offsets / starts / ends, uint16 spacing lengths and tag-set ids, and the tag sets one a line. */
  tags: z.object({ offsets: z.string(), starts: z.string(), ends: z.string(), pre: z.string(), post: z.string(), sets: z.string(), table: z.string() }).nullable(),
});

export interface SnapshotContents {
  articles: Article[];
  problems: CorpusProblem[];
  passages: Passage[];
  index: PassageIndex;
  termIds: PassageTerms;
  tagStore: TagStore | null;
}

/** Writes the snapshot atomically (temp file, then rename). */
export async function saveSnapshot(path: string, hash: string, s: SnapshotContents): Promise<void> {
  const data = {
    version: SNAPSHOT_VERSION,
    hash,
    articles: s.articles,
    problems: s.problems,
    passages: b64(Int32Array.from(s.passages.flatMap((p) => [p.article, p.start, p.end, p.paragraph, p.paragraphStart, p.paragraphEnd, p.duplicateOf ?? -1]))),
    terms: {
      vocabulary: s.termIds.terms().join('\n'),
      offsets: b64(s.termIds.offsets),
      ids: b64(s.termIds.ids),
      counts: b64(s.termIds.counts),
      lengths: b64(s.termIds.lengths),
    },
    tags: s.tagStore && {
      offsets: b64(s.tagStore.offsets),
      starts: b64(s.tagStore.starts),
      ends: b64(s.tagStore.ends),
      pre: b64(s.tagStore.preLengths),
      post: b64(s.tagStore.postLengths),
      sets: b64(s.tagStore.tagSetIds),
      table: s.tagStore.tagSetTable.join('\n'),
    },
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
  const restored = restore(data, options);
  if (!restored) return { contents: null, reason: `snapshot ${path} is damaged` };
  return { contents: restored, reason: 'snapshot matches the corpus' };
}

/** Rebuilds passages, terms and index from a parsed snapshot; null when its arrays do not fit together. */
function restore(data: z.infer<typeof SnapshotSchema>, options: Partial<IndexOptions>): SnapshotContents | null {
  const articles: Article[] = data.articles.map((a) => ({ ...a }));
  const cols = fromB64(data.passages, Int32Array);
  const t = data.terms;
  const offsets = fromB64(t.offsets, Int32Array);
  const ids = fromB64(t.ids, Int32Array);
  const counts = fromB64(t.counts, Uint16Array);
  const lengths = fromB64(t.lengths, Int32Array);
  if (!cols || !offsets || !ids || !counts || !lengths || cols.length % 7 !== 0) return null;
  const n = cols.length / 7;
  const vocabulary = t.vocabulary === '' ? [] : t.vocabulary.split('\n');
  if (offsets.length !== n + 1 || lengths.length !== n || counts.length !== ids.length || offsets[n] !== ids.length) return null;
  for (let p = 0; p < n; p++) if (offsets[p]! > offsets[p + 1]! || offsets[p]! < 0) return null;
  for (let k = 0; k < ids.length; k++) if (ids[k]! < 0 || ids[k]! >= vocabulary.length) return null;
  const passages: Passage[] = new Array(n);
  for (let id = 0; id < n; id++) {
    const [article, start, end, paragraph, paragraphStart, paragraphEnd, dup] = cols.subarray(id * 7, id * 7 + 7) as unknown as number[];
    const body = articles[article!]?.body;
    if (body === undefined || !(0 <= start! && start! <= end! && end! <= body.length) || dup! >= id) return null;
    const p: Passage = { id, article: article!, start: start!, end: end!, text: body.slice(start, end), paragraph: paragraph!, paragraphStart: paragraphStart!, paragraphEnd: paragraphEnd! };
    if (dup! >= 0) p.duplicateOf = dup!;
    passages[id] = p;
  }
  const termIds = new PassageTerms(new Map(vocabulary.map((w, i) => [w, i])), offsets, ids, counts, lengths);
  let tagStore: TagStore | null = null;
  if (data.tags) {
    const g = data.tags;
    const [tOffsets, starts, ends] = [fromB64(g.offsets, Int32Array), fromB64(g.starts, Int32Array), fromB64(g.ends, Int32Array)];
    const [pre, post, sets] = [fromB64(g.pre, Uint16Array), fromB64(g.post, Uint16Array), fromB64(g.sets, Uint16Array)];
    const table = g.table.split('\n');
    if (!tOffsets || !starts || !ends || !pre || !post || !sets || tOffsets.length !== n + 1) return null;
    const tokens = starts.length;
    if (ends.length !== tokens || pre.length !== tokens || post.length !== tokens || sets.length !== tokens || tOffsets[n] !== tokens) return null;
    for (let p = 0; p < n; p++) {
      if (tOffsets[p]! > tOffsets[p + 1]! || tOffsets[p]! < 0) return null;
      const len = passages[p]!.end - passages[p]!.start;
      for (let k = tOffsets[p]!; k < tOffsets[p + 1]!; k++) {
        if (!(pre[k]! <= starts[k]! && starts[k]! <= ends[k]! && ends[k]! + post[k]! <= len) || sets[k]! >= table.length) return null;
      }
    }
    tagStore = new TagStore(tOffsets, starts, ends, pre, post, sets, table);
  }
  return { articles, problems: data.problems, passages, index: PassageIndex.fromTerms(articles, passages, termIds, options), termIds, tagStore };
}
