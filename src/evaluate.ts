import { z } from 'zod';
import type { Answer } from './types.js';

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
 * phrase(s), and a citation comes from a gold source (document id or origin file name starting
 * with the source prefix, e.g. "001"). Unanswerable = abstained. Every quote is checked verbatim
 * against the article body it names.
 *
 * @example
 * score(gold, answers, (doc) => bodies.get(doc))
 */
export function score(gold: GoldQuestion[], answers: Answer[], sourceOf: (document: string) => { body: string; origin: string } | undefined): EvalReport {
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
        const origin = sourceOf(c.document)?.origin ?? '';
        return g.sources!.some((s) => c.document.startsWith(s) || origin.split('/').pop()!.startsWith(s) || seedOf(origin).startsWith(s));
      });
      ok = a.answered && holds && fromGold;
      expected = `${g.all ? 'all' : 'any'} of ${phrases.join(' | ')}${g.sources ? ` from ${g.sources.join('/')}` : ''}`;
      if (ok) r.correct++;
    }
    r.verdicts.push({ question: g.q, ok, expected, got: a.answered ? `${a.answer} [${a.citations.map((c) => c.document).join(', ')}]` : `(abstained) ${a.reason ?? ''}`, verbatim });
  });
  return r;
}

// Corpus files made from the shared seeds name their seed in the front matter; the eval reads it
// through the origin registry below (set by the CLI), so gold "001" finds the article made from 001_….
const seedByOrigin = new Map<string, string>();
/** Records which seed file an article file was made from (front matter `seed:`). */
export function registerSeed(origin: string, seed: string): void {
  seedByOrigin.set(origin, seed);
}
function seedOf(origin: string): string {
  return seedByOrigin.get(origin) ?? '';
}
