import { describe, expect, it } from 'vitest';
import { contradicts, dropsNon, hedged, oppositesOf, otherDirection, otherOrdinal, otherSuperlative, saysOpposite } from '../src/answer/polarity.js';
import { analyzeQuestion } from '../src/question.js';
import { normalizeTerm } from '../src/text.js';
import { engineOver } from './helpers.js';

const terms = (...words: string[]) => new Set(words.map((w) => normalizeTerm(w)!));

describe('contradicts', () => {
  it('a question that denies is not supported by a sentence that denies nothing', () => {
    const q = 'What does not often help algorithms solve problems?';
    expect(contradicts(q, 'The ability to make random decisions often helps algorithms solve problems.', terms('help'))).toBe(true);
    expect(contradicts(q, 'Sorting does not help algorithms solve these problems.', terms('help'))).toBe(false);
    // a denial without "not" still denies
    expect(contradicts(q, 'Caching failed to help the algorithms.', terms('help'))).toBe(false);
    // typed without the apostrophe
    expect(contradicts('which firms didnt pay?', 'Both firms paid in March.', terms('pay'))).toBe(true);
  });

  it('a question that does not deny is not supported by a sentence denying its verb', () => {
    const q = 'Who sanctioned the bank?';
    expect(contradicts(q, 'The EU did not sanction the bank, officials said.', terms('sanctioned'))).toBe(true);
    expect(contradicts(q, "The bank hasn't been sanctioned by anyone.", terms('sanctioned'))).toBe(true);
    expect(contradicts(q, 'The Treasury sanctioned the bank on Monday.', terms('sanctioned'))).toBe(false);
  });

  it('"not only" denies nothing, for a question that denies', () => {
    const q = 'What was not shaped by the tides?';
    expect(contradicts(q, 'The delta was shaped not only by the rivers but also by the tides.', terms('shaped'))).toBe(true);
    expect(contradicts(q, 'The lagoon was not shaped by the tides.', terms('shaped'))).toBe(false);
    // "can't just" still denies
    expect(contradicts('Who said we "can\'t just sleepwalk into the future"?', 'She said we can\'t just sleepwalk into the future.', terms('said'))).toBe(false);
  });

  it('"not many" and "not much" deny a quantity, not the thing counted', () => {
    // "Few people remember ..." is said by "Not many people remember ..."
    expect(contradicts('Who said few people remember the years before 1997 fondly?', 'Not many people remember the years before 1997 fondly, he said.', terms('remember', 'people'))).toBe(false);
    expect(contradicts('Who said people remember the years before 1997 fondly?', 'People do not remember the years before 1997 fondly, he said.', terms('remember', 'people'))).toBe(true);
  });

  it('reads a denial only where it reaches the verb', () => {
    const q = 'Who sanctioned the bank?';
    // the denial is about something else, in another clause or far from the verb
    expect(contradicts(q, 'The deal did not close, but the Treasury sanctioned the bank.', terms('sanctioned'))).toBe(false);
    expect(contradicts(q, 'It was not the first time officials had sanctioned a bank.', terms('sanctioned'))).toBe(false);
    // "not only … but also" denies nothing
    expect(contradicts(q, 'The US not only sanctioned the bank but also fined it.', terms('sanctioned'))).toBe(false);
    // the question itself holds a denial: "no end in sight"
    expect(contradicts('Who said there was "no end in sight" for the dollar?', 'A strategist said there was "no end in sight".', terms('said'))).toBe(false);
  });
});

describe('opposites of the question\'s adjectives (WordNet antonyms)', () => {
  const opposite = (q: string, sentence: string) => saysOpposite(oppositesOf(analyzeQuestion(q)), sentence);
  it('reads a sentence with the opposite, in any degree, and without the word as saying something else', () => {
    expect(opposite('What city has one of the smallest ports in Germany?', 'Duisburg has the largest river port in Europe.')).toBe(true);
    expect(opposite('What is the least important region of the country?', 'The delta is the most important region of the country.')).toBe(true);
    expect(opposite('What captures the informal notion of difficulty?', 'It captures the formal notion of difficulty.')).toBe(true);
    // a comparative WordNet files as a word of its own, with no opposite: read as what it compares
    expect(opposite('What name is used only for larger streams?', 'The name Rijn is used only for smaller streams.')).toBe(true);
    expect(opposite('Which clubs have bigger budgets?', 'The smaller clubs have tiny budgets.')).toBe(true);
    expect(opposite('What name is used only for larger streams?', 'The name is used for larger streams, not smaller ones.')).toBe(false);
    // an adjective the tagger reads as a noun before a noun ("the southern flanks")
    expect(opposite('What drained the southern flanks of the hills?', 'Two rivers drained the northern flanks of the hills.')).toBe(true);
  });
  it('keeps a sentence that also holds the word, names with the opposite, and denied opposites', () => {
    expect(opposite('What city has one of the smallest ports in Germany?', 'Its port, once the largest, is now one of the smallest.')).toBe(false);
    expect(opposite("What is on Labour's new poster?", 'The word is set on a red background, a nod to Old Labour.')).toBe(false);
    expect(opposite('Who said few people remember those days?', '"Not many people remember those days," he said.')).toBe(false);
  });
  it('reads only adjectives: not an adverb before a verb, nor the word after "how"', () => {
    expect(analyzeQuestion('When did Ireland last win a Grand Slam?').adjectives ?? []).not.toContain('last');
    expect(analyzeQuestion('How many more seats did Labour win?').adjectives ?? []).not.toContain('many');
    expect(analyzeQuestion('What is the least important region?').adjectives).toContain('least');
  });
});

describe('another ordinal before the same noun', () => {
  const q = analyzeQuestion('What changed the delta in the first half of the century?');
  it('reads "the second half" as not "the first half"', () => {
    expect(otherOrdinal(q, 'The dams changed the delta in the second half of the century.')).toBe(true);
  });
  it('keeps a sentence with the question\'s own ordinal, or with none', () => {
    expect(otherOrdinal(q, 'In the first half of the century the dams changed the delta, and in the second half the dykes.')).toBe(false);
    expect(otherOrdinal(q, 'The dams changed the delta.')).toBe(false);
  });
});

describe('the opposite direction after the question\'s verb', () => {
  const q = analyzeQuestion('Who fled from the northern valleys?');
  it('reads "fled to" as not "fled from"', () => {
    expect(otherDirection(q, 'Several monks of the abbey fled to the northern valleys.')).toBe(true);
  });
  it('keeps a sentence with the question\'s own direction, with none, or with the verb elsewhere', () => {
    expect(otherDirection(q, 'The monks fled from the northern valleys and later fled to the coast.')).toBe(false);
    expect(otherDirection(q, 'The monks fled the northern valleys.')).toBe(false);
    expect(otherDirection(analyzeQuestion('Who fled the valleys?'), 'The monks fled to the valleys.')).toBe(false);
  });
  it('does not answer from such a sentence', async () => {
    // written for this test
    const engine = await engineOver('flight', 'Flight', ['In the spring, several monks of Saint-Odran fled to the northern valleys, where they built a chapel.']);
    for (const scorer of ['rules', 'checked'] as const) expect(engine.ask('Who fled from the northern valleys in the spring?', { scorer }).answered, scorer).toBe(false);
    expect(engine.ask('Who fled to the northern valleys in the spring?', { scorer: 'rules' }).answered).toBe(true);
    await engine.close();
  });
});

describe('the question\'s superlative before another noun', () => {
  const q = analyzeQuestion('Who won best actress at the Lantern awards?');
  it('reads "best first feature" as not "best actress"', () => {
    expect(otherSuperlative(q, 'Dana Holt won the award for best first feature for Salt Road.')).toBe(true);
  });
  it('keeps a sentence with the question\'s words, without the superlative, or with it before no noun', () => {
    expect(otherSuperlative(q, 'Other winners included Mara Quill, who took best actress for Tin Bells.')).toBe(false);
    expect(otherSuperlative(q, 'Mara Quill won the award for her role in Tin Bells.')).toBe(false);
    expect(otherSuperlative(analyzeQuestion('Which aide called the budget the tightest one yet?'), 'An aide said the budget was the "tightest" so far.')).toBe(false);
    // the question's kind of answer ("city") is asked for, not a prize
    expect(otherSuperlative(analyzeQuestion('What is the largest city in Valdoria?'), 'The largest metropolitan area in Valdoria is Port Ostra.')).toBe(false);
  });
  it('does not answer from such a sentence', async () => {
    // written for this test
    const engine = await engineOver('lantern', 'Lantern awards', ['Dana Holt won the award for best first feature at the Lantern awards for Salt Road.', 'Other Lantern awards winners included Mara Quill, who took best actress for her role in Tin Bells.']);
    for (const scorer of ['rules', 'checked'] as const) {
      const a = engine.ask('Who won best actress at the Lantern awards?', { scorer });
      if (a.answered) expect(a.answer, scorer).not.toMatch(/Holt/);
    }
    expect(engine.ask('Who won best actress at the Lantern awards?', { scorer: 'rules' }).answer).toBe('Mara Quill');
    await engine.close();
  });
});

describe('the question\'s verb only as something expected, planned or tried', () => {
  const win = terms('win');
  it('reads "was expected to win" and "could win" as not saying who won', () => {
    expect(hedged('Who won the auction?', 'Gazprom was expected to win the auction.', win)).toBe(true);
    expect(hedged('Who won the auction?', 'Gazprom, tipped to eventually win the auction, withdrew.', win)).toBe(true);
    expect(hedged('Who won the auction?', 'Gazprom could win the auction.', win)).toBe(true);
  });
  it('keeps a sentence that also says it happened, one without the verb, and questions about the expectation or the future', () => {
    expect(hedged('Who won the auction?', 'Gazprom, expected to win the auction, won it.', win)).toBe(false);
    expect(hedged('Who won the auction?', 'Baikal Finance Group won the auction.', win)).toBe(false);
    expect(hedged('Who won the auction?', 'The auction was held on Sunday.', win)).toBe(false);
    expect(hedged('Who was expected to win the auction?', 'Gazprom was expected to win the auction.', win)).toBe(false);
    expect(hedged('Who will win the auction?', 'Gazprom is set to win the auction.', win)).toBe(false);
  });
  it('does not answer from such a sentence', async () => {
    // written for this test
    const engine = await engineOver('auction', 'Auction', ['Norvik, the state-owned company that was expected to win the auction for Velta Oil, was barred from bidding.', 'The auction for Velta Oil was held in Tomsk on Sunday.']);
    for (const scorer of ['rules', 'checked'] as const) {
      const a = engine.ask('Who won the auction for Velta Oil?', { scorer });
      if (a.answered) expect(a.answer, scorer).not.toMatch(/Norvik/);
    }
    await engine.close();
    // the same sentence saying it won is answered from
    const done = await engineOver('auction', 'Auction', ['Norvik, the state-owned company that won the auction for Velta Oil, was barred from bidding again.', 'The auction for Velta Oil was held in Tomsk on Sunday.']);
    expect(done.ask('Who won the auction for Velta Oil?', { scorer: 'rules' }).answer).toMatch(/Norvik/);
    await done.close();
  });
});

describe('a question whose only verb is "have"', () => {
  it('is not answered from a sentence saying the subject did not have it', async () => {
    // written for this test
    const engine = await engineOver('art', 'Kestrel art', ['In the visual arts, the Kestrels did not have the rich traditions of the peoples they ruled.', 'The Kestrels built many castles in Hale.']);
    for (const scorer of ['rules', 'checked'] as const) {
      const a = engine.ask('What kind of art did the Kestrels have a rich tradition of?', { scorer });
      if (a.answered) expect(a.answer, scorer).not.toMatch(/visual/);
    }
    await engine.close();
  });
});

describe('a word the question negates by "non-"', () => {
  const q = analyzeQuestion('What is represented by non-binary notation?');
  it('reads a sentence with the bare word and not its "non-" form as saying something else', () => {
    expect(dropsNon(q, 'Integers can be represented in binary notation.')).toBe(true);
  });
  it('keeps a sentence with the "non-" form, and questions with no "non-" or only a word starting "non"', () => {
    expect(dropsNon(q, 'Graphs are represented in non-binary notation, unlike integers in binary.')).toBe(false);
    expect(dropsNon(q, 'Graphs are represented in nonbinary notation.')).toBe(false);
    expect(dropsNon(analyzeQuestion('What is represented by binary notation?'), 'Integers are represented in binary notation.')).toBe(false);
    expect(dropsNon(analyzeQuestion('Which nonsense poem did he write?'), 'It made sense to him.')).toBe(false);
  });
  it('does not answer from such a sentence', async () => {
    const engine = await engineOver('notation', 'Notation', ['In the encoding of numbers, whole numbers can be represented in binary notation, and fractions can be encoded directly as pairs.']);
    for (const scorer of ['rules', 'checked'] as const) expect(engine.ask('What is represented by non-binary notation in the encoding of numbers?', { scorer }).answered, scorer).toBe(false);
    // the same question without "non-" is answered from it
    expect(engine.ask('What is represented by binary notation in the encoding of numbers?', { scorer: 'rules' }).answered).toBe(true);
    await engine.close();
  });
});

describe('answers that hold only when the sentence says what is asked', () => {
  it('does not name whom a sentence says did not do it, but does when asked who did not', async () => {
    const engine = await engineOver('harbour-bank', 'Harbour Bank fined', [
      'The European Commission did not sanction Harbour Bank, a spokesman in Brussels said on Friday.',
      'Regulators in Oslo had opened an inquiry into the bank in March.',
    ]);
    for (const scorer of ['rules', 'checked'] as const) {
      const a = engine.ask('Who sanctioned Harbour Bank?', { scorer });
      if (a.answered) expect(a.answer, scorer).not.toMatch(/European Commission/);
    }
    // a question that asks who did not is answered from the same sentence
    const denied = engine.ask('Who did not sanction Harbour Bank?', { scorer: 'rules' });
    expect(denied.answered, JSON.stringify(denied.reason)).toBe(true);
    expect(denied.answer).toMatch(/European Commission/);
  });

  it('does not answer from a sentence denying the quality a question asks about', async () => {
    const engine = await engineOver('algorithms', 'Algorithms', [
      'A polynomial time algorithm is not always practical, and an exponential one is sometimes fast enough.',
      'Sorting networks were studied in the 1950s.',
    ]);
    for (const scorer of ['rules', 'checked'] as const) {
      const a = engine.ask('What algorithm is always practical?', { scorer });
      expect(a.answered, `${scorer}: ${a.answer}`).toBe(false);
    }
    // the same sentence answers what it says
    expect(engine.ask('What algorithm is not always practical?', { scorer: 'rules' }).answer).toMatch(/polynomial time algorithm/);
    await engine.close();
  });

  it('does not answer a question about the smallest from a sentence about the largest', async () => {
    const engine = await engineOver('ports', 'River ports', ['Duisburg has the largest river port in Europe, the city council said.', 'Barges carry coal and grain along the river.']);
    expect(engine.ask('Which city has the largest river port in Europe?', { scorer: 'rules' }).answer).toBe('Duisburg');
    const a = engine.ask('Which city has the smallest river port in Europe?', { scorer: 'rules' });
    if (a.answered) expect(a.answer).not.toBe('Duisburg');
  });
});

describe('denials reaching past "any", and what would have been', () => {
  it('reads "would not make any tax commitments" as denying tax commitments', () => {
    // written for this test
    const asked = new Set([normalizeTerm('tax')!, normalizeTerm('commitments')!]);
    expect(contradicts('When will Labour make commitments on tax?', 'On Friday night, Mr Brown confirmed he would not make any tax commitments until the manifesto.', asked)).toBe(true);
    expect(contradicts('When will Labour make commitments on tax?', 'Mr Brown will make tax commitments in the manifesto.', asked)).toBe(false);
  });

  it('reads "would only have been able to infect one phone" as what might have been', () => {
    // written for this test
    const asked = new Set([normalizeTerm('infected')!]);
    expect(hedged('How many phones has Cabir infected?', 'Even if it escaped, the bug would only have been able to infect one phone at a time.', asked)).toBe(true);
    expect(hedged('How many phones has Cabir infected?', 'The bug was able to infect one phone at a time.', asked)).toBe(false);
  });
});

describe('a question put by "whether"', () => {
  it('does not answer what it asks ("It is not known whether … have also received letters"), while the verb said outright does', () => {
    const received = terms('received');
    expect(hedged('Which other Guantanamo detainee received an identical letter?', 'It is not known whether the other two men released from the Cuba detention camp in January - Richard Belmar and Moazzam Begg - have also received letters.', received)).toBe(true);
    expect(hedged('Which other Guantanamo detainee received an identical letter?', 'The other two men released in January, Richard Belmar and Moazzam Begg, have also received letters.', received)).toBe(false);
  });
});
