import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine.js';
import { otherPeriodsOnly, periodsIn, yearStarts } from '../src/answer/periods.js';
import { tempCorpus } from './helpers.js';

describe('periods of time a text names', () => {
  it('reads years, ranges, decades and centuries', () => {
    expect(periodsIn('William invaded Scotland in 1072.')).toEqual([[1072, 1072]]);
    expect(periodsIn('between 2001 and 2004')).toEqual([[2001, 2004]]);
    expect(periodsIn('the 2004-05 season')).toEqual([[2004, 2005]]);
    expect(periodsIn('in the 1050s')).toEqual([[1050, 1059]]);
    expect(periodsIn("in the 1000's and 1100's")).toEqual([[1000, 1099], [1100, 1199]]);
    expect(periodsIn('in the 10th and 11th centuries')).toEqual([[900, 999], [1000, 1099]]);
    expect(periodsIn('after the vote in 2020, the court')).toEqual([[2020, 2020]]);
  });
  it('does not read amounts, or a year that names something, as the time of the sentence', () => {
    expect(periodsIn('It cost $2004 and cut 1,500 jobs, then 2000 jobs, in 2005.5m sales')).toEqual([]);
    // the elections are of 2020; the sanctions need not be
    expect(periodsIn('It sanctioned six Iranians for meddling with 2020 US presidential elections.')).toEqual([]);
    // three digits are a year only after a word that dates them, and not before a noun they count
    expect(periodsIn('Rollo was baptised in 911 and died around 930 AD.')).toEqual([[911, 911], [930, 930]]);
    expect(periodsIn('It has 911 branches, sold in 150 countries, up 911 since May.')).toEqual([]);
    expect(periodsIn('Shares rose from 250 to 300 pence, and fell by 120 in March, in 150 trades.')).toEqual([]);
    // a year after a month is a date, even before a name ("In April 1191 Richard left Messina")
    expect(periodsIn('In April 1191 Richard the Lion-hearted left Messina.')).toEqual([[1191, 1191]]);
    expect(periodsIn('On 3 November 2020 voters chose.')).toEqual([[2020, 2020]]);
  });
  it('says a sentence is about another time only when it names times and none of them is the one asked', () => {
    const asked = periodsIn('Who invaded Scotland in the 10th century?');
    expect(otherPeriodsOnly(asked, 'William invaded Scotland in 1072.')).toBe(true);
    expect(otherPeriodsOnly(asked, 'Malcolm invaded Scotland in 945.')).toBe(false); // 945 is in the 10th century
    // a year of three digits after a word that dates it: "the Duchy began in 911" is not of the 9th century
    expect(otherPeriodsOnly(periodsIn('What treaty was signed in the 9th century?'), 'The Duchy, which began in 911, was established by the treaty of Saint-Clair-sur-Epte.')).toBe(true);
    expect(otherPeriodsOnly(periodsIn('in the 11th century'), 'William invaded Scotland in 1072.')).toBe(false);
    expect(otherPeriodsOnly(asked, 'William invaded Scotland.')).toBe(false);
    expect(otherPeriodsOnly([], 'William invaded Scotland in 1072.')).toBe(false);
  });
});

describe('a question dated by its asker', () => {
  it('is not answered from a sentence dated only at another time', async () => {
    const engine = await createEngine(await tempCorpus({
      'a.md': '---\nid: scots\ntitle: Scotland\n---\nWilliam invaded Scotland in 1072, riding as far as Abernethy. Malcolm submitted to him.\n',
    }), { warn: () => {} });
    const other = engine.ask('Who invaded Scotland in the 10th century?', { scorer: 'checked' });
    expect(other.answered).toBe(false);
    expect(other.related?.[0]?.quote).toContain('1072');
    for (const q of ['Who invaded Scotland in the 11th century?', 'Who invaded Scotland in 1072?', 'Who invaded Scotland?']) {
      expect(engine.ask(q, { scorer: 'rules' }).answer).toBe('William');
    }
    expect(engine.ask('Who invaded Scotland in the 10th century?', { scorer: 'rules' }).answered).toBe(false);
  });
});

describe('a role held before', () => {
  it('answers who holds a role with its present holder, and a question about the past with the former one', async () => {
    const engine = await createEngine(await tempCorpus({
      'a.md': '---\nid: rugby\ntitle: Rugby\n---\nFormer Ireland coach Mike Doyle and Ireland coach Eddie Sullivan watched the match in Dublin.\n',
    }), { warn: () => {} });
    expect(engine.ask('Who is the Ireland coach?', { scorer: 'rules' }).answer).toBe('Eddie Sullivan');
    expect(engine.ask('Who is the former Ireland coach?', { scorer: 'rules' }).answer).toBe('Mike Doyle');
  });
});

describe('yearStarts', () => {
  it('finds years as the periods read them, early ones included', () => {
    const text = 'In 1066, William landed; the duchy began in 911 and 1,200 men sailed in April 1191.';
    expect([...yearStarts(text)].map((i) => text.slice(i, i + 4)).sort()).toEqual(['1066', '1191', '911 ']);
  });
});
