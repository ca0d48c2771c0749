// Questions typed without case, or wrapped in chat emphasis, read as the articles write their words.
import { beforeAll, describe, expect, it } from 'vitest';
import { casedAsCorpus } from '../src/answer/casing.js';
import { CorpusState, createEngine, type Engine } from '../src/engine.js';
import { loadCorpus } from '../src/ingest.js';
import { cleanQuestion } from '../src/question.js';
import { CORPUS, tempCorpus, withEngineOver } from './helpers.js';

let engine: Engine;
let state: CorpusState;

beforeAll(async () => {
  engine = await createEngine(CORPUS, { warn: () => {} });
  const { articles, problems } = await loadCorpus(CORPUS);
  state = CorpusState.build(articles, problems);
}, 120_000);

describe('casedAsCorpus', () => {
  it('capitalises the names the articles capitalise, and only those', () => {
    expect(casedAsCorpus('who runs emennet pasargad?', state)).toBe('who runs Emennet Pasargad?');
    expect(casedAsCorpus('how old is sajjad kashian?', state)).toBe('how old is Sajjad Kashian?');
  });

  it('reads all capitals as lower case, keeping the acronyms the articles use', () => {
    expect(casedAsCorpus('WHO RUNS EMENNET PASARGAD?', state)).toBe('who runs Emennet Pasargad?');
    expect(casedAsCorpus('WHAT IS THE IRGC?', state)).toBe('what is the IRGC?');
    // "WHO" is no acronym of these articles
    expect(casedAsCorpus('WHO DID THE US SANCTION?', state)).toBe('who did the US sanction?');
  });

  it('gives a lower-case acronym its capitals when the articles only use it so', () => {
    expect(casedAsCorpus('what is the irgc?', state)).toBe('what is the IRGC?');
  });

  it('reads a question in lower case but for its acronyms as typed without case; a capital first word is the asker\'s casing', () => {
    expect(casedAsCorpus('when did the IRGC use bayan gostar?', state)).toBe('when did the IRGC use Bayan Gostar?');
    // "department" is mostly written in names here ("Justice Department"), yet asked as a word
    expect(casedAsCorpus('Which department announced the indictment?', state)).toBe('Which department announced the indictment?');
  });

  it('capitalises a misspelt name as the name it is closest to, and leaves a misspelt word alone', () => {
    expect(casedAsCorpus('who runs emennet pasargard?', state)).toBe('who runs Emennet Pasargard?');
    expect(casedAsCorpus('who did the treasury sanctiond?', state)).toBe('who did the Treasury sanctiond?');
    expect(engine.ask('who runs emennet pasargard?')).toMatchObject({ answered: true, answer: 'Mohammad Bagher Shirinkar' });
  });

  it('gives a lower-case word the articles write mostly as an acronym its capitals, though a web address has it in lower case', async () => {
    await withEngineOver('waste', 'Nuclear waste', [
      'Foreign nuclear waste is stored in the UK at Sellafield in Cumbria.',
      'The UK government said the UK would take more waste.',
      'Details are at www.example.co.uk for readers.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('where is foreign nuclear waste stored in the uk?', { scorer }).answer, scorer).toMatch(/Sellafield/);
    });
  });

  it('cases a possessive as its word', () => {
    expect(casedAsCorpus("how old is sajjad kashian's co-defendant?", state)).toBe("how old is Sajjad Kashian's co-defendant?");
    expect(casedAsCorpus("what is the irgc's role?", state)).toBe("what is the IRGC's role?");
  });

  it('cases a hyphenated name whole, as the articles write it, though its parts are common words', async () => {
    // written for this test
    const { articles, problems } = await loadCorpus(await tempCorpus({
      'phones.md': ['---', 'id: phones', 'title: Phone networks', '---', 'Shares in T-Mobile rose as mobile phone sales grew.', '', 'Analysts said T-Mobile would add a mobile office service.', '', 'A mobile phone costs less this year, and T-Mobile agreed.', '', 'Its mid-term results were strong.'].join('\n'),
    }));
    const small = CorpusState.build(articles, problems);
    expect(casedAsCorpus("who is t-mobile's ceo?", small)).toBe("who is T-Mobile's ceo?");
    expect(casedAsCorpus('what did t-mobile add?', small)).toBe('what did T-Mobile add?');
    // a hyphenated word the articles write in lower case stays so
    expect(casedAsCorpus('how were the mid-term results?', small)).toBe('how were the mid-term results?');
  });

  it('leaves a question typed with its own casing alone', () => {
    for (const q of ['Who runs Emennet Pasargad?', 'who runs Emennet pasargad?', 'Who runs it?']) expect(casedAsCorpus(q, state)).toBe(q);
  });
});

describe('engine.ask on questions typed without case or with chat emphasis', () => {
  it.each([
    'WHO RUNS EMENNET PASARGAD?',
    'who runs emennet pasargad',
    '_Who runs Emennet Pasargad?_',
    '~~Who runs Emennet Pasargad?~~',
    '***who runs emennet pasargad?***',
  ])('answers %j as the cased question, echoing it as typed', (typed) => {
    const answer = engine.ask(typed);
    expect(answer).toMatchObject({ answered: true, answer: 'Mohammad Bagher Shirinkar' });
    expect(answer.question).toBe(typed.trim());
  });

  it('strips emphasis marks at word edges only', () => {
    expect(cleanQuestion('_Who runs *Emennet Pasargad*?_')).toBe('Who runs Emennet Pasargad?');
    expect(cleanQuestion('What is snake_case called?')).toBe('What is snake_case called?');
  });
});
