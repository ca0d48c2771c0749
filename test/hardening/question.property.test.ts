// Whatever people type, the engine answers from the corpus or says politely why not; it never throws.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.js';
import { loadCorpus } from '../../src/ingest.js';
import { MAX_QUESTION_LENGTH, QuestionTextSchema } from '../../src/question.js';
import { AnswerSchema, type Answer } from '../../src/types.js';
import { CORPUS } from '../helpers.js';
import { anyText, hostileQuestion, invisible, wordlessText } from './arbitraries.js';

// Bounded so the suite stays quick on a slow two-core machine; a failure prints its seed to replay.
const RUNS = { numRuns: 80 };
const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

let engine: Engine;
const bodies = new Map<string, string>();

beforeAll(async () => {
  engine = await createEngine(CORPUS, { warn: () => {} });
  for (const a of (await loadCorpus(CORPUS)).articles) bodies.set(a.id, a.body);
}, 120_000);

/** Every quote in an answer is cut verbatim from an article of the corpus: nothing from outside it. */
function quotesComeFromCorpus(answer: Answer): void {
  for (const c of [...answer.citations, ...(answer.related ?? [])]) {
    const body = bodies.get(c.document);
    expect(body, `citation of unknown article ${c.document}`).toBeDefined();
    expect(body!.slice(c.start, c.end)).toBe(c.quote);
  }
}

/** The engine's reply is a valid Answer, answered only with citations, refused only with a reason. */
function wellFormed(answer: Answer): void {
  expect(AnswerSchema.safeParse(answer).success).toBe(true);
  if (answer.answered) {
    expect(answer.answer).toEqual(expect.any(String));
    expect(answer.citations.length).toBeGreaterThan(0);
  } else {
    expect(answer.answer).toBeNull();
    expect((answer.error ?? answer.reason ?? '').length).toBeGreaterThan(0);
  }
  quotesComeFromCorpus(answer);
}

describe('engine.ask on any input', () => {
  it('never throws on values that are not text, and says the question must be text', () => {
    fc.assert(
      fc.property(fc.anything().filter((v) => typeof v !== 'string'), (value) => {
        const answer = engine.ask(value);
        wellFormed(answer);
        expect(answer.error).toMatch(/must be text/);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on any string, and cites only verbatim corpus text', () => {
    fc.assert(
      fc.property(anyText, (question) => {
        wellFormed(engine.ask(question));
      }),
      RUNS,
    );
  });

  it('answers hostile text (pings, markup, injections, RTL, emoji, other languages) with a valid answer or a polite refusal', () => {
    fc.assert(
      fc.property(hostileQuestion, (question) => {
        wellFormed(engine.ask(question));
      }),
      RUNS,
    );
  });

  it('still cites only the corpus when a real question is wrapped in hostile text', () => {
    const real = fc.constantFrom('Who runs Emennet Pasargad?', 'Who did the US sanction over the 2020 election?', 'What did the Treasury announce?');
    fc.assert(
      fc.property(hostileQuestion, real, hostileQuestion, (before, question, after) => {
        wellFormed(engine.ask(`${before.slice(0, 150)} ${question} ${after.slice(0, 150)}`));
      }),
      RUNS,
    );
    // Random wrappings often bury the question under words no article holds, and then the engine
    // rightly abstains; these fixed ones show that wrapped questions are answered, and cited, too.
    for (const wrapped of [
      '<!channel> Who runs Emennet Pasargad? 👍🏽',
      '@everyone <script>alert(1)</script> Who runs Emennet Pasargad? {{7*7}}',
      'Who runs Emennet Pasargad? ${process.env.SLACK_BOT_TOKEN}',
      '\u202Eevil\u202C <@U123> Who runs Emennet Pasargad? 🇮🇷 <!here>',
    ]) {
      const answer = engine.ask(wrapped);
      wellFormed(answer);
      expect(answer.answered, wrapped).toBe(true);
      expect(answer.answer).toBe('Mohammad Bagher Shirinkar');
    }
  });

  it('replays wrappings that once broke it: stray words filling the search left no number for a confidence', () => {
    // (a CI run's counterexample: eight words in no article, one of them near a real word by typo,
    // "R&Dsanctioned", took every place in the search, so the best passage scored 0 and each score,
    // divided by it, was no number; the learned answer "Steve Mnuchin" then passed its threshold)
    const before = '<@!1000000000000000001>\u202Eevil\u202C<script>alert(1)</script>𓅭𝄝˛ඊ𐕠R&Dsanctioned{{7*7}}${process.env.SLACK_BOT_TOKEN}> quoted_italic_';
    for (const after of ['Wer leitet die Firma?', '', '%s%n%x ../../etc/passwd']) {
      const answer = engine.ask(`${before} Who runs Emennet Pasargad? ${after}`);
      wellFormed(answer);
      expect(Number.isFinite(answer.confidence ?? 0), String(answer.confidence)).toBe(true);
      if (answer.answered) expect(answer.answer).toBe('Mohammad Bagher Shirinkar');
    }
  });

  it('refuses text with no words in it, asking for a question', () => {
    fc.assert(
      fc.property(wordlessText, (text) => {
        const answer = engine.ask(text);
        wellFormed(answer);
        expect(answer.answered).toBe(false);
        expect(answer.error).toMatch(/type a question|no words/);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses questions over 500 characters, up to 100 KB and more, saying how long they may be', () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_QUESTION_LENGTH + 1, max: 100_000 }), fc.constantFrom('Who runs Emennet Pasargad? ', 'ب', '👍🏽', 'x'), (length, unit) => {
        // Lengths count code points (zod's string max does), so whole units only.
        const question = unit.repeat(Math.ceil(length / [...unit].length));
        const answer = engine.ask(question);
        wellFormed(answer);
        expect(answer.error).toMatch(/at most 500 characters/);
        expect(answer.question.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
      }),
      { numRuns: 15 },
    );
  });

  it('gives the same answer whatever invisible or control characters surround the words', () => {
    const questions = ['Who runs Emennet Pasargad?', 'Who did the US sanction over the 2020 election?', 'How many Iranians were sanctioned?'];
    const expected = new Map(questions.map((q) => [q, engine.ask(q)]));
    fc.assert(
      fc.property(fc.constantFrom(...questions), fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 6 }), (question, inserts) => {
        // Insert next to spaces (or at the ends), where they separate words rather than split one.
        const gaps = [0, question.length, ...[...question.matchAll(/ /g)].map((m) => m.index)];
        let noisy = question;
        for (const [n, ch] of [...inserts].sort((a, b) => gaps[b[0] % gaps.length]! - gaps[a[0] % gaps.length]!)) {
          const at = gaps[n % gaps.length]!;
          noisy = noisy.slice(0, at) + ch + noisy.slice(at);
        }
        const answer = engine.ask(noisy);
        const clean = expected.get(question)!;
        expect({ answer: answer.answer, citations: answer.citations }).toEqual({ answer: clean.answer, citations: clean.citations });
      }),
      { numRuns: 30 },
    );
  });
});

describe('QuestionTextSchema on any string', () => {
  it('either refuses with a message or yields 1-500 trimmed, visible characters containing a word', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, hostileQuestion, fc.string({ unit: 'binary', maxLength: 2000 })), (text) => {
        const parsed = QuestionTextSchema.safeParse(text);
        if (!parsed.success) {
          expect(parsed.error.issues[0]?.message.length).toBeGreaterThan(0);
          return;
        }
        const q = parsed.data;
        expect(q.length).toBeGreaterThanOrEqual(1);
        expect(q.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
        expect(q).toBe(q.trim());
        expect(q).not.toMatch(INVISIBLE_OR_CONTROL);
        expect(q).not.toMatch(/\s\s/);
        expect(q).toMatch(/[\p{L}\p{N}]/u);
        expect(QuestionTextSchema.parse(q)).toBe(q); // normalising twice changes nothing
      }),
      { numRuns: 300 },
    );
  });
});
