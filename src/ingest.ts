import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { CorpusError } from './errors.js';

/** One news article as the engine knows it: `body` is the verbatim text quotes are cut from. */
export interface Article {
  id: string;
  title: string;
  body: string;
  publisher?: string;
  date?: string;
  url?: string;
  /** File path (or path#line for JSONL) the article came from. */
  origin: string;
}

/** A file (or JSONL line) that failed to load, and why. */
export interface CorpusProblem {
  file: string;
  message: string;
}

/** Options for {@link loadCorpus}. */
export interface IngestOptions {
  /** Extra JSONL files of `{id, title, body, ...}` objects, loaded after the folder. */
  jsonl?: string[];
  /** Files larger than this are refused (bytes). Default 5 MB per article file. */
  maxFileBytes?: number;
  /**
   * Ids already in use, with the origin of the article that holds each (a running engine's live
   * articles): that article keeps its id, and any other with the same id is refused, whatever the
   * name order.
   */
  owners?: ReadonlyMap<string, string>;
}

const DEFAULTS = { maxFileBytes: 5 * 1024 * 1024 };

const text = (field: string) =>
  z.union([z.string(), z.number(), z.date()], { error: `${field} must be text` })
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)).trim());

/** Front matter of a Markdown article. Unknown keys are allowed (newsrooms keep their own). */
export const FrontMatterSchema = z.looseObject({
  id: text('id').pipe(z.string().min(1, 'id must not be empty').regex(/^[\w.-]+$/, 'id may hold only letters, digits, ".", "_" and "-"')),
  title: text('title').pipe(z.string().min(1, 'title must not be empty').max(500)),
  publisher: text('publisher').optional(),
  date: text('date').optional(),
  // Something that is not a URL is an error to fix; a URL of another scheme (javascript:, file:) is
  // kept out of the article rather than ever shown as a link.
  url: z.url({ error: 'url must be an absolute URL such as https://example.com/story' }).optional()
    .transform((u) => (u && /^https?:\/\//i.test(u) ? u : undefined)),
});

/** One line of a JSONL corpus file. */
export const JsonlArticleSchema = z.looseObject({
  id: text('id').pipe(z.string().min(1)),
  title: text('title').pipe(z.string().min(1)),
  body: z.string({ error: 'body must be text' }).min(1, 'body must not be empty'),
  publisher: text('publisher').optional(),
  date: text('date').optional(),
  url: z.string().optional(),
});

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Megabytes with enough decimals that a small limit does not read "0.0". */
function megabytes(bytes: number): string {
  const mb = bytes / 1048576;
  return mb >= 0.1 ? mb.toFixed(1) : mb.toPrecision(2);
}

function zodProblem(err: z.ZodError): string {
  return err.issues
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

function decode(file: string, bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CorpusError(file, 'is not valid UTF-8 text (save it as UTF-8)');
  }
}

function checkBody(file: string, body: string): void {
  if (body.trim().length === 0) throw new CorpusError(file, 'has no article text');
  // NUL and most C0 controls mean a binary file, not an article.
  const controls = body.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 0) throw new CorpusError(file, `contains ${controls} control character(s); is it a binary file?`);
}

/**
 * Parses one Markdown article: YAML front matter (`id`, `title`, optional `publisher`, `date`, `url`)
 * then the verbatim body.
 *
 * @example
 * parseMarkdown('corpus/a.md', '---\nid: a\ntitle: A\n---\nBody text.') // { id: 'a', title: 'A', body: 'Body text.', ... }
 */
export function parseMarkdown(file: string, source: string): Article {
  const src = source.replace(/^\uFEFF/, '');
  const m = FRONT_MATTER.exec(src);
  if (!m) throw new CorpusError(file, 'has no YAML front matter (start the file with ---, id: and title:, then ---)');
  let data: unknown;
  try {
    data = parseYaml(m[1] ?? '', { logLevel: 'error' }); // warnings (unknown tags) would print without the file name
  } catch (e) {
    throw new CorpusError(file, `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new CorpusError(file, 'front matter must be a YAML mapping with id and title');
  }
  const fm = FrontMatterSchema.safeParse(data);
  if (!fm.success) throw new CorpusError(file, `front matter: ${zodProblem(fm.error)}`);
  const body = src.slice(m[0].length);
  checkBody(file, body);
  const { id, title, publisher, date, url } = fm.data;
  return clean({ id, title, body, publisher, date, url, origin: file });
}

/**
 * Parses a plain-text article: the first non-empty line is its title (and stays in the body);
 * the id is the file name without extension.
 */
export function parseText(file: string, source: string): Article {
  const body = source.replace(/^\uFEFF/, '');
  checkBody(file, body);
  const firstLine = body.split(/\r?\n/).find((l) => l.trim().length > 0)!.trim();
  const title = firstLine.length > 200 ? firstLine.slice(0, 197).trimEnd() + '…' : firstLine;
  const id = basename(file, extname(file)).replace(/[^\w.-]+/g, '-');
  return { id, title, body, origin: file };
}

function clean(a: Article): Article {
  const out: Article = { id: a.id, title: a.title, body: a.body, origin: a.origin };
  if (a.publisher) out.publisher = a.publisher;
  if (a.date) out.date = a.date;
  if (a.url) out.url = a.url;
  return out;
}

/** Parses a JSONL file of articles; a bad line is a problem naming `file:line`, the others load. */
export function parseJsonl(file: string, source: string, problems: CorpusProblem[]): Article[] {
  const out: Article[] = [];
  source.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      problems.push({ file: where, message: `not valid JSON (${(e as Error).message})` });
      return;
    }
    const r = JsonlArticleSchema.safeParse(data);
    if (!r.success) {
      problems.push({ file: where, message: zodProblem(r.error) });
      return;
    }
    const { id, title, body, publisher, date, url } = r.data;
    out.push(clean({ id, title, body, publisher, date, url: url && /^https?:\/\//.test(url) ? url : undefined, origin: where }));
  });
  return out;
}

const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt', '.jsonl'];

/**
 * Where to read a corpus entry from: the file itself, or, for a symbolic link, its target when that
 * lies inside the corpus folder. A link out of the folder is refused, so a stray link (to a `.env`,
 * a home folder) can never put its target's text into an answer.
 */
async function entrySource(file: string, root: string | null): Promise<string> {
  if (!(await lstat(file)).isSymbolicLink()) return file;
  let target: string;
  try {
    target = await realpath(file);
  } catch {
    throw new CorpusError(file, 'is a symbolic link to something that does not exist');
  }
  const within = root === null ? null : relative(root, target);
  if (within === null || within === '' || within === '..' || within.startsWith(`..${sep}`) || isAbsolute(within)) {
    throw new CorpusError(file, `is a symbolic link to ${target}, outside the corpus folder; skipped (copy the file into the folder instead)`);
  }
  if (within.split(sep).some((part) => part.startsWith('.'))) {
    throw new CorpusError(file, `is a symbolic link to a hidden file (${within}); hidden files are never articles`);
  }
  return target;
}

/**
 * Loads every `.md`, `.txt` and `.jsonl` article in `dir` (sorted by name), plus `options.jsonl`.
 * Hidden files (`.env`, `.DS_Store`) and subfolders are never read; a symbolic link is followed only
 * when its target is inside `dir`. Never throws for a bad file: each failure is reported in
 * `problems` and the rest load. Duplicate ids keep the first article (in name order, the folder before `options.jsonl`; or the
 * article `options.owners` names) and report the others.
 *
 * @example
 * const { articles, problems } = await loadCorpus('corpus');
 */
export async function loadCorpus(dir: string, options: IngestOptions = {}): Promise<{ articles: Article[]; problems: CorpusProblem[] }> {
  const { maxFileBytes } = { ...DEFAULTS, ...options };
  const problems: CorpusProblem[] = [];
  const articles: Article[] = [];
  let names: string[] = [];
  let root: string | null = null;
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
    root = await realpath(dir);
  } catch (e) {
    problems.push({ file: dir, message: `cannot read the corpus folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
  }
  // Folder entries are checked for links out of the folder; the extra JSONL files are the operator's own choice.
  const files = names.filter((n) => ARTICLE_EXTENSIONS.includes(extname(n).toLowerCase())).map((n) => ({ file: join(dir, n), inFolder: true }));
  files.push(...(options.jsonl ?? []).map((file) => ({ file, inFolder: false })));
  for (const { file, inFolder } of files) {
    try {
      const from = inFolder ? await entrySource(file, root) : file;
      const info = await stat(from);
      if (!info.isFile()) continue;
      const isJsonl = extname(file).toLowerCase() === '.jsonl';
      if (!isJsonl && info.size > maxFileBytes) {
        throw new CorpusError(file, `is ${megabytes(info.size)} MB, over the ${megabytes(maxFileBytes)} MB limit for one article (split it, or raise the limit)`);
      }
      const source = decode(file, await readFile(from));
      const ext = extname(file).toLowerCase();
      if (isJsonl) for (const a of parseJsonl(file, source, problems)) articles.push(a); // no spread: a feed may hold 100,000s
      else if (ext === '.txt') articles.push(parseText(file, source));
      else articles.push(parseMarkdown(file, source));
    } catch (e) {
      if (e instanceof CorpusError) problems.push({ file: e.file, message: e.message.slice(e.file.length + 2) });
      else problems.push({ file, message: (e as Error).message });
    }
  }
  const unique = withoutDuplicateIds(articles, problems, options.owners);
  return { articles: unique, problems };
}

/** The problem of an article whose id another holds. */
export function duplicateId(article: Article, owner: string): CorpusProblem {
  return { file: article.origin, message: `id "${article.id}" is already used by ${owner}; skipped (give this article another id)` };
}

/** One article per id: the one from the origin `owners` names if it loaded, else the first; the others are reported. */
function withoutDuplicateIds(articles: Article[], problems: CorpusProblem[], owners: ReadonlyMap<string, string> = new Map()): Article[] {
  const holder = new Map<string, string>();
  for (const a of articles) if (owners.get(a.id) === a.origin) holder.set(a.id, a.origin);
  for (const a of articles) if (!holder.has(a.id)) holder.set(a.id, a.origin);
  return articles.filter((a) => {
    const owner = holder.get(a.id)!;
    if (owner === a.origin) return true;
    problems.push(duplicateId(a, owner));
    return false;
  });
}
