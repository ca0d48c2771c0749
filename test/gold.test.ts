// Every gold question file (eval/gold/*.jsonl) is checked against the articles it is about: the
// evaluation is only as honest as its data.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGold, type GoldItem } from '../src/evaluate.js';
import { loadCorpus } from '../src/ingest.js';
import { bbcFiles, GOLD_DIR } from '../scripts/datasets.js';
import { CORPUS } from './helpers.js';

const files = (() => {
  try {
    return readdirSync(GOLD_DIR).filter((f) => f.endsWith('.jsonl')).sort();
  } catch {
    return [];
  }
})();
const items: Array<GoldItem & { file: string }> = files.flatMap((f) => parseGold(readFileSync(join(GOLD_DIR, f), 'utf8'), f).map((g) => ({ ...g, file: f })));
let bodies: Map<string, string>;
beforeAll(async () => {
  const { articles } = await loadCorpus(CORPUS, { jsonl: bbcFiles() });
  bodies = new Map(articles.map((a) => [a.id, a.body]));
});

describe.skipIf(files.length === 0)('gold questions (eval/gold)', () => {
  it('name articles that exist, with each answerable question\'s evidence quoted verbatim and holding its first answer', () => {
    const problems: string[] = [];
    for (const g of items) {
      const body = bodies.get(g.article);
      if (body === undefined) { problems.push(`${g.file} ${g.id}: no article "${g.article}"`); continue; }
      if ('unanswerable' in g) continue;
      if (!body.includes(g.evidence)) problems.push(`${g.file} ${g.id}: evidence is not verbatim in ${g.article}`);
      if (!g.evidence.includes(g.answers[0]!)) problems.push(`${g.file} ${g.id}: answers[0] "${g.answers[0]}" is not in the evidence`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every article one split and every question its own id', () => {
    const splitOf = new Map<string, string>();
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const g of items) {
      const s = splitOf.get(g.article);
      if (s && s !== g.split) problems.push(`${g.file} ${g.id}: ${g.article} is in both ${s} and ${g.split}`);
      splitOf.set(g.article, g.split);
      if (ids.has(g.id)) problems.push(`${g.file}: id ${g.id} repeats`);
      ids.add(g.id);
    }
    expect(problems).toEqual([]);
  });
});

describe('parseGold', () => {
  it('names the file, line and field of a malformed item', () => {
    expect(() => parseGold('{"id":"a","article":"x","q":"Who?","answers":[],"evidence":"e","split":"train"}\n', 'f.jsonl')).toThrow(/f\.jsonl:1/);
    expect(() => parseGold('{"id":"a","article":"x","q":"Who?","unanswerable":true,"split":"final"}\n', 'f.jsonl')).toThrow(/f\.jsonl:1/);
  });
});
