// The data `npm run train`, `npm run eval` and `npm run check:squad` read: the gold questions in
// eval/gold/*.jsonl over the corpus and the BBC articles, and the SQuAD 2.0 sample as an outside test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusState } from '../src/engine.js';
import { loadCorpus, type Article } from '../src/ingest.js';
import { parseGold, type GoldItem } from '../src/evaluate.js';

/** The repository root. */
export const ROOT = new URL('..', import.meta.url).pathname;
export const GOLD_DIR = join(ROOT, 'eval', 'gold');
export const BBC_DIR = join(ROOT, '..', 'shared', 'data', 'bbc-news');
export const SQUAD_FILE = join(ROOT, '..', 'shared', 'data', 'squad', 'squad-v2.0-dev-6articles.flat.jsonl');

/** Every gold item of every file in `dir` (none when the folder is missing). */
export function loadGold(dir = GOLD_DIR): GoldItem[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  } catch {
    return [];
  }
  return files.flatMap((f) => parseGold(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}

/** The BBC article files (../shared/data/bbc-news/*.jsonl). */
export function bbcFiles(dir = BBC_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
}

/** The corpus folder and the BBC articles, indexed together (what the gold questions are asked of). */
export async function newsState(corpus = join(ROOT, 'corpus'), jsonl = bbcFiles()): Promise<CorpusState> {
  const { articles, problems } = await loadCorpus(corpus, { jsonl });
  return CorpusState.build(articles, problems);
}

/**
 * SQuAD articles training may read: the first three of the six by title (only the passage model
 * learns from them; see scripts/train.ts). The other three are the outside test `npm run
 * check:squad` reports.
 */
export const SQUAD_TRAIN_TITLES = ['Computational_complexity_theory', 'Normans', 'Rhine'];

interface SquadRow { id: string; title: string; paragraph_index: number; context: string; question: string; is_impossible: boolean; answers: Array<{ text: string }> }

/** The SQuAD sample: one article per paragraph, its questions as gold items (split train or test by title). */
export function squad(file = SQUAD_FILE): { state: CorpusState; items: GoldItem[] } {
  const rows = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as SquadRow);
  const paragraphs = new Map<string, Article>();
  const items: GoldItem[] = [];
  for (const r of rows) {
    const id = `${r.title}-${r.paragraph_index}`.replace(/[^\w.-]+/g, '-');
    paragraphs.set(id, { id, title: r.title.replace(/_/g, ' '), body: r.context, origin: file });
    const split = SQUAD_TRAIN_TITLES.includes(r.title) ? 'train' : 'test';
    if (r.is_impossible || r.answers.length === 0) items.push({ id: r.id, article: id, q: r.question, unanswerable: true, split });
    else items.push({ id: r.id, article: id, q: r.question, answers: [...new Set(r.answers.map((a) => a.text))], evidence: r.context, split });
  }
  return { state: CorpusState.build([...paragraphs.values()], []), items };
}

const bodyMaps = new WeakMap<CorpusState, Map<string, string>>();
/** Article id → body of a state's articles (for {@link judge}'s same-body rule). */
export function bodyOf(state: CorpusState): (id: string) => string | undefined {
  let m = bodyMaps.get(state);
  if (!m) {
    m = new Map(state.articles.map((a) => [a.id, a.body]));
    bodyMaps.set(state, m);
  }
  const map = m;
  return (id) => map.get(id);
}
