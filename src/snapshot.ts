import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';
import type { Article, CorpusProblem } from './ingest.js';
import { PassageIndex, type IndexOptions } from './index.js';
import type { Passage } from './passages.js';
import { TagStore } from './tagging.js';
import { PassageTerms } from './text.js';

/** Bump when the passage splitting, tagging, term processing or snapshot layout changes. */
export const SNAPSHOT_VERSION = 18;

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
  /**
   * Every passage's tokens and tags (see TagStore): the tag sets one a line here, the arrays in the
   * binary file beside the snapshot (`file`): the corpus hash, then int32 offsets / starts / ends
   * and uint16 spacing lengths and tag-set ids, read straight into typed arrays.
   */
  tags: z.object({ file: z.string(), tokens: z.number().int().nonnegative(), table: z.string() }).nullable(),
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
    tags: s.tagStore && { file: `${basename(path)}.tags`, tokens: s.tagStore.starts.length, table: s.tagStore.tagSetTable.join('\n') },
  };
  await mkdir(dirname(path), { recursive: true });
  if (s.tagStore) {
    // the tags first: a snapshot never names a tags file that is not there yet
    const t = s.tagStore;
    const arrays = [t.offsets, t.starts, t.ends, t.preLengths, t.postLengths, t.tagSetIds];
    const tmpTags = `${path}.tags.${process.pid}.tmp`;
    await writeFile(tmpTags, Buffer.concat([Buffer.from(hash, 'latin1'), ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))]));
    await rename(tmpTags, `${path}.tags`);
  }
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(data));
  await rename(tmp, path);
}

/** Reads the tags file beside a snapshot; null when it is missing, from another snapshot, or the wrong size. */
async function loadTags(path: string, hash: string, passages: number, g: { tokens: number; table: string }): Promise<TagStore | null> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch {
    return null;
  }
  const n = passages + 1;
  const T = g.tokens;
  if (buf.length !== hash.length + 4 * n + 8 * T + 6 * T || buf.toString('latin1', 0, hash.length) !== hash) return null;
  let at = buf.byteOffset + hash.length;
  const take = <A extends Int32Array | Uint16Array>(Type: { new (b: ArrayBuffer): A; BYTES_PER_ELEMENT: number }, count: number): A => {
    const a = new Type(buf.buffer.slice(at, at + count * Type.BYTES_PER_ELEMENT) as ArrayBuffer); // copied: aligned
    at += count * Type.BYTES_PER_ELEMENT;
    return a;
  };
  const offsets = take(Int32Array, n);
  const starts = take(Int32Array, T);
  const ends = take(Int32Array, T);
  const pre = take(Uint16Array, T);
  const post = take(Uint16Array, T);
  const sets = take(Uint16Array, T);
  return new TagStore(offsets, starts, ends, pre, post, sets, g.table.split('\n'));
}

/**
 * Reads a snapshot if it exists and was built from a corpus with this hash; otherwise null and
 * the reason (missing, stale, unreadable).
 */
export async function loadSnapshot(path: string, hash: string, options: Partial<IndexOptions> = {}, { tags = true } = {}): Promise<{ contents: SnapshotContents | null; reason: string }> {
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
  const store = tags && data.tags ? await loadTags(join(dirname(path), data.tags.file), hash, data.passages.length ? Buffer.byteLength(data.passages, 'base64') / 28 : 0, data.tags) : null;
  const restored = restore(data, options, store);
  if (!restored) return { contents: null, reason: `snapshot ${path} is damaged` };
  const note = !tags || !data.tags ? '' : restored.tagStore ? ', with every sentence tagged' : ` (its tags file ${data.tags.file} is missing or damaged: sentences are tagged when asked for)`;
  return { contents: restored, reason: `snapshot matches the corpus${note}` };
}

function tagsFit(t: TagStore, passages: Passage[]): boolean {
  const n = passages.length;
  if (t.offsets.length !== n + 1 || t.offsets[n] !== t.starts.length) return false;
  for (let p = 0; p < n; p++) {
    if (t.offsets[p]! > t.offsets[p + 1]! || t.offsets[p]! < 0) return false;
    const len = passages[p]!.end - passages[p]!.start;
    for (let k = t.offsets[p]!; k < t.offsets[p + 1]!; k++) {
      if (!(t.preLengths[k]! <= t.starts[k]! && t.starts[k]! <= t.ends[k]! && t.ends[k]! + t.postLengths[k]! <= len) || t.tagSetIds[k]! >= t.tagSetTable.length) return false;
    }
  }
  return true;
}

/** Rebuilds passages, terms and index from a parsed snapshot; null when its arrays do not fit together. */
function restore(data: z.infer<typeof SnapshotSchema>, options: Partial<IndexOptions>, store: TagStore | null): SnapshotContents | null {
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
  // tags that do not fit these passages are dropped (the snapshot itself is still good)
  const tagStore = store && tagsFit(store, passages) ? store : null;
  return { articles, problems: data.problems, passages, index: PassageIndex.fromTerms(articles, passages, termIds, options), termIds, tagStore };
}
