import { z } from 'zod';
import { FEATURES } from './features.js';
import trained from './model.json' with { type: 'json' };

/**
 * The answer scorer: logistic regression over the named features, learned by `npm run train`
 * (scripts/train.ts) and stored in src/answer/model.json with the threshold chosen on the dev split.
 */
const LinearSchema = z.object({
  /** Feature names, in the order of the other arrays. */
  features: z.array(z.string()),
  /** Standardisation: each feature's mean and spread on the training data. */
  mean: z.array(z.number()),
  scale: z.array(z.number()),
  weights: z.array(z.number()),
  bias: z.number(),
});
export type Linear = z.infer<typeof LinearSchema>;

export const ModelSchema = z.object({
  /** Orders the weighed passages before candidates are drawn from the best (logistic regression over {@link PASSAGE_FEATURES}). */
  passage: LinearSchema.optional(),
  /** Ranks a question's candidates (softmax over them: conditional logistic regression over {@link FEATURES}). */
  ranker: LinearSchema,
  /** How likely the top candidate is right (logistic regression over {@link ANSWER_FEATURES}): the confidence. */
  confidence: LinearSchema,
  /** Lowest confidence that is still an answer (chosen on the dev split). */
  threshold: z.number().min(0).max(1),
  /** How it was made: data, sizes, regularisation; for the record only. */
  trainedOn: z.record(z.string(), z.unknown()).optional(),
});
export type Model = z.infer<typeof ModelSchema>;

/**
 * What the confidence model reads about a question's top candidate: how far the ranker prefers
 * it, and how well its sentence supports the question.
 */
export const ANSWER_SUMMARY = [
  'topShare', // the top candidate's share of the ranker's softmax over the question's candidates
  'topScore', // the ranker's raw score of the top candidate
  'margin', // its score minus the best other thing's
  'coverage', // the top sentence's graded coverage of the question
  'sentenceCoverage',
  'entitySentence',
  'relation',
  'missingEssential',
  'retrieval',
  'candidates', // log of the number of distinct things named
  'rulesAgree', // the rules stage, reading the sentences literally, answers with the same thing
  'rulesDisagree', // the rules stage answers with something else
] as const;
export const ANSWER_FEATURES: readonly string[] = [...ANSWER_SUMMARY, ...FEATURES.map((f) => `top:${f}`)];

/** What the passage model reads about a weighed passage. */
export const PASSAGE_FEATURES = [
  'coverage', 'sentenceCoverage', 'entitySentence', 'entityContext', 'relation', 'missingEssential', 'retrieval',
  'searchRank', // 1 / (1 + its place in the preliminary order)
  'mayHold', // it passes the cheap test for an answer of the kind asked (a capitalised word, a digit, a month ...)
  'phrase', // share of the question's neighbouring word pairs next to each other in it
  'lead', // 1 / (1 + its place in its article)
] as const;

/** A linear function over named features; features it does not know weigh nothing. */
class LinearFn {
  private readonly w: Float64Array;
  private readonly mean: Float64Array;
  private readonly scale: Float64Array;
  constructor(private readonly l: Linear, names: readonly string[]) {
    const at = new Map(l.features.map((f, i) => [f, i]));
    const pick = (xs: number[], fallback: number) => Float64Array.from(names, (f) => (at.has(f) ? xs[at.get(f)!]! : fallback));
    this.w = pick(l.weights, 0);
    this.mean = pick(l.mean, 0);
    this.scale = pick(l.scale, 1);
  }
  value(x: ArrayLike<number>): number {
    let z = this.l.bias;
    for (let i = 0; i < x.length; i++) z += (this.w[i]! * (x[i]! - this.mean[i]!)) / (this.scale[i]! || 1);
    return z;
  }
}

/** The committed model, ready to score feature vectors. */
export class Scorer {
  private readonly ranker: LinearFn;
  private readonly confidenceFn: LinearFn;
  private readonly passageFn: LinearFn | null;
  constructor(readonly model: Model) {
    this.passageFn = model.passage ? new LinearFn(model.passage, PASSAGE_FEATURES) : null;
    this.ranker = new LinearFn(model.ranker, FEATURES);
    this.confidenceFn = new LinearFn(model.confidence, ANSWER_FEATURES);
  }

  /** The ranker's score of a candidate (higher: more likely the answer among the question's candidates). */
  score(x: Float64Array): number {
    return this.ranker.value(x);
  }

  /** How likely a passage holds the answer (higher first); null when the model has no passage part. */
  passage(x: ArrayLike<number>): number | null {
    return this.passageFn ? this.passageFn.value(x) : null;
  }

  /** Probability that the top candidate, described by {@link ANSWER_FEATURES}, is right. */
  confidence(x: ArrayLike<number>): number {
    return 1 / (1 + Math.exp(-this.confidenceFn.value(x)));
  }

  get threshold(): number {
    return this.model.threshold;
  }
}

let shared: Scorer | null = null;
/** The committed model. */
export function scorer(): Scorer {
  shared ??= new Scorer(ModelSchema.parse(trained));
  return shared;
}

/** Makes `m` the model every question uses (training evaluates candidate models this way). */
export function useModel(m: Model): void {
  shared = new Scorer(m);
}
