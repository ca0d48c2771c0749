// The learned answer stage (answer: { scorer: 'learned' }): soft evidence, typo-tolerant names,
// aliases, acronyms, the scorer and its calibrated confidence.
import { beforeAll, describe, expect, it } from 'vitest';
import { keyOf, nameSpans } from '../src/answer/candidates.js';
import { analyse, confidenceIn, learnedConfidence, rulesSaid } from '../src/answer/index.js';
import { rankByKey } from '../src/answer/choose.js';
import { addAliases, correctSpelling, markSentence, questionTermIds, renamedIn, SIMILARITY_WORDS, Similarities } from '../src/answer/evidence.js';
import { wordVectors } from '../src/answer/vectors.js';
import { CorpusState, createEngine, type Engine } from '../src/engine.js';
import { calibration, containsGold } from '../src/evaluate.js';
import { loadCorpus } from '../src/ingest.js';
import { analyzeQuestion } from '../src/question.js';
import { Tagger } from '../src/tagging.js';
import { normalizeTerm } from '../src/text.js';
import { CORPUS, nameTypes, tempCorpus, withEngineOver } from './helpers.js';

let engine: Engine;
let state: CorpusState;
beforeAll(async () => {
  engine = await createEngine(CORPUS, { warn: () => {}, answer: { scorer: 'learned' } });
  state = CorpusState.build((await loadCorpus(CORPUS)).articles, []);
});
const term = (w: string) => normalizeTerm(w)!;

describe('term ids', () => {
  it('marks exactly the terms a sentence holds, and looks up a question\'s words and stand-ins once', () => {
    const vocabulary = state.termsById();
    for (let p = 0; p < state.passages.length; p++) {
      const marks = markSentence(state, p);
      const view = state.passageTerms(p);
      for (let id = 0; id < vocabulary.length; id++) expect(marks.has(id), `${p} ${vocabulary[id]}`).toBe(view.has(vocabulary[id]!));
    }
    const q = analyzeQuestion('Who manages Emennet Pasargad?');
    const ids = questionTermIds(q, state);
    expect(questionTermIds(q, state)).toBe(ids);
    q.terms.forEach((t, i) => {
      expect(ids[i]!.id).toBe(vocabulary.indexOf(t.term));
      // only stand-ins some sentence uses, each with its id
      expect(ids[i]!.related.map((r) => r.term)).toEqual(t.related.map((r) => r.term).filter((x) => vocabulary.includes(x)));
      for (const r of ids[i]!.related) expect(vocabulary[r.id]).toBe(r.term);
    });
  });
});

describe('soft evidence', () => {
  it('knows from word vectors that "spokesman" is closer to "spoke" than to "banana"', () => {
    const v = wordVectors();
    expect(v.size).toBeGreaterThan(10_000);
    expect(v.similarity(term('spokesman'), term('spoke'))).toBeGreaterThan(v.similarity(term('spokesman'), term('banana')) + 0.2);
  });

  it('keeps the similarity tables of the words used last, and empties a table it reuses for another word', () => {
    const v = wordVectors();
    const words = 'spokesman spoke banana court sentence prison owner company minister election government police market price bank money share profit growth music film actor award game player match team coach season league goal health school student teacher doctor hospital water energy oil computer phone software internet network virus security army war peace treaty report research'
      .split(' ').map(term).filter((w) => v.has(w));
    expect(words.length).toBeGreaterThan(SIMILARITY_WORDS + 2);
    const vocabulary = words.slice(0, 10);
    const table = new Similarities(vocabulary);
    const [kept, ...others] = words;
    const keptTable = table.of(kept!)!;
    table.at(keptTable, v.rowOf(kept!), 1);
    // more new words than the tables kept, the first word used again between them: its table stays
    // (each new word's similarities read through its table: once tables are reused, a table that
    // kept the similarities of the word it was made for would give those)
    for (const w of others) {
      const sims = table.of(w)!;
      for (let id = 0; id < vocabulary.length; id++) expect(table.at(sims, v.rowOf(w), id)).toBe(v.similarity(w, vocabulary[id]!));
      expect(table.of(kept!)).toBe(keptTable);
    }
    expect(keptTable[1]).toBe(v.similarity(kept!, vocabulary[1]!));
  });

  it('weighs a sentence that lacks a question word lower, but still weighs it', async () => {
    const dir = await tempCorpus({
      'a.md': '---\nid: court\ntitle: Court case\n---\nThe judge gave Kazemi a prison term of 26 years on Monday. Kazemi was sentenced to 26 years.\n',
    });
    const { articles } = await loadCorpus(dir);
    const st = CorpusState.build(articles, []);
    const { evidence } = analyse(analyzeQuestion('How long a sentence did Kazemi get?'), st);
    const exact = evidence.find((e) => e.passage.text.includes('sentenced'))!;
    const soft = evidence.find((e) => e.passage.text.includes('prison term'))!;
    // "sentence" ~ "prison"/"term" by word vectors: graded below the exact word, not vetoed
    expect(soft.matched.size).toBeGreaterThan(1);
    expect(soft.sentenceCoverage).toBeGreaterThan(0.6);
    expect(soft.sentenceCoverage).toBeLessThan(exact.sentenceCoverage);
  });
});

describe('names', () => {
  it('spells a mistyped name as the corpus does', () => {
    const q = correctSpelling(analyzeQuestion('Who runs Emennet Pasargard?'), state);
    expect(q.terms.map((t) => t.term)).toContain('pasargad');
  });

  it('adds the other name an article gives ("later renamed")', () => {
    const q = addAliases(analyzeQuestion('Who runs Eeleyanet Gostar?'), state);
    const aliases = q.terms.filter((t) => t.alias).map((t) => t.term);
    expect(aliases).toEqual(expect.arrayContaining(['emennet', 'pasargad']));
  });
});

describe('candidates', () => {
  /** The learned stage's candidates for `question` over one article written for the test. */
  const candidatesOver = async (id: string, title: string, body: string, question: string) => {
    const dir = await tempCorpus({ 'a.md': `---\nid: ${id}\ntitle: ${title}\n---\n${body}\n` });
    const st = CorpusState.build((await loadCorpus(dir)).articles, []);
    return analyse(analyzeQuestion(question), st).scored;
  };

  it('offers the former name an article gives when asked what a company was called', () => {
    const { scored } = analyse(analyzeQuestion('What was Emennet Pasargad called before?'), state);
    expect(scored.map((s) => s.candidate.text)).toContain('Eeleyanet Gostar');
  });

  it('types an untyped name by the common noun just before it ("cyber company Emennet Pasargad"), not across a comma', () => {
    const typed = (sentence: string) => {
      const toks = Tagger.fresh(sentence);
      return nameSpans(toks).map((sp) => [toks.slice(sp.from, sp.to + 1).map((t) => t.text).join(' '), sp.type]);
    };
    expect(typed('All six were linked with an Iranian cyber company Emennet Pasargad which was also sanctioned.')).toContainEqual(['Emennet Pasargad', 'organization']);
    expect(typed('They met the company, Emennet Pasargad said.')).not.toContainEqual(['Emennet Pasargad', 'organization']);
  });

  it('reads a name followed by an age ("Sajjad Kashian, 27,") as a person', () => {
    const toks = Tagger.fresh('The indictment names Seyyed Kazemi, 24, and Sajjad Kashian, 27, of Tehran.');
    const spans = nameSpans(toks).map((sp) => [toks.slice(sp.from, sp.to + 1).map((t) => t.text).join(' '), sp.type]);
    expect(spans).toContainEqual(['Seyyed Kazemi', 'person']);
    expect(spans).toContainEqual(['Sajjad Kashian', 'person']);
  });

  it('keeps a hyphenated modifier in a noun phrase and marks what the sentence says its subject is ("a non-profit organisation")', async () => {
    const scored = await candidatesOver('lab', 'Games in class', 'The game is used by Futurelab to test the viability of gaming in class. Futurelab is a non-profit organisation looking at ways of using technology for learning.', 'What kind of organisation is Futurelab?');
    const np = scored.find((s) => s.candidate.text === 'non-profit organisation');
    expect(np).toBeDefined();
    expect(np!.candidate.cues.has('saidOfName')).toBe(true);
  });

  it('never describes a name by its courtesy title ("Mr")', async () => {
    const texts = (await candidatesOver('party', 'Party news', 'Mr Damian Hockney said the party would grow. Deputy leader Damian Hockney spoke in London.', "What is Damian Hockney's role?")).map((s) => s.candidate.text);
    expect(texts).toContain('Deputy leader');
    expect(texts).not.toContain('Mr');
  });

  it('draws an age written "the 60-year-old" as the number alone', async () => {
    const texts = (await candidatesOver('film', 'Douglas plans film', 'Michael Douglas visited India. On the visit, the 60-year-old actor said he hoped to start shooting next year.', 'How old is Michael Douglas?')).map((s) => s.candidate.text);
    expect(texts).toContain('60');
    expect(texts).not.toContain('60-year');
  });

  it('reads a name in apposition with a role noun ("Alireza Miryousefi, a spokesman for", "its main administrator, X") as a person', () => {
    expect(nameTypes("Alireza Miryousefi, a spokesman for Iran's mission to the United Nations, denied it.")['Alireza Miryousefi']).toBe('person');
    expect(nameTypes('Among them is its main administrator, Bagher Shirinkar, who was sanctioned.')['Bagher Shirinkar']).toBe('person');
    expect(nameTypes('Emennet Pasargad, a company in Tehran, was sanctioned.')['Emennet Pasargad']).not.toBe('person');
  });

  it('leaves a plural common noun opening the sentence out of the name after it ("Sprinters Kostas Kenteris")', () => {
    const sentence = 'Sprinters Kostas Kenteris and Katerina Thanou were cleared.';
    const toks = Tagger.fresh(sentence);
    expect(nameSpans(toks).map((sp) => sentence.slice(toks[sp.from]!.start, toks[sp.to]!.end))).toContain('Kostas Kenteris');
  });

  it('runs a name on over the number that is part of it ("Channel 4", "Fahrenheit 9/11"), not over a score, a count or a year', () => {
    const spans = (sentence: string) => {
      const toks = Tagger.fresh(sentence);
      return nameSpans(toks).map((sp) => sentence.slice(toks[sp.from]!.start, toks[sp.to]!.end));
    };
    expect(spans('The show became a hit on Channel 4.')).toContain('Channel 4');
    expect(spans("Michael Moore's documentary Fahrenheit 9/11 won the best documentary.")).toContain('Fahrenheit 9/11');
    expect(spans('Sales of the Xbox 2 will be strong.')).toContain('Xbox 2');
    expect(spans('The result was Chelsea 2 Arsenal 1 on the day.')).not.toContain('Arsenal 1');
    expect(spans('The referee gave Leyton 3 points.')).toContain('Leyton');
    expect(spans('The city fell in AD 70 to the legions.')).not.toContain('AD 70');
  });

  it('reads a name before "-based" as a place, and the name after it as what is based there ("US-based Amazon.com")', async () => {
    const toks = Tagger.fresh("For instance, US-based Harbex holds a patent on 'one-click shopping'.");
    expect(nameSpans(toks).map((sp) => [toks.slice(sp.from, sp.to + 1).map((t) => t.text).join(' '), sp.type])).toContainEqual(['US', 'place']);
    await withEngineOver('patent', 'Software patents', ["For instance, US-based Harbex holds a patent on 'one-click shopping'.", 'Critics say the law would favour large firms.'], (small) => {
      for (const scorer of ['checked', 'rules', 'learned'] as const) expect(small.ask('Which company holds a patent on one-click shopping?', { scorer }).answer, scorer).toBe('Harbex');
    });
  });

  it('joins names over "of the" and hyphenated lower-case words ("News of the World", "Stockton-on-Tees")', () => {
    const spans = (sentence: string) => {
      const toks = Tagger.fresh(sentence);
      return nameSpans(toks).map((sp) => sentence.slice(toks[sp.from]!.start, toks[sp.to]!.end));
    };
    expect(spans('The News of the World reports that Anelka wants to leave.')).toContain('News of the World');
    expect(spans('They worked for the Council of Guardians of the Constitution in Tehran.')).toContain('Council of Guardians of the Constitution');
    expect(spans('Polls are held at Bristol, Isle of Wight and Stockton-on-Tees.')).toContain('Stockton-on-Tees');
  });

  it('keeps a calendar word between capitalised words on the name ("the New Year Honours list")', () => {
    // written for this test
    const spans = (sentence: string) => {
      const toks = Tagger.fresh(sentence);
      return nameSpans(toks).map((sp) => sentence.slice(toks[sp.from]!.start, toks[sp.to]!.end));
    };
    const honours = spans('Games maker Peter Molyneux has been made an OBE in the New Year Honours list.');
    expect(honours).toContain('New Year Honours');
    expect(honours).not.toContain('New');
    // (a word in lower case between two names joins neither)
    expect(spans('Simon Hughes branded Michael Howard arrogant.')).toEqual(['Simon Hughes', 'Michael Howard']);
  });

  /** The candidate texts the learned stage draws for a question from a one-article corpus. */
  const candidatesFor = async (body: string, question: string) => {
    const dir = await tempCorpus({ 'a.md': `---\nid: one\ntitle: One\n---\n${body}\n` });
    const st = CorpusState.build((await loadCorpus(dir)).articles, []);
    return analyse(analyzeQuestion(question), st).scored.map((s) => s.candidate.text);
  };

  it('takes a fraction written apart whole, one of a unit of time as a length and a rank with a thousands comma, never half a bracket, and no rank for a thing asked with no noun', async () => {
    // written for this test
    expect(await candidatesFor('Where a plea of guilty was made, the maximum reduction would be one sixth, the council said.', 'What will the maximum reduction be?')).toContain('one sixth');
    const score = await candidatesFor('Saulnier battled to a 6-7 (3-7) 6-3 6-3 win over seventh seed Jurgen Melzner, who twisted his ankle.', 'What did Jurgen Melzner twist?');
    expect(score).toContain('ankle');
    expect(score.filter((t) => /\)/.test(t) && !/\(/.test(t))).toEqual([]);
    expect(score).not.toContain('seventh');
    // (a span that opens a bracket it does not close ends before it)
    expect(await candidatesFor('Black Spider said the outbreak started at 0630 BST (0530 GMT) on Thursday.', 'What time did the outbreak start, according to Black Spider?')).toContain('0630 BST');
    // (an ordinal with a thousands comma is a rank: "the 2,271st star")
    expect(await candidatesFor('Godzilla received the 2,271st star on Hollywood Boulevard on Monday.', 'Which star did Godzilla receive?')).toContain('2,271st star');
    // (one of a unit of time is a length: "as long as a year")
    expect(await candidatesFor('It is expected the trial could last as long as a year.', 'How long could the trial last?')).toContain('a year');
  });

  it('cuts a name before "of" and the name the question gives ("Zara Hyde Peters of UK Athletics")', async () => {
    const texts = await candidatesFor('"Paula would be a huge asset to the team," said Zara Hyde Peters of UK Athletics.', 'Which UK Athletics official said Paula would be a huge asset?');
    expect(texts).toContain('Zara Hyde Peters');
  });

  it('reads a weekday or a month as a date, never as the thing asked for', async () => {
    const body = 'Ministers met on Monday and agreed a declaration on curbing the rise of the euro in March.';
    const asked = 'What declaration did the ministers agree?';
    const dir = await tempCorpus({ 'a.md': `---\nid: one\ntitle: One\n---\n${body}\n` });
    const st = CorpusState.build((await loadCorpus(dir)).articles, []);
    const drawn = analyse(analyzeQuestion(asked), st).scored.map((s) => s.candidate);
    expect(drawn.map((c) => c.text)).toContain('rise');
    expect(drawn.filter((c) => /^(Monday|March)$/.test(c.text)).map((c) => c.type)).toEqual(['date', 'date']);
    const rules = await createEngine(dir, { warn: () => {}, answer: { scorer: 'rules' } });
    try {
      expect(rules.ask(asked).answer ?? '').not.toMatch(/^(Monday|March)$/);
    } finally {
      await rules.close();
    }
  });

  it('keeps a small number that ends a name ("Maroon 5"), but not a count after it', async () => {
    expect(await candidatesFor('US band Maroon 5 was named best new international artist.', 'Who was named best new international artist?')).toContain('Maroon 5');
    expect(await candidatesFor('Ms Smith moved to London 12 years ago.', 'Where did Ms Smith move?')).not.toContain('London 12');
  });

  it('offers job titles for a question about a post, and titles in quotation marks', async () => {
    expect(await candidatesFor("David Miliband's rise continues with his promotion to Cabinet Office minister.", 'What government post was David Miliband promoted to?')).toContain('Cabinet Office minister');
    expect(await candidatesFor('Trade barriers distort the market, the FAO report on the "State of Agricultural Commodity Markets 2004" said.', 'What is the title of the FAO report on trade barriers?'))
      .toContain('State of Agricultural Commodity Markets 2004');
  });

  it('offers ranks, hyphenated amounts and what an amount counts ("22nd", "10,000-vote", "a billion barrels")', async () => {
    expect(await candidatesFor('Clijsters is still ranked 22nd in the world.', "What is Clijsters' world ranking?")).toContain('22nd');
    expect(await candidatesFor('Oona King had a 10,000-vote majority in 2001.', "How big was Oona King's majority in 2001?")).toContain('10,000-vote');
    expect(await candidatesFor('Its Mangala field, thought to contain a billion barrels, is its biggest find.', 'How much oil is the Mangala field thought to hold?')).toContain('a billion barrels');
  });

  it('runs an expansion on to the bracketed letters ("Public and Commercial Services Union (PCS)") and reads "&"', async () => {
    expect(await candidatesFor('The Public and Commercial Services Union (PCS) will co-ordinate any action.', 'What does PCS stand for?')).toContain('Public and Commercial Services Union');
    expect(await candidatesFor("Farmers are at risk, the UN's Food & Agriculture Organisation has warned. The FAO report said so.", 'What does FAO stand for?')).toContain('Food & Agriculture Organisation');
  });

  it('gives a name the type it has in another sentence when the tagger could not type it', async () => {
    const dir = await tempCorpus({ 'a.md': '---\nid: one\ntitle: One\n---\nSajjad Kashian hacked the voter websites.\n\nProsecutors charged Seyyed Kazemi, 24, and Sajjad Kashian, 27, with the hacking of the voter websites.\n' });
    const st = CorpusState.build((await loadCorpus(dir)).articles, []);
    const types = analyse(analyzeQuestion('Which agency hacked the voter websites?'), st).scored.filter((s) => s.candidate.text === 'Sajjad Kashian').map((s) => s.candidate.type);
    expect(types.length).toBeGreaterThanOrEqual(2);
    expect(new Set(types)).toEqual(new Set(['person']));
  });

  it('does not offer a length of time as an age ("faces 11 years"), but does "27 years old"', async () => {
    const ages = await candidatesFor('Kazemi faces 26 years in prison and Kashian 11 years. Kashian is 27 years old.', 'How old is Kashian?');
    expect(ages.some((a) => a.startsWith('27'))).toBe(true);
    expect(ages).not.toContain('11 years');
    expect(ages).not.toContain('26 years');
  });

  it('keeps amounts whole: fractions, "half a million", a rate and what it is per', async () => {
    expect(await candidatesFor('The Conservatives would cut the number of MPs by about one-fifth, Michael Howard said.', 'By what share would the Conservatives cut the number of MPs?')).toContain('about one-fifth');
    expect(await candidatesFor('More than half a million people have had to move because of the Three Gorges Dam.', 'How many people have had to move because of the Three Gorges Dam?')).toContain('More than half a million');
    expect(await candidatesFor('Payments paid by neighbouring councils can vary by as much as £100 per week.', 'How much can council payments vary by?')).toContain('£100 per week');
  });

  it('keeps a small number leading a name of several words ("21 Jump Street"), and a question\'s common word leading a name ("Court of Appeal")', async () => {
    expect(await candidatesFor('He played Tommy Hanson in the US series 21 Jump Street for three years.', 'In which TV show did Johnny Depp play Tommy Hanson?')).toContain('21 Jump Street');
    const courts = await candidatesFor("The Court of Appeal upheld the Home Office's power to hold the suspects.", "Which court upheld the Home Office's power to hold the suspects?");
    expect(courts).toContain('Court of Appeal');
    expect(courts).not.toContain('Appeal');
  });

  it('reads a "what" noun as asking for a person only by its first sense, and marks nouns that can be amounts', () => {
    expect(analyzeQuestion("What is England's current inpatient target for surgery?").kind).not.toBe('person');
    expect(analyzeQuestion('What personal best did Melanie Purkiss set?').kind).not.toBe('person');
    expect(analyzeQuestion('What was the US trade deficit with China in 2003?').quantityHead).toBe(true);
    expect(analyzeQuestion('Which REM member fell ill?').kind).toBe('person');
    expect(analyzeQuestion('What programme did Alan Titchmarsh quit?').quantityHead).toBeUndefined();
  });

  it('keeps a name written with a spaced apostrophe whole ("Rory O\' Neill"), in the rules stage too', async () => {
    const sentence = "Rory O' Neill, editor of Hazards magazine, said the figures were shocking.";
    expect(await candidatesFor(sentence, 'Who edits Hazards magazine?')).toContain("Rory O' Neill");
    const dir = await tempCorpus({ 'a.md': `---\nid: hazards\ntitle: Hazards\n---\n${sentence}\n` });
    const e = await createEngine(dir, { warn: () => {}, answer: { scorer: 'rules' } });
    try {
      expect(e.ask('Who edits Hazards magazine?').answer).toBe("Rory O' Neill");
    } finally {
      await e.close();
    }
  });

  it('keeps the word that places a relative date ("next year", "later this year"), in both stages', async () => {
    const sentence = 'The 60-year-old actor said he hoped to start shooting the film next year, and to release it later this year.';
    // (a sentence with no digit, month or day is not read for a date: "this year" alone rarely answers)
    const dates = await candidatesFor(sentence, 'When does the actor hope to start shooting the film?');
    expect(dates).toContain('next year');
    expect(dates).toContain('later this year');
    expect(dates).not.toContain('year');
    const dir = await tempCorpus({ 'a.md': `---\nid: film\ntitle: Film\n---\n${sentence}\n` });
    const e = await createEngine(dir, { warn: () => {}, answer: { scorer: 'rules' } });
    try {
      expect(e.ask('When does the actor hope to start shooting the film?').answer).toMatch(/^(next year|later this year)$/);
    } finally {
      await e.close();
    }
  });

  it('keeps a hyphenated surname whole ("Daniel Day-Lewis")', () => {
    const sentence = 'The film starred Daniel Day-Lewis as Gerry Conlon.';
    const toks = Tagger.fresh(sentence);
    expect(nameSpans(toks).map((sp) => sentence.slice(toks[sp.from]!.start, toks[sp.to]!.end))).toContain('Daniel Day-Lewis');
  });
});

describe('one date named three ways', () => {
  it('gives "Sunday 27 February", "27 February 2005" and "27 February" one key, so their sentences agree', () => {
    const key = keyOf('date', '27 February', 'date');
    expect(keyOf('date', 'Sunday 27 February', 'date')).toBe(key);
    expect(keyOf('date', '27 February 2005', 'date')).toBe(key);
    // a year alone, a month and year, a range: as written
    expect(keyOf('date', 'July 1987', 'date')).toBe('july 1987');
    expect(keyOf('date', '1987', 'date')).not.toBe(keyOf('date', 'July 1987', 'date'));
    expect(keyOf('date', 'between August and November 2020', 'date')).toBe('between august and november 2020');
  });
});

describe('two names of one thing', () => {
  it('reads a sentence that gives both names, either way round, and nothing for two different names', () => {
    const text = 'Kazemi and Kashian worked for the Iranian cybersecurity company Eeleyanet Gostar, later renamed Emennet Pasargad.';
    expect(renamedIn(text, 'Emennet Pasargad', 'Eeleyanet Gostar')).toBe(true);
    expect(renamedIn(text, 'Eeleyanet Gostar', 'Emennet Pasargad')).toBe(true);
    expect(renamedIn(text, 'Emennet Pasargad', 'Kashian')).toBe(false);
    expect(renamedIn(text, 'Emennet Pasargad', '')).toBe(false);
    expect(renamedIn('Eeleyanet Gostar and Emennet Pasargad were sanctioned.', 'Emennet Pasargad', 'Eeleyanet Gostar')).toBe(false);
  });
});

describe('the confidence reads the rules stage too', () => {
  it('keeps the rules stage\'s answer in the analysis, and is surer when it names the ranker\'s best candidate than when it names another', async () => {
    const rules = await createEngine(CORPUS, { warn: () => {}, answer: { scorer: 'rules' } });
    try {
      const q = "Who is Iran's ambassador to Iraq?";
      const analysis = analyse(analyzeQuestion(q), state);
      expect(rulesSaid(analysis)).toBe(rules.ask(q).answer);
      const top = rankByKey(analysis.scored)[0]!.candidate.text;
      const other = rankByKey(analysis.scored).find((s) => !s.candidate.text.includes(top) && !top.includes(s.candidate.text))!.candidate.text;
      const withRules = (answer: string | null) => learnedConfidence({ ...analysis, rules: answer === null ? null : { ...analysis.rules!, answered: true, answer } }).confidence;
      expect(withRules(top)).toBeGreaterThan(withRules(null));
      expect(withRules(null)).toBeGreaterThan(withRules(other));
    } finally {
      await rules.close();
    }
  });
});

describe('the combined stage', () => {
  it('gives the rules stage\'s answer at the learned confidence in it when the learned stage is unsure, and vetoes a doubtful one', async () => {
    // minConfidence above 1: the learned stage never answers on its own, so every answer is the rules'
    const e = await createEngine(CORPUS, { warn: () => {}, answer: { scorer: 'combined', minConfidence: 1.01 } });
    const rules = await createEngine(CORPUS, { warn: () => {}, answer: { scorer: 'rules' } });
    try {
      const q = "Who is Iran's ambassador to Iraq?";
      const kept = e.ask(q);
      expect(kept.answer).toBe(rules.ask(q).answer);
      const analysis = analyse(analyzeQuestion(q), state);
      expect(kept.confidence).toBe(Math.round(confidenceIn(kept.answer!, analysis) * 100) / 100);
      expect(kept.confidence).toBeGreaterThanOrEqual(0.5);
      // the learned model puts the rules' answer ("United States") below 0.5, so the combined stage
      // abstains, showing the passages
      const doubted = 'Who sanctioned Emennet Pasargad?';
      expect(rules.ask(doubted).answered).toBe(true);
      expect(confidenceIn(rules.ask(doubted).answer!, analyse(analyzeQuestion(doubted), state))).toBeLessThan(0.5);
      const vetoed = e.ask(doubted);
      expect(vetoed.answered).toBe(false);
      expect(vetoed.related?.length ?? 0).toBeGreaterThan(0);
    } finally {
      await e.close();
      await rules.close();
    }
  });
});

describe('the checked stage (the default)', () => {
  it('gives the rules stage\'s answer when the learned ranker\'s best candidate names the same thing, and abstains when it names another', async () => {
    const e = await createEngine(CORPUS, { warn: () => {} });
    const rules = await createEngine(CORPUS, { warn: () => {}, answer: { scorer: 'rules' } });
    try {
      // agreed, at whatever learned confidence: the product's first example stays answered
      const agreed = e.ask('Who runs Emennet Pasargad?');
      expect(agreed).toMatchObject({ answered: true, answer: rules.ask('Who runs Emennet Pasargad?').answer });
      expect(agreed.answer).toMatch(/Shirinkar/);
      // the rules stage says "Donald Trump" (whom the emails were about); the ranker prefers another
      const disputed = 'Who sent the emails?';
      expect(rules.ask(disputed)).toMatchObject({ answered: true, answer: 'Donald Trump' });
      const top = rankByKey(analyse(analyzeQuestion(disputed), state).scored)[0]!;
      expect(top.candidate.text).not.toBe('Donald Trump');
      const vetoed = e.ask(disputed);
      expect(vetoed).toMatchObject({ answered: false, answer: null, citations: [] });
      expect(vetoed.reason).toMatch(/don't say clearly/);
      expect(vetoed.related?.length ?? 0).toBeGreaterThan(0);
      // an acronym bracketed after the name is the same thing ("Official Bureau of Investigation (FBI)")
      expect(e.ask('Which agency dismantled the operation?').answered).toBe(true);
    } finally {
      await e.close();
      await rules.close();
    }
  });
});

describe('answers from the learned scorer', () => {
  it('reads an acronym\'s expansion from the capitalised words whose initials spell it', () => {
    const { scored } = analyse(analyzeQuestion('What does IRGC stand for?'), state);
    expect(scored.map((s) => s.candidate.text)).toContain('Islamic Revolutionary Guard Corps');
    expect(scored.every((s) => s.candidate.type === 'expansion')).toBe(true);
  });

  it('answers a list question with every item of the winning sentence\'s list', async () => {
    const dir = await tempCorpus({
      'a.md': '---\nid: mail\ntitle: Emails\n---\nThe emails were reported by residents in Alaska, Arizona, Florida and Pennsylvania, all contested states. Officials in Ohio said nothing.\n',
    });
    const e = await createEngine(dir, { warn: () => {}, answer: { scorer: 'learned', minConfidence: 0 } });
    try {
      expect(e.ask('In which states did residents report the emails?').answer).toBe('Alaska, Arizona, Florida and Pennsylvania');
    } finally {
      await e.close();
    }
  });

  it('keeps a list whole though the tagger types its names apart, and stops at the list\'s end', async () => {
    const dir = await tempCorpus({
      'a.md': '---\nid: polls\ntitle: Polls\n---\nPolls for unitary authorities at Bristol, Isle of Wight and Stockton-on-Tees and mayors at Doncaster, Hartlepool and North Tyneside are also scheduled for 5 May.\n\nMonitoring stations in London, Amsterdam and Sydney failed to load the site.\n',
    });
    const e = await createEngine(dir, { warn: () => {}, answer: { scorer: 'learned', minConfidence: 0 } });
    try {
      // "Sydney" reads as a person's first name to the tagger; the list says it is a city like the others
      expect(e.ask('From which cities did the monitoring stations fail to load the site?').answer).toBe('London, Amsterdam and Sydney');
      // the mayors' list that follows is another list
      expect(e.ask('Which unitary authorities hold polls on 5 May?').answer).toBe('Bristol, Isle of Wight and Stockton-on-Tees');
    } finally {
      await e.close();
    }
  });

  it('describes a company by the words before its name, not by an adverb after it', () => {
    // "the Iranian cybersecurity company Eeleyanet Gostar, later renamed Emennet Pasargad"
    const { scored } = analyse(analyzeQuestion('What is Emennet Pasargad?'), state);
    const texts = scored.map((s) => s.candidate.text);
    expect(texts).toContain('Iranian cybersecurity company');
    expect(texts).not.toContain('later');
    expect(engine.ask('What is Emennet Pasargad?').answer).toMatch(/company$/);
  });

  it('answers with a confidence between 0 and 1 and verbatim quotes', () => {
    const a = engine.ask('Who is the manager of Emennet Pasargad?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Shirinkar/);
    expect(a.confidence).toBeGreaterThan(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
  });

  it('still shows the closest passages, and says why, when it abstains', () => {
    const a = engine.ask('What is the boiling point of water?');
    expect(a.answered).toBe(false);
    expect(a.reason).toMatch(/don't say|Nothing/);
    const b = engine.ask('How much money was seized from Emennet Pasargad?');
    expect(b.answered).toBe(false);
    expect(b.related!.length).toBeGreaterThan(0);
  });
});

describe('scoring', () => {
  it('counts an answer right only when it contains a gold answer ("P" is not "NP-hard")', () => {
    expect(containsGold('P', ['NP-hard'])).toBe(false);
    expect(containsGold('the NP-hard problems', ['NP-hard'])).toBe(true);
    expect(containsGold('“Proud Boys”', ['Proud Boys'])).toBe(true);
  });

  it('tabulates answers by confidence band with the share right, leaving out abstentions', () => {
    const rows = calibration([
      { confidence: 0.9, outcome: 'right' },
      { confidence: 0.85, outcome: 'wrong' },
      { confidence: 1, outcome: 'right' },
      { confidence: 0.3, outcome: 'abstained' },
    ]);
    expect(rows.at(-1)).toEqual({ lo: 0.8, hi: 1, answers: 3, right: 2 });
    expect(rows.reduce((n, r) => n + r.answers, 0)).toBe(3);
  });
});

describe('the committed model (src/answer/model.json)', () => {
  it('weighs every named feature the code computes, so a new feature cannot ship untrained', async () => {
    const { FEATURES } = await import('../src/answer/features.js');
    const { ANSWER_FEATURES, PASSAGE_FEATURES, ModelSchema } = await import('../src/answer/model.js');
    const model = ModelSchema.parse((await import('../src/answer/model.json', { with: { type: 'json' } })).default);
    expect(model.ranker.features).toEqual([...FEATURES]);
    expect(model.confidence.features).toEqual([...ANSWER_FEATURES]);
    expect(model.passage?.features).toEqual([...PASSAGE_FEATURES]);
    expect(model.threshold).toBeGreaterThan(0);
  });
});
