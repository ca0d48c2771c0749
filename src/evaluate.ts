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
