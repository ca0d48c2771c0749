// Answers stay right at scale: the seed articles beside the 2,225 BBC articles
// (../shared/data/bbc-news, research licence, read at run time and never copied here).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../src/engine.js';
import { loadCorpus } from '../src/ingest.js';
import { GoldQuestionSchema, score } from '../src/evaluate.js';
import { CORPUS } from './helpers.js';

const SHARED = new URL('../../shared', import.meta.url).pathname;
const BBC = join(SHARED, 'data', 'bbc-news');
const EVAL = join(SHARED, 'eval', 'questions.jsonl');
const bbcFiles = existsSync(BBC) ? readdirSync(BBC).filter((f) => f.endsWith('.jsonl')).map((f) => join(BBC, f)) : [];

describe.skipIf(bbcFiles.length === 0 || !existsSync(EVAL))('with the BBC corpus loaded beside the seeds', () => {
  let seedOnly: Engine;
  let withBbc: Engine;
  beforeAll(async () => {
    seedOnly = await createEngine(CORPUS, { warn: () => {} });
    withBbc = await createEngine(CORPUS, { jsonl: bbcFiles, warn: () => {} });
  }, 120_000);

  it('loads all 2,225 BBC articles', () => {
    expect(withBbc.sources().length).toBe(3 + 2225);
    expect(withBbc.problems()).toEqual([]);
  });

  it('scores the shared eval questions as well as on the seeds alone', async () => {
    const gold = readFileSync(EVAL, 'utf8').trim().split('\n').map((l) => GoldQuestionSchema.parse(JSON.parse(l)));
    const { articles } = await loadCorpus(CORPUS);
    const seedOf = (origin: string) => /^seed: (\S+)$/m.exec(readFileSync(origin, 'utf8'))?.[1];
    const byId = new Map(articles.map((a) => [a.id, { body: a.body, origin: a.origin, seed: seedOf(a.origin) }]));
    const alone = score(gold, gold.map((g) => seedOnly.ask(g.q)), (d) => byId.get(d));
    const beside = score(gold, gold.map((g) => withBbc.ask(g.q)), (d) => byId.get(d));
    expect(beside.correct).toBeGreaterThanOrEqual(alone.correct);
    expect(beside.abstained).toBeGreaterThanOrEqual(alone.abstained);
    expect(beside.correct / beside.answerable).toBeGreaterThanOrEqual(0.9);
    expect(beside.abstained / beside.unanswerable).toBeGreaterThanOrEqual(0.9);
  });

  const bbc: Array<[string, RegExp, string]> = [
    ['Who is a spokesman for Crossrail?', /Jeremy de Souza/, 'bbc-business-166'],
    ['Where did the IPCL board meet?', /Mumbai/, 'bbc-business-486'],
    ['Who is the vice-chairman of India Petrochemicals Limited?', /Anil Ambani/, 'bbc-business-486'],
    ['Which prop did England name in the starting line-up?', /Matt Stevens/, 'bbc-sport-334'],
    ['Who suffered a broken arm playing for Gloucester?', /Phil Vickery/, 'bbc-sport-334'],
    ['How old is Hicham El Guerrouj?', /^30$/, 'bbc-sport-025'],
    ['Who will host Strictly Ice Dancing?', /Bruce Forsyth and Tess Daly/, 'bbc-entertainment-188'],
    ['When will the Crossrail bill go before the House of Commons?', /23 February/, 'bbc-business-166'],
    ['Which party did Robert Jackson defect to?', /^Labour$/, ''],
    ['Which steroid did Dwain Chambers test positive for?', /^THG$/, ''],
    ['How many people fear losing friends when they lose their phone?', /^one in three$/, 'bbc-tech-069'],
    ['How much do some foster carers get a week?', /^(just )?£50$/, 'bbc-politics-103'],
    ['Who is the Minister for Children, Young People and Families?', /^Margaret Hodge$/, 'bbc-politics-103'],
  ];
  for (const [q, expected, doc] of bbc) {
    it(`answers "${q}" from the BBC article`, () => {
      const a = withBbc.ask(q);
      expect(a.answer, JSON.stringify(a.related ?? a.reason)).toMatch(expected);
      if (doc) expect(a.citations.map((c) => c.document)).toContain(doc);
      else expect(a.citations[0]?.document).toMatch(/^bbc-/);
    });
  }

  it('does not vouch for a list answer by one of its items ("UK\'s" of "Competition, people, mobiles, UK\'s and generation")', () => {
    const a = withBbc.ask('Which operators are due to launch 3G in 2005?');
    if (a.answered) expect(a.answer).not.toMatch(/Competition|people|generation/);
  });

  it("does not answer with the question's own name misspelt in lower case ('bernie ebers'' is Ebbers)", () => {
    // "ebers" is one typo from "ever" too, so it is not cased and corrected as a name
    for (const scorer of ['rules', 'checked'] as const) {
      expect(withBbc.ask("who is bernie ebers' lawyer?", { scorer }).answer ?? '', scorer).not.toMatch(/Ebbers/);
    }
  });
});
