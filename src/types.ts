import { z } from 'zod';

/** One cited sentence: `quote` is exactly `article body.slice(start, end)`. */
export const CitationSchema = z.object({
  /** Article id (front matter `id`, or the file name for .txt). */
  document: z.string(),
  title: z.string(),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Publisher, date and URL when the article's front matter states them. */
  publisher: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** What the engine returns for one question; every adapter renders this and nothing else. */
export const AnswerSchema = z.object({
  question: z.string(),
  answered: z.boolean(),
  /** The short answer (≤ 15 words), or null when the engine abstains. */
  answer: z.string().nullable(),
  /** 0..1; higher is more often right. */
  confidence: z.number().min(0).max(1),
  /** Verbatim supporting quotes, best first, merged across articles. */
  citations: z.array(CitationSchema),
  /** When abstaining: the closest passages. */
  related: z.array(CitationSchema).optional(),
  /** One line saying why the engine abstained (or why the question was refused). */
  reason: z.string().optional(),
  /** Set when the question itself was refused (empty, too long, ...). */
  error: z.string().optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;

/** One indexed article, as listed by `engine.sources()`. */
export const SourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  /** Where it came from (file path, or path#line for JSONL). */
  origin: z.string(),
  passages: z.number().int().nonnegative(),
});
export type Source = z.infer<typeof SourceSchema>;
