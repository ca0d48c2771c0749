import { z } from 'zod';
import { normalizeAnswer } from './text.js';
import type { Answer } from './types.js';

export { normalizeAnswer };

/** One gold question: `any` (one phrase suffices) or `all` (every phrase), or `unanswerable`. */
export const GoldQuestionSchema = z
  .object({
    q: z.string().min(1),
    any: z.array(z.string()).optional(),
    all: z.array(z.string()).optional(),
    sources: z.array(z.string()).optional(),
    unanswerable: z.boolean().optional(),
  })
  .refine((g) => g.unanswerable || g.any || g.all, { message: 'needs "any", "all" or "unanswerable": true' });
export type GoldQuestion = z.infer<typeof GoldQuestionSchema>;

export interface Verdict {
  question: string;
  ok: boolean;
  expected: string;
  got: string;
  verbatim: boolean;
}

/** What the scorer needs to know of a cited article. */
export interface ScoredSource {
  body: string;
  origin: string;
  /** The shared seed file the article was made from (front matter `seed:`), matched by gold `sources` prefixes. */
  seed?: string;
}

export interface EvalReport {
  answerable: number;
  correct: number;
  unanswerable: number;
  abstained: number;
  quotes: number;
  verbatimQuotes: number;
  verdicts: Verdict[];
}

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');

/**
 * Scores answers against gold questions. Correct = answered, the short answer holds the gold
 * phrase(s), and a citation comes from a gold source (document id, file name or seed starting
 * with the source prefix, e.g. "001"). Unanswerable = abstained. Every quote is checked verbatim
 * against the article body it names.
 *
 * @example
 * score(gold, answers, (doc) => bodies.get(doc))
 */
export function score(gold: GoldQuestion[], answers: Answer[], sourceOf: (document: string) => ScoredSource | undefined): EvalReport {
  const r: EvalReport = { answerable: 0, correct: 0, unanswerable: 0, abstained: 0, quotes: 0, verbatimQuotes: 0, verdicts: [] };
  gold.forEach((g, i) => {
    const a = answers[i]!;
    let verbatim = true;
    for (const c of [...a.citations, ...(a.related ?? [])]) {
      r.quotes++;
      const src = sourceOf(c.document);
      const ok = !!src && src.body.slice(c.start, c.end) === c.quote;
      if (ok) r.verbatimQuotes++;
      else verbatim = false;
    }
    let ok: boolean;
    let expected: string;
    if (g.unanswerable) {
      r.unanswerable++;
      ok = !a.answered;
      expected = '(abstain)';
      if (ok) r.abstained++;
    } else {
      r.answerable++;
      const text = norm(a.answer ?? '');
      const phrases = g.all ?? g.any ?? [];
      const holds = g.all ? phrases.every((p) => text.includes(norm(p))) : phrases.some((p) => text.includes(norm(p)));
      const fromGold = !g.sources || a.citations.some((c) => {
        const src = sourceOf(c.document);
        const file = src?.origin.split('/').pop() ?? '';
        return g.sources!.some((s) => c.document.startsWith(s) || file.startsWith(s) || (src?.seed ?? '').startsWith(s));
      });
      ok = a.answered && holds && fromGold;
      expected = `${g.all ? 'all' : 'any'} of ${phrases.join(' | ')}${g.sources ? ` from ${g.sources.join('/')}` : ''}`;
      if (ok) r.correct++;
    }
    r.verdicts.push({ question: g.q, ok, expected, got: a.answered ? `${a.answer} [${a.citations.map((c) => c.document).join(', ')}]` : `(abstained) ${a.reason ?? ''}`, verbatim });
  });
  return r;
}

/**
 * One question of the held-out gold set (eval/gold/*.jsonl), written from the article before the
 * engine was run: an answerable one names its article, its gold spans (answers[0] is in the
 * evidence sentence, quoted verbatim from the article) and its split; an unanswerable one only
 * its article and split. Splits are by article: train (the scorer learns), dev (the threshold is
 * chosen), test (reported, never tuned on).
 */
export const GoldItemSchema = z.union([
  z.object({
    id: z.string().min(1),
    article: z.string().min(1),
    q: z.string().min(1),
    answers: z.array(z.string().min(1)).min(1),
    evidence: z.string().min(1),
    kind: z.string().optional(),
    split: z.enum(['train', 'dev', 'test']),
  }),
  z.object({
    id: z.string().min(1),
    article: z.string().min(1),
    q: z.string().min(1),
    unanswerable: z.literal(true),
    split: z.enum(['train', 'dev', 'test']),
  }),
]);
export type GoldItem = z.infer<typeof GoldItemSchema>;
export type Split = GoldItem['split'];

/** Parses JSONL gold items; errors name the file and line. */
export function parseGold(text: string, file: string): GoldItem[] {
  const out: GoldItem[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not JSON (${(e as Error).message})`);
    }
    const r = GoldItemSchema.safeParse(json);
    if (!r.success) throw new Error(`${file}:${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    out.push(r.data);
  });
  return out;
}


/** Strict: the short answer contains a gold answer ("P" for "NP-hard" does not count). */
export function containsGold(answer: string, golds: string[]): boolean {
  const a = normalizeAnswer(answer);
  return golds.some((g) => {
    const n = normalizeAnswer(g);
    return n.length > 0 && a.includes(n);
  });
}

export type Outcome = 'right' | 'wrong' | 'abstained';

/**
 * The outcome of one answer to a gold item: right = answered, the answer contains a gold span and
 * a citation comes from the gold article; wrong = answered otherwise (an unanswerable question
 * answered is wrong); abstained.
 */
export function judge(item: GoldItem, a: Answer, bodyOf?: (document: string) => string | undefined): Outcome {
  if (!a.answered) return 'abstained';
  if ('unanswerable' in item) return 'wrong';
  return containsGold(a.answer ?? '', item.answers) && a.citations.some((c) => sameArticle(c.document, item.article, bodyOf)) ? 'right' : 'wrong';
}

/**
 * Whether a cited article is the gold one: the same id, or (the BBC set holds some articles twice
 * under two ids) the same body.
 */
export function sameArticle(cited: string, gold: string, bodyOf?: (document: string) => string | undefined): boolean {
  if (cited === gold) return true;
  const body = bodyOf?.(cited);
  return body !== undefined && body === bodyOf?.(gold);
}

/** Confidence bands of the calibration table. */
export const CONFIDENCE_BANDS = [0, 0.2, 0.4, 0.6, 0.8, 1];

/** One row of a calibration table: answers given with confidence in [lo, hi) and the share right. */
export interface CalibrationRow {
  lo: number;
  hi: number;
  answers: number;
  right: number;
}

/** Answers per confidence band and how many were right (a band's share right should match its confidence). */
export function calibration(results: Array<{ confidence: number; outcome: Outcome }>, bands = CONFIDENCE_BANDS): CalibrationRow[] {
  const rows = bands.slice(0, -1).map((lo, i) => ({ lo, hi: bands[i + 1]!, answers: 0, right: 0 }));
  for (const r of results) {
    if (r.outcome === 'abstained') continue;
    const row = rows.find((b, i) => r.confidence >= b.lo && (r.confidence < b.hi || i === rows.length - 1))!;
    row.answers++;
    if (r.outcome === 'right') row.right++;
  }
  return rows;
}

/** Figures of one split: answerable right / wrong / abstained, unanswerable abstained. */
export interface SplitReport {
  answerable: number;
  right: number;
  wrongAnswerable: number;
  unanswerable: number;
  abstainedUnanswerable: number;
  /** Every wrong answer, answerable or not. */
  wrong: number;
  total: number;
}

/** Totals of {@link judge} outcomes over a split. */
export function report(items: GoldItem[], outcomes: Outcome[]): SplitReport {
  const r: SplitReport = { answerable: 0, right: 0, wrongAnswerable: 0, unanswerable: 0, abstainedUnanswerable: 0, wrong: 0, total: items.length };
  items.forEach((item, i) => {
    const o = outcomes[i]!;
    if (o === 'wrong') r.wrong++;
    if ('unanswerable' in item) {
      r.unanswerable++;
      if (o === 'abstained') r.abstainedUnanswerable++;
    } else {
      r.answerable++;
      if (o === 'right') r.right++;
      if (o === 'wrong') r.wrongAnswerable++;
    }
  });
  return r;
}
