import { describe, expect, it } from 'vitest';
import { normalizeTerm } from '../src/text.js';
import { analyzeQuestion, cleanQuestion, QuestionTextSchema } from '../src/question.js';

const kind = (q: string) => analyzeQuestion(q).kind;

describe('analyzeQuestion', () => {
  it('tells the kind of answer wanted from the question word and the noun asked about', () => {
    expect(kind('Who runs the company?')).toBe('person');
    expect(kind('When did the strike end?')).toBe('date');
    expect(kind('Where was the case registered?')).toBe('place');
    expect(kind('How many people were arrested?')).toBe('number');
    expect(kind('How old is the mayor?')).toBe('age');
    expect(kind('How long will he spend in prison?')).toBe('duration');
    expect(kind('Which company was fined?')).toBe('organization');
    expect(kind('What group claimed responsibility?')).toBe('organization');
    expect(kind('In which city did the talks happen?')).toBe('place');
    expect(kind('What was it called before?')).toBe('name');
    expect(analyzeQuestion('What was the firm called before?')).toMatchObject({ kind: 'organization', asksName: true });
    expect(kind('How wide is the river?')).toBe('measure');
    expect(kind('Which department announced it?')).toBe('organization');
    expect(analyzeQuestion("Which US state had 100,000 voters' information stolen?").headTerm).toBe('state'); // compromise tags "state" a verb here
  });

  it('asks about a plural in the possessive right after the question word ("which states\' voters"), not what it has', () => {
    expect(analyzeQuestion("Which states' voters got threatening emails?")).toMatchObject({ kind: 'place', headTerm: 'state', list: true }); // compromise tags "states'" a verb
    expect(analyzeQuestion("Which players' wives went to Dubai?").headTerm).toBe('player');
    expect(analyzeQuestion("What is Clijsters' world ranking?").headTerm).toBe('rank'); // a name's possessive is still whose
    // a singular one stays a modifier
    expect(analyzeQuestion("Which federation's tribunal cleared Katerina Thanou?")).toMatchObject({ kind: 'organization', headTerm: 'tribun' });
  });

  it('reads "project" in "the mock elections project manager" as a noun, and "is working" as asking who does it', () => {
    // compromise tags "project" a verb here
    const q = analyzeQuestion('Who is the mock elections project manager at the Hansard Club?');
    expect(q.headTerm).toBe(normalizeTerm('manager'));
    expect(q.terms.some((t) => t.role === 'verb')).toBe(false);
    expect(analyzeQuestion('Who is working on the Cella processor?').asksSubject).toBe(true);
    // ("be" before a participle still makes a passive: its subject is whom it was done to)
    expect(analyzeQuestion('Who was named best actor?').asksSubject).toBeUndefined();
  });

  it('reads "How much did X hope to raise?" as a sum collected, not a change, and finds the noun after "how many scheduled"', () => {
    expect(analyzeQuestion('How much did Jet Airways hope to raise?').change).toBeUndefined();
    // (with an object, "raise" changes it)
    expect(analyzeQuestion('How much did the firm raise its prices by?').change).toBe(true);
    expect(analyzeQuestion('How many scheduled flights does Jet run daily?').headTerm).toBe(normalizeTerm('flights'));
  });

  it('reads "What did X fall to?" as asking the level reached, a number, with "fall" its verb', () => {
    const q = analyzeQuestion('What did the company fall to?');
    expect(q).toMatchObject({ kind: 'number', trailingPreposition: 'to' });
    expect(q.change).toBeUndefined();
    expect(q.terms.find((t) => t.role === 'verb')?.text).toBe('fall');
  });

  it('takes the last noun of a compound as the noun asked about, where the tagger reads nouns as verbs', () => {
    const head = (q: string) => analyzeQuestion(q).headTerm;
    expect(kind('Which us treasury secretary said the dollar was strong?')).toBe('person'); // not "us" (noun.location)
    expect(head('What record level did the dollar hit?')).toBe('level');
    expect(head('How many drugs tests did they miss?')).toBe('test');
    expect(head("What is Clijsters' world ranking?")).toBe('rank'); // the index term of "ranking"
    expect(kind('Which UK Athletics official praised her?')).toBe('person');
    const verb = analyzeQuestion('What record level did the dollar hit?').terms.find((t) => t.role === 'verb');
    expect(verb?.text).toBe('hit');
    // a verb right after the question word stays the verb
    expect(analyzeQuestion('What makes people angry?').terms.find((t) => t.role === 'verb')?.text).toBe('makes');
    // "be" after a modal, tagged a plain verb, is no verb asked about: the participle after it is
    const released = analyzeQuestion("When will Michael Douglas's Racing The Monsoon be released in cinemas?").terms.find((t) => t.role === 'verb');
    expect(released).toMatchObject({ text: 'released', essential: true });
  });

  it('takes the main verb from before a clause that sets the time, not from inside it', () => {
    const verbOf = (q: string) => analyzeQuestion(q).terms.find((t) => t.role === 'verb')?.text;
    // the bare word after the subject, before a preposition, even where the tagger reads it a noun
    expect(verbOf('Where did the Dow Jones index finish on the day after George W Bush won the 2004 election?')).toBe('finish');
    expect(verbOf("How much did London's FTSE 100 index gain after George W Bush won the 2004 presidential election?")).toBe('gain');
    // with no verb before the clause, the clause's verb is still the one asked about
    expect(verbOf('Who was in charge of the Barbarians when they lost to New Zealand?')).toBe('lost');
    // not a word the tagger reads as a verb inside a phrase after a preposition ("ice ages"), where
    // the bare word after the subject is one; but not the subject's noun after "the" ("the number of")
    expect(verbOf('How high did the sea level rise during the ice ages?')).toBe('rise');
    expect(verbOf('What did the number of legions in Roman times depend on?')).not.toBe('number');
    // a bare verb after the phrase stays the verb ("rise to", not "age" of "the pension age for …")
    expect(verbOf('What would the pension age for council workers rise to under the new rules?')).toBe('rise');
  });

  it('notes that a question asks what something was called, whatever the noun asked about', () => {
    expect(analyzeQuestion('What was the Iranian company Emennet Pasargad called before it was renamed?').asksName).toBe(true);
    expect(analyzeQuestion('Which company bought Yukos?').asksName).toBeUndefined();
  });

  it('reads "use to be called" and "X\'s old name" as asking for another name', () => {
    const used = analyzeQuestion('What did the bank use to be called?');
    expect(used).toMatchObject({ kind: 'name', asksName: true });
    for (const q of ["What was Northgate's old name?", 'What is the former name of Northgate?', "What is Northgate's new name?"]) {
      const a = analyzeQuestion(q);
      expect(a, q).toMatchObject({ kind: 'name', asksName: true });
      // the sentence says "later renamed", "formerly": neither "name" nor "old" need be in it
      expect(a.terms.filter((t) => t.essential).map((t) => t.text), q).toEqual([expect.stringMatching(/^Northgate/)]);
    }
    // a name of something else is still asked for by its noun
    expect(analyzeQuestion('What is the name of the bank Northgate owns?').asksName).toBeUndefined();
  });

  it('wants a list for a plural noun the tagger reads as a verb', () => {
    // "states" as in "she states"
    expect(analyzeQuestion('Which states received the emails?')).toMatchObject({ kind: 'place', list: true });
  });

  it('reads the noun before a passive verb as who it was done to, not the noun asked about', () => {
    // the answer is what they were charged with, not a person ("hackers" is noun.person)
    expect(analyzeQuestion('What are the hackers charged with?')).toMatchObject({ kind: 'thing' });
    expect(analyzeQuestion('What are the hackers charged with?').headTerm).toBeUndefined();
    expect(analyzeQuestion('What are the defendants accused of doing?').headTerm).toBeUndefined();
    // a participle with its own object describes the noun asked about; a naming verb asks its name
    expect(analyzeQuestion('What was the phone virus found in June that jumps between phones?').headTerm).toBe('viru');
    expect(analyzeQuestion('What was the firm called before?')).toMatchObject({ kind: 'organization', asksName: true });
  });

  it('ends a compound before a participle ("Which BBC project connecting people …")', () => {
    expect(analyzeQuestion('Which BBC project connecting people who want to act does the paper mention?').headTerm).toBe('project');
    // "training" is a noun too: "training camp" is one
    expect(analyzeQuestion('Which training camp did he attend?').headTerm).toBe('camp');
  });

  it('gives a hyphenated word the index terms of its parts, in its own group', () => {
    const q = analyzeQuestion('Who is the co-producer of The Pajama Game?');
    const head = q.terms.find((t) => t.role === 'head')!;
    expect(head.term).toBe('co-produc'); // as a sentence's token is read
    expect(q.terms.filter((t) => t.group === head.group).map((t) => t.term).sort()).toEqual(['co', 'co-produc', 'produc']);
  });

  it('makes the adjective after a light verb essential when nothing else is', () => {
    const q = analyzeQuestion('Who becomes responsible for unaccompanied asylum children?');
    expect(q.terms.filter((t) => t.essential).map((t) => t.text)).toEqual(['responsible']);
    // a name is essential already: the adjective stays as it was
    expect(analyzeQuestion('Who is responsible for Emennet Pasargad?').terms.find((t) => t.text === 'responsible')?.essential).toBe(false);
  });

  it('reads "Which person …?" as "Who …?", and "named as" as appointed, not called', () => {
    expect(analyzeQuestion("Which person was named as the firm's main administrator?")).toMatchObject({ kind: 'person', headTerm: 'person' });
    expect(analyzeQuestion("Which person was named as the firm's main administrator?").asksName).toBeUndefined();
    expect(analyzeQuestion('Which individuals were charged?')).toMatchObject({ kind: 'person', list: true });
    expect(analyzeQuestion('What was the company named?').asksName).toBe(true);
  });

  it('reads "What does X do?" as asking for X\'s job, as "What is X\'s job?" does', () => {
    expect(analyzeQuestion('What does Matthew Olsen do?')).toMatchObject({ kind: 'description', asksRole: true });
    expect(analyzeQuestion('What does Susan Greenfield do for a living?')).toMatchObject({ kind: 'description', asksRole: true });
    expect(analyzeQuestion("What is Wally Adeyemo's job?")).toMatchObject({ kind: 'description', asksRole: true });
    // no one named: what happened
    expect(analyzeQuestion('What did the hackers do?').asksRole).toBeUndefined();
    expect(analyzeQuestion('What does Iran do with the oil?').asksRole).toBeUndefined();
  });

  it('reads "the title of" a thing as asking for its name, and a person\'s title as a role', () => {
    expect(analyzeQuestion('What is the title of the IPPR report on ID cards?')).toMatchObject({ kind: 'name', headTerm: 'report' });
    expect(analyzeQuestion('What is the title of the Treasury official?')).toMatchObject({ kind: 'description', asksRole: true });
  });

  it('reads a name alone with a question mark as "What is X?", and one without as a search', () => {
    expect(analyzeQuestion('Shirinkar?')).toMatchObject({ form: 'wh', kind: 'description' });
    expect(analyzeQuestion('Emennet Pasargad?')).toMatchObject({ form: 'wh', kind: 'description' });
    expect(analyzeQuestion('Emennet Pasargad').form).toBe('statement');
    expect(analyzeQuestion('Who?').kind).not.toBe('description');
  });

  it('reads "what happened" as asking for an event, not a short answer', () => {
    expect(kind('What happens to the assets of sanctioned people?')).toBe('manner');
    expect(kind('What will happen to the defendants?')).toBe('manner');
    expect(kind('What happened to the money?')).toBe('manner');
    expect(kind('What did the emails threaten?')).toBe('thing');
  });

  it('wants a list for plural questions, with the count when given', () => {
    const q = analyzeQuestion('Who are the two ministers that resigned?');
    expect(q.list).toBe(true);
    expect(q.count).toBe(2);
    expect(analyzeQuestion('Which states reported problems?').list).toBe(true);
  });

  it('reads "Name three ..." as "Which three ...", and leaves an imperative with its own question word', () => {
    const q = analyzeQuestion('Name three search engines that veteran surfers remember.');
    expect(q.form).toBe('wh');
    expect(q.list).toBe(true);
    expect(q.count).toBe(3);
    expect(analyzeQuestion('Name two Iranians who were charged.').kind).toBe('person');
    expect(analyzeQuestion('Emennet Pasargad').form).toBe('statement');
    expect(analyzeQuestion('List of sanctioned companies').form).toBe('statement');
  });

  it('reads "the name of X" as asking for X: a person for "the name of the company\'s manager", a name for "the name of the film"', () => {
    const q = analyzeQuestion("What is the name of Emennet Pasargad's manager?");
    expect(q).toMatchObject({ kind: 'person', headTerm: 'manag' });
    expect(q.terms.find((t) => t.text === 'manager')).toMatchObject({ role: 'head', essential: true });
    expect(analyzeQuestion("What was the name of David Miliband's father?").kind).toBe('person');
    expect(analyzeQuestion('What is the name of the film?')).toMatchObject({ kind: 'name', headTerm: 'film' });
    expect(analyzeQuestion('What is the name of the agency that runs it?').kind).toBe('organization');
  });

  it('counts only a number that stands before the plural asked about', () => {
    expect(analyzeQuestion('Which unitary authorities hold polls on 5 May?').count).toBeUndefined();
    expect(analyzeQuestion('Which two-time winners played in Dubai?').count).toBeUndefined();
    expect(analyzeQuestion('Which six Iranians were sanctioned in November 2021?').count).toBe(6);
    const q = analyzeQuestion('What were the two cities named in 2004?');
    expect(q.list).toBe(true);
    expect(q.count).toBe(2);
  });

  it('makes names, the main verb and the noun asked about essential', () => {
    const q = analyzeQuestion('Which Russian company was sanctioned?');
    expect(q.terms.filter((t) => t.essential).map((t) => t.text)).toEqual(['Russian', 'company', 'sanctioned']);
    expect(q.terms.find((t) => t.text === 'company')?.role).toBe('head');
  });

  it('does not require a person question\'s noun in the answer sentence ("two Iranians" may be named only)', () => {
    const q = analyzeQuestion('Which Russian officials were sanctioned?');
    const essential = q.terms.filter((t) => t.essential).map((t) => t.role).sort();
    expect(essential).toEqual(['modifier', 'verb']);
  });

  it('does not require "called" in the sentence that names a thing, but does "named" in who named it', () => {
    const called = analyzeQuestion("What is Michael Douglas's production company called?").terms.find((t) => t.text === 'called');
    expect(called?.essential).toBe(false);
    expect(analyzeQuestion('Who named the company?').terms.find((t) => t.text === 'named')?.essential).toBe(true);
  });

  it('asks for a role without looking for the noun that asks for it or a verb that only holds it', () => {
    const q = analyzeQuestion('What position does Will Davies hold at the IPPR?');
    expect(q.kind).toBe('description');
    expect(q.terms.map((t) => t.text)).not.toContain('position');
    expect(q.terms.find((t) => t.text === 'hold')?.essential).toBe(false);
    expect(analyzeQuestion("What is Matthew Olsen's job?").terms.map((t) => t.term)).toEqual(['matthew', 'olsen']);
  });

  it('never takes "according to" for the verb: it names a source', () => {
    const q = analyzeQuestion('How much does asylum cost Britain each year, according to Robert Kilroy-Silk?');
    expect(q.terms.find((t) => t.role === 'verb')?.text).toBe('cost');
    expect(q.terms.find((t) => t.text === 'according')?.essential).toBe(false);
  });

  it('reads the verb before "according to" ending the question, whatever the tagger made of the words before it', () => {
    const verb = (text: string) => analyzeQuestion(text).terms.find((t) => t.role === 'verb')?.text;
    // the word after the subject, before the attribution (not "according", before "to")
    expect(verb('How much could a games starter disc cost, according to Gerhard Florin?')).toBe('cost');
    expect(verb('On what date does the Australian Open start, according to the report on Johansson\'s Adelaide win?')).toBe('start');
    // a verb that frames a clause does not take "according" for the clause's verb
    expect(verb("Which day will the White House announce its budget, according to the report on the dollar's gains after Greenspan's speech?")).toBe('announce');
  });

  it('needs no sentence to name the source an attribution gives, only the rest of the question', () => {
    const q = analyzeQuestion("When does the Australian Open start, according to the row over Hewitt's court criticism?");
    expect(q.terms.filter((t) => t.essential).map((t) => t.text)).toEqual(['Australian', 'Open', 'start']);
    expect(q.terms.find((t) => t.text === "Hewitt's")?.role).toBe('entity');
  });

  it('expands the main verb with WordNet synonyms and related forms', () => {
    const q = analyzeQuestion('What was the company called before?');
    const call = q.terms.find((t) => t.role === 'verb')!;
    expect(call.related.map((r) => r.term)).toContain('renam');
  });

  it('reads a sentence and prison time as a length of time, and "what time" as a time of day', () => {
    expect(analyzeQuestion('What sentence does Kashian face?').kind).toBe('duration');
    expect(analyzeQuestion('What prison time does Kashian face?').kind).toBe('duration');
    expect(analyzeQuestion('What jail terms do Trowbridge and Chicoine face?').kind).toBe('duration');
    expect(analyzeQuestion('What prison term does he face?').kind).toBe('duration');
    expect(analyzeQuestion('What time did the bomb go off?').kind).toBe('date');
    expect(analyzeQuestion('What terms did the bank offer?').kind).not.toBe('duration');
  });

  it('reads "how long" of a thing that lasts as a length of time, and of a thing as a measurement', () => {
    expect(analyzeQuestion("How long was Pountney's ban?").kind).toBe('duration');
    expect(analyzeQuestion('How long was the delay?').kind).toBe('duration');
    expect(analyzeQuestion('How long is the bridge?').kind).toBe('measure');
  });

  it('reads "how long" as a length of time where a name was something for a while, the thing lasting is a name\'s, or a later clause holds the copula', () => {
    // (probe questions' phrasings: a named subject and what it was; the subject's noun past its owner's name)
    expect(analyzeQuestion('How long was Robert Kilroy-Silk a member of UKIP?').kind).toBe('duration');
    expect(analyzeQuestion('How long was Healey out injured?').kind).toBe('duration');
    expect(analyzeQuestion("How long is UK Athletics' new kit deal with adidas?").kind).toBe('duration');
    expect(analyzeQuestion("How long is Ian McCall's current contract at Dundee United?").kind).toBe('duration');
    expect(analyzeQuestion('How long had Victoria Lapete been apart from her sister before they were reunited?').kind).toBe('duration');
    expect(analyzeQuestion('How long is the NEM plan meant to run?').kind).toBe('duration');
    // a thing measured keeps its length, named or not
    expect(analyzeQuestion('How long is the Channel Tunnel?').kind).toBe('measure');
    expect(analyzeQuestion("How long is Hadrian's Wall?").kind).toBe('measure');
  });

  it('expands the main verb as a verb though the tagger took it for a noun', () => {
    const face = analyzeQuestion('What charges do the Iranians face?').terms.find((t) => t.role === 'verb')!;
    expect(face.text).toBe('face');
    expect(face.related.map((r) => r.term)).toContain('confront');
    expect(face.related.map((r) => r.term)).not.toContain('visag');
  });
});

it('takes the verb after "try to" as what the question is about', () => {
  const q = analyzeQuestion('When did they try to tamper with the system?');
  expect(q.terms.find((t) => t.role === 'verb')?.text).toBe('tamper');
});

it('takes the verb after "help" (with or without "to"), "expect to" and "promise to"', () => {
  const verb = (q: string) => analyzeQuestion(q).terms.find((t) => t.role === 'verb')?.text;
  expect(verb('Which city did the mayor help bring the Games to?')).toBe('bring');
  expect(verb('Which agency helped to investigate the leak?')).toBe('investigate');
  expect(verb('Which area does the analyst expect to grow fastest?')).toBe('grow');
  expect(verb('What did the minister promise to cut?')).toBe('cut');
});

it('finds the noun asked about behind a modifier the tagger reads as a verb, and at the end of a compound', () => {
  const head = (q: string) => analyzeQuestion(q).headTerm;
  // "research" tagged a verb and "firm" an adjective; "operating" a gerund
  expect(head('Which research firm does analyst Lindsay Schroth work for?')).toBe(normalizeTerm('firm'));
  expect(head('What operating margin does Renault expect in 2005?')).toBe(normalizeTerm('margin'));
  // "dam" tagged a verb: the compound "sister dam" is a dam, not a sister
  expect(head('What is the name of the Three Gorges Dam\'s sister dam?')).toBe(normalizeTerm('dam'));
  expect(analyzeQuestion('What is the name of the Three Gorges Dam\'s sister dam?').kind).not.toBe('person');
  // …but not a verb that is the question's own
  expect(head('What did the company say?')).toBeUndefined();
});

it('reads "What is X called?" as asking a name, whatever X measures', () => {
  expect(analyzeQuestion('What is the unit called?').kind).toBe('name');
  expect(analyzeQuestion('What is the company\'s new dam called?').kind).toBe('name');
  expect(analyzeQuestion('How many people are called Smith?').kind).toBe('number');
});

it('notes a preposition before the question word', () => {
  expect(analyzeQuestion('Since when has the ban applied?').leadingPreposition).toBe('since');
});

describe('QuestionTextSchema', () => {
  it('refuses empty, whitespace-only and over-long questions with a clear message', () => {
    expect(QuestionTextSchema.safeParse('').error?.issues[0]?.message).toMatch(/type a question/);
    expect(QuestionTextSchema.safeParse(' \u200b\t ').success).toBe(false);
    expect(QuestionTextSchema.safeParse('x'.repeat(501)).error?.issues[0]?.message).toMatch(/500 characters/);
    expect(QuestionTextSchema.safeParse('?!?').success).toBe(false);
  });

  it('strips invisible and control characters', () => {
    expect(QuestionTextSchema.parse('Who\u200b runs\u0007 it?')).toBe('Who runs it?');
  });
});

describe('cleanQuestion', () => {
  it('strips greetings, fillers and platform mentions around the question', () => {
    expect(cleanQuestion('hey, who runs Emennet Pasargad?')).toBe('who runs Emennet Pasargad?');
    expect(cleanQuestion('Quick question: who runs Emennet Pasargad?')).toBe('who runs Emennet Pasargad?');
    expect(cleanQuestion('@everyone who runs Emennet Pasargad?')).toBe('who runs Emennet Pasargad?');
    expect(cleanQuestion('<@U123ABC> who runs Emennet Pasargad? thanks!')).toBe('who runs Emennet Pasargad?');
    expect(cleanQuestion('<@!123456> Hi all, can you tell me who runs Emennet Pasargad')).toBe('who runs Emennet Pasargad');
    expect(cleanQuestion('Hello there! Do you know when the strike ended?')).toBe('when the strike ended?');
  });

  it('drops the sentences typed before the question, unless the question refers back to them', () => {
    expect(cleanQuestion("I'm writing a piece on Iran. Who runs Emennet Pasargad?")).toBe('Who runs Emennet Pasargad?');
    expect(cleanQuestion('Background: the 2021 sanctions. How old is Kashian?')).toBe('How old is Kashian?');
    // "it" is Emennet Pasargad
    expect(cleanQuestion('Emennet Pasargad. Who runs it?')).toBe('Emennet Pasargad. Who runs it?');
    // a sentence split at an abbreviation leaves a part that is no question by itself
    expect(cleanQuestion("Who is Mr. Smith's boss?")).toBe("Who is Mr. Smith's boss?");
  });

  it('leaves a plain question alone', () => {
    expect(cleanQuestion('Who runs Emennet Pasargad?')).toBe('Who runs Emennet Pasargad?');
    expect(cleanQuestion('Hey Jude: who wrote it?')).toBe('Hey Jude: who wrote it?');
  });

  it('analyses the cleaned question but keeps the text as asked', () => {
    const q = analyzeQuestion('hey, who runs Emennet Pasargad?');
    expect(q.kind).toBe('person');
    expect(q.text).toBe('hey, who runs Emennet Pasargad?');
    expect(q.terms.map((t) => t.text)).not.toContain('hey');
  });
});

describe('nouns the tagger reads as adjectives', () => {
  it('takes "firm" for the noun asked about where no noun follows it', () => {
    expect(analyzeQuestion('Which firm does he work for?')).toMatchObject({ kind: 'organization', headTerm: normalizeTerm('firm') });
    expect(analyzeQuestion('Which anti-virus firm does Graham Cluley work for?')).toMatchObject({ kind: 'organization', headTerm: normalizeTerm('firm') });
    expect(analyzeQuestion('Which big company was fined?').terms.find((t) => t.text === 'big')?.role).toBe('modifier');
  });
});

describe('how much', () => {
  it('asks for money when the noun is money by WordNet (noun.possession), for a number otherwise', () => {
    expect(kind('How much compensation did the men receive?')).toBe('money');
    expect(kind('How much debt does the club have?')).toBe('money');
    expect(kind('How much money was seized?')).toBe('money');
    expect(kind('How much oil does the field hold?')).toBe('number');
  });

  it('asks for the size of a change when the verb changes an amount (WordNet) or the question says "by how much"', () => {
    const change = (q: string) => analyzeQuestion(q).change === true;
    expect(change('By how much did the firm\'s profits rise?')).toBe(true);
    expect(change('How much did sales grow last year?')).toBe(true); // grow → increase
    expect(change('How much did the trade gap shrink?')).toBe(true); // shrink → decrease
    expect(change('How much did profits fall in 2004?')).toBe(true); // fall, in its eleventh sense, is decrease
    expect(change('How much did sales go up?')).toBe(true);
    expect(change('By how much were applications down?')).toBe(true);
    // a level, a price, a count and a sum given are no change
    expect(change('To what figure could the bank raise its offer?')).toBe(false);
    expect(change('How much did the deal cost?')).toBe(false);
    expect(change('How many jobs will the carmaker cut?')).toBe(false);
    expect(change('How much did the club offer?')).toBe(false);
    // "give" changes an amount only in a rare sense ("stretch"); "control" three steps below "decrease"
    expect(change('How much a year would the plan give to sports clubs?')).toBe(false);
    expect(change('How much of the oil firm does the group control?')).toBe(false);
  });

  it('asks for a place for "which country", and reads a plural with a verb sense before its object as the verb', () => {
    expect(kind('Which country was accused of election interference?')).toBe('place');
    expect(kind('In which countries are the services offered?')).toBe('place');
    expect(kind('Which nation hosts the games?')).toBe('place');
    // not a compound "city hosts" (a host is a person): "hosts" is the verb
    const q = analyzeQuestion('Which Brazilian city hosts the World Social Forum?');
    expect(q.kind).toBe('place');
    expect(q.headTerm).toBe(normalizeTerm('city'));
    // a compound before an auxiliary stays one: "drugs tests"
    expect(analyzeQuestion('How many drugs tests were missed?').headTerm).toBe(normalizeTerm('tests'));
  });

  it('reads a capitalised title before the verb as the person asked for', () => {
    expect(kind('Which Treasury Secretary said the White House was ready to act?')).toBe('person');
    expect(kind('Which Canadian set the early pace?')).toBe('person');
    expect(kind('Which senior Tory MP warned the party?')).toBe('person');
    // a name that modifies a common noun still does, and a name alone asks nothing of a person
    expect(kind('Which Iranian company sent the emails?')).toBe('organization');
    expect(kind('Which Emennet Pasargad employee was charged?')).toBe('person');
    expect(kind('What Iran said was denied.')).not.toBe('person');
  });

  it('reads a name of several words joined by "of" as modifying the noun after it, and a hyphenated noun whole', () => {
    const q = analyzeQuestion('Which University of Strathclyde professor doubts tactical voting will matter?');
    expect(q.kind).toBe('person');
    expect(q.headTerm).toBe(normalizeTerm('professor'));
    // "son-in-law" is a person; its last part "law" is not
    expect(kind('Which son-in-law of the former president was part of the consortium?')).toBe('person');
  });

  it('marks a noun that names the kind of answer, which the answer need not repeat', () => {
    expect(analyzeQuestion('In which city was John Snow at the start of his visit?').headNamesKind).toBe(true);
    expect(analyzeQuestion('On what date did the tribunal overturn the ban?').headNamesKind).toBe(true);
    // a noun that names no kind is the thing asked about ("post"), and "who" has no noun
    expect(analyzeQuestion('What government post was David Miliband promoted to?').headNamesKind).toBeUndefined();
    expect(analyzeQuestion('Who runs Emennet Pasargad?').headNamesKind).toBeUndefined();
  });

  it('reads "what kind / sort / type of X" as asking which sort of X, without looking for "kind"', () => {
    for (const [text, head] of [['What kind of company is Emennet Pasargad?', 'company'], ['What sort of emails were sent?', 'emails'], ['Which type of video was distributed?', 'video'], ['What is the type of company?', 'company']] as const) {
      const q = analyzeQuestion(text);
      expect(q.sort, text).toBe(true);
      expect(q.kind, text).toBe('thing');
      expect(q.headTerm, text).toBe(normalizeTerm(head));
      expect(q.terms.map((t) => t.term), text).not.toContain(normalizeTerm(text.includes('sort') ? 'sort' : text.includes('kind') ? 'kind' : 'type'));
    }
    expect(analyzeQuestion('What company is Emennet Pasargad?').sort).toBeUndefined();
  });

  it('reads a noun that only names the kind of answer as that kind, and does not look for the noun', () => {
    // answered "27" and "11 years": the sentences never say "age" or "time"
    for (const q of ["What is Kashian's age?", "What's Kazemi's age?", 'What age is Kashian?', 'What is the age of Kashian?']) {
      const a = analyzeQuestion(q);
      expect(a.kind, q).toBe('age');
      expect(a.terms.map((t) => t.term), q).not.toContain(normalizeTerm('age'));
    }
    expect(kind('How much prison time does Kazemi face?')).toBe('duration');
    expect(analyzeQuestion('How much prison time does Kazemi face?').terms.map((t) => t.text)).toEqual(['prison', 'Kazemi', 'face']);
    expect(kind('What is the length of the sentence Kashian faces?')).toBe('duration');
  });
});

describe('answer kinds for roles and acronyms', () => {
  it('asks what the articles call someone for job, title, role and position questions', () => {
    expect(kind("What is Shirinkar's job?")).toBe('description');
    expect(kind('What position does Mohammad Shirinkar hold?')).toBe('description');
  });
  it('asks for the words behind an acronym', () => {
    expect(kind('What does IRGC stand for?')).toBe('expansion');
  });
});

describe('contractions and chat spellings', () => {
  it('reads "who\'s" and "what\'s" as "who is" and "what is"', () => {
    expect(kind("who's the chief exec of the refugee council?")).toBe('person');
    expect(kind("what's the capital of France?")).not.toBe('person');
    expect(analyzeQuestion("who's the head of the council?").terms.map((t) => t.text)).not.toContain("who's");
  });
  it('drops "do u know"', () => {
    expect(cleanQuestion('do u know which body they worked for?')).toBe('which body they worked for?');
  });
});

describe('the person asked for by a role noun', () => {
  const headOf = (q: string) => analyzeQuestion(q).terms.find((t) => t.role === 'head');
  it('takes the role noun as the head, and essential, even where the tagger reads "of" as part of a name or a preposition comes first', () => {
    // compromise tags "of" in "the chief of Emennet Pasargad" as a noun
    for (const [q, noun] of [['Who is the chief of Emennet Pasargad?', 'chief'], ['Who is at the head of Emennet Pasargad?', 'head']] as const) {
      expect(headOf(q)).toMatchObject({ text: noun, essential: true });
    }
  });
  it('reads the role noun in its person senses: a head who is in charge, not a body part', () => {
    const related = headOf('Who is the head of Emennet Pasargad?')!.related.map((r) => r.term);
    expect(related).toEqual(expect.arrayContaining(['chief', 'administr']));
    expect(related).not.toContain('caput');
  });
  it('still reads "Who is in charge of X?" as the verbs defined "be in charge of"', () => {
    const charge = analyzeQuestion('Who is in charge of Emennet Pasargad?').terms.find((t) => t.text === 'charge');
    expect(charge?.role).toBe('verb');
    expect(charge?.related.map((r) => r.term)).toContain('manag');
  });
});

describe('modals and verbs that end the question', () => {
  it('reads a modal as a plain word, not a testament, and the bare word after the subject as the verb', () => {
    const q = analyzeQuestion("What will Renault's new Clio model cost?");
    const will = q.terms.find((t) => t.text === 'will');
    expect(will).toMatchObject({ role: 'other', essential: false, related: [] });
    expect(q.terms.find((t) => t.role === 'verb')?.text).toBe('cost');
  });
  it('asks for money when a bare "what" is what something costs or earns', () => {
    expect(kind('What did the deal cost?')).toBe('money');
    expect(kind('What will the new Clio cost?')).toBe('money');
    expect(kind('What was Ferrari valued at?')).toBe('money');
    expect(kind('What did Mediobanca pay for its stake?')).toBe('money');
    // what was bought
    expect(kind('What did they pay for?')).toBe('thing');
    expect(kind('What did the company sanction?')).toBe('thing');
  });
  it('takes the noun before a question-ending verb as the subject', () => {
    const q = analyzeQuestion('What did the company sanction?');
    expect(q.terms.find((t) => t.role === 'verb')?.text).toBe('sanction');
  });
});

describe('verbs that frame another verb', () => {
  const verbs = (q: string) => analyzeQuestion(q).terms.filter((t) => t.role === 'verb').map((t) => `${t.text}${t.essential ? '*' : ''}`);
  it('asks about the verb of the clause or infinitive a reporting or wanting verb takes (WordNet frames)', () => {
    expect(verbs('Which treaty does Menatep say Russia violated?')).toEqual(['violated*']);
    expect(verbs('Which products does the FAO say are hit hardest by subsidies?')).toEqual(['hit*']);
    expect(verbs('How much oil is the Mangala field thought to hold?')).toEqual(['hold*']);
    expect(verbs('What tax rate does India want Cairn Energy to pay?')).toEqual(['pay*']);
    expect(verbs('Which director does Scott Sullivan deny telling about the fraud?')).toEqual(['telling*']);
    // the framing verb is still a word to find, not an essential one
    const say = analyzeQuestion('Which treaty does Menatep say Russia violated?').terms.find((t) => t.text === 'say');
    expect(say).toMatchObject({ role: 'other', essential: false });
  });
  it('keeps the framing verb where its subject is what is asked, or nothing follows it but a copula, a particle or a preposition', () => {
    expect(verbs('Which Treasury official said the sanctions show the US holds hackers to account?')).toEqual(['said*']);
    expect(verbs("Who's the UKIP spokesman who said Houston's views weren't party policy?")).toEqual(['said*']);
    expect(verbs('What does the FAO say is the biggest problem?')).toEqual(['say*']);
    expect(verbs('When did Bill Gammell set up Cairn Energy?')).toEqual(['set*']);
    expect(verbs('What did the FAO say about the plan to cut tariffs?')).toEqual(['say*']);
    // a verb of change or state is what the answer turns on: "stop forming" is not "forming"
    expect(verbs('When did the delta stop forming?')).toEqual(['stop*']);
  });
});

describe('what someone said', () => {
  it('reads a bare "what" as the object of a verb of saying as asking for their words, not a short answer', () => {
    for (const q of ['What did Wally Adeyemo say?', 'What did Trump claim about China?', 'What did the Treasury announce?']) {
      expect(analyzeQuestion(q), q).toMatchObject({ kind: 'manner', asksWords: true });
    }
  });
  it('still asks for a short answer where the verb names whom, frames no clause, or asks a name', () => {
    for (const q of ['What did the emails threaten voters with?', 'What does Veritas mean in Latin?', 'What is the company called?', 'What does IRGC stand for?']) {
      expect(analyzeQuestion(q).asksWords, q).toBeUndefined();
    }
  });
});

describe('how much of a whole', () => {
  it('asks for a share of a whole, and for a sum where the whole is money', () => {
    expect(kind('How much of Ferrari does Fiat own?')).toBe('number');
    expect(kind("how much of james hardie's revenue comes from the US?")).toBe('number');
    expect(kind("How much of Jane Hutt's £264m goes on pay?")).toBe('money');
    expect(kind('How much of his own money did Bill Gates pledge?')).toBe('money');
    expect(kind('How much did Fiat pay?')).toBe('money');
  });
});

describe('what a question adds about a name it gives', () => {
  const essential = (q: string) => analyzeQuestion(q).terms.filter((t) => t.essential).map((t) => t.text);
  it('does not require the words of an appositive after a name or of a bracketed remark', () => {
    expect(essential('How much does the administration want to cut from Medicaid, the health programme for Americans?')).not.toContain('Americans');
    expect(essential('Where is Travis Anderson, the BBC reader who warned about addiction, from?')).not.toContain('warned');
    // the main verb is not read in brackets
    const tycoon = analyzeQuestion('Which Japanese tycoon (once ranked the richest man) got arrested for faking data?');
    expect(tycoon.terms.find((t) => t.role === 'verb')?.text).toBe('arrested');
    expect(tycoon.terms.find((t) => t.text === 'richest')?.essential).toBe(false);
  });
  it('still reads a question that follows a name and a comma', () => {
    expect(essential('According to the Electoral Commission, what is the last day to register?')).toContain('last');
    // the question's own clause going on after a name and a comma is no aside
    expect(essential('Who, according to the Treasury, runs Emennet Pasargad?')).toContain('runs');
  });
});

describe('a phrasal verb after "who is"', () => {
  it('reads "taking over" as the verb, not "taking" as the noun asked about', () => {
    const q = analyzeQuestion("who's taking over from louis schweizer as head of renault?");
    expect(q.terms.find((t) => t.role === 'head')).toBeUndefined();
    expect(q.terms.find((t) => t.role === 'verb')?.text).toBe('taking');
  });
});

describe('quoted words', () => {
  it('reads double and single quotes as quotes, apostrophes not', () => {
    const q = analyzeQuestion("Which of Howard's rivals called his plan 'arrogant and wrong' and \"a shambles\"?");
    expect(q.quoted).toEqual([['arrog', 'wrong'], ['shambl']]);
    expect(q.terms.find((t) => t.role === 'verb')?.saying).toBe(true);
    expect(analyzeQuestion("Who runs the Tories' campaign?").quoted).toBeUndefined();
  });

  it('marks only a verb of saying', () => {
    const q = analyzeQuestion('Which firm bought the "Blue Harbour" hotel?');
    expect(q.quoted).toEqual([['blue', 'harbour']]);
    expect(q.terms.some((t) => t.saying)).toBe(false);
  });
});

describe('verbs of saying', () => {
  it('let "said" stand in for a verb of saying whose subject is asked', () => {
    const said = (q: string) => analyzeQuestion(q).terms.find((t) => t.role === 'verb')?.related.some((r) => r.term === normalizeTerm('said'));
    expect(said('Which minister announced the new budget?')).toBe(true);
    expect(said('Which senator called the budget the tightest one yet?')).toBe(true);
    // a name asked for: "called" names, it says nothing
    expect(said("What is the director's new film called?")).toBe(false);
    // not a verb of saying
    expect(said('Which company bought the hotel?')).toBe(false);
  });
});

describe('a noun the tagger reads as the verb after "did"', () => {
  it('gives way to a verb of change after the subject\'s nouns: "How much did (UK) house prices rise in December?" asks a change', () => {
    // written for this test
    for (const q of ['How much did house prices rise in December?', 'How much did UK house prices rise in December?', 'How much did house prices fall in October according to the Nationwide?']) {
      const a = analyzeQuestion(q);
      expect(a.change, q).toBe(true);
      expect(a.terms.find((t) => t.role === 'verb')?.text, q).toMatch(/^(rise|fall)$/);
    }
  });
});

describe('"Which <party> <title> …?"', () => {
  it('asks for a person by the title, though the tagger reads the party as a verb: "Which Labour MP said …?"', () => {
    // written for this test
    const q = analyzeQuestion('Which Labour MP said Blair was wrong?');
    expect(q.kind).toBe('person');
    expect(q.headTerm).toBe(normalizeTerm('MP'));
  });
});

describe('a noun for a collection of things', () => {
  it('asks for a thing, not a body: "Which law does the group blame?"', () => {
    // written for this test
    expect(analyzeQuestion('Which law does the group blame?').kind).toBe('thing');
    expect(analyzeQuestion('Which team won the cup?').kind).toBe('organization');
  });
});

describe('"is X set to …"', () => {
  it('is a plan, not a noun asked about: "Who is Gazprom set to merge with?" asks who, by no head noun', () => {
    // written for this test
    const q = analyzeQuestion('Who is Gazprom set to merge with?');
    expect(q.headTerm).toBeUndefined();
    expect(q.kind).toBe('person');
    expect(analyzeQuestion('What is the set of rules called?').headTerm).toBe(normalizeTerm('set'));
  });
});

describe('"How much has been …?"', () => {
  it('asks a sum, with no noun "has": "How much has been pledged so far?"', () => {
    // written for this test
    const q = analyzeQuestion('How much has been pledged so far?');
    expect(q.kind).toBe('money');
    expect(q.headTerm).toBeUndefined();
  });
});

describe('a verb after "did" and its subject', () => {
  it('is in its base form: "Who did Markova found the ballet with?" asks of founding, not finding', () => {
    // written for this test
    const verb = analyzeQuestion('Who did Markova found the Festival Ballet with?').terms.find((t) => t.role === 'verb')!;
    expect(verb.term).toBe(normalizeTerm('founded'));
    expect(verb.related.map((r) => r.term)).toContain(normalizeTerm('establish'));
    // (not past a clause of its own: "did a fan say she saw …" asks of seeing)
    const saw = analyzeQuestion('Where did a fan say she saw Edwards?').terms.find((t) => t.text === 'saw')!;
    expect(saw.term).toBe(normalizeTerm('see'));
  });
});

describe('"Which justice said …?"', () => {
  it('reads the noun, subject of a verb of saying, as asking for a person', () => {
    expect(analyzeQuestion('Which justice said the technology had some excellent uses?').kind).toBe('person');
    expect(analyzeQuestion('Which report said the economy grew?').kind).toBe('thing');
  });
});

describe('a noun after "which", a place in an order given, an amount a thing is put at', () => {
  it('reads "Which bank lost …?" as asking for a body, with "lost" its verb', () => {
    const q = analyzeQuestion('Which bank lost computer tapes?');
    expect(q.kind).toBe('organization');
    expect(q.terms.find((t) => t.role === 'verb')?.text).toBe('lost');
  });
  it('reads "Where did X come first …?" as asking where, and "Where did X finish?" as asking the place in the order', () => {
    expect(analyzeQuestion('Where did Respect come first in the European elections?').kind).toBe('place');
    expect(analyzeQuestion('Where did Sotherton finish in Athens?').kind).toBe('number');
  });
  it('reads "What is piracy estimated at in China?" as asking for an amount', () => {
    expect(analyzeQuestion('What is piracy estimated at in China?').kind).toBe('number');
  });
});

describe('"Who is the X Ys\' Z?"', () => {
  it('asks for the Z, a person, which the compound in the possessive owns', () => {
    const q = analyzeQuestion("Who is the chief police officers' spokesman?");
    expect(q.kind).toBe('person');
    expect(q.terms.find((t) => t.role === 'head')?.text).toBe('spokesman');
  });
});

describe('"What will X\'s Y be?"', () => {
  it('finds the noun asked about after the modal and its owner', () => {
    const q = analyzeQuestion("What will Hyundai's annual production capacity be?");
    expect(q.kind).toBe('number');
    expect(q.terms.find((t) => t.role === 'head')?.text).toBe('capacity');
  });
});

describe('a phrase before the question word, a name before adjectives, an "-ing" form after an owner', () => {
  it('reads "Of the X, how many …?" as counting', () => {
    expect(analyzeQuestion('Of the 12 suspects whose backgrounds were known, how many were Muslim?').kind).toBe('number');
    expect(analyzeQuestion('In 2004, who won the title?').kind).toBe('person');
    expect(analyzeQuestion('Among the players who were fined, which club did the most?').kind).not.toBe('person');
  });
  it('finds the noun after a name and an adjective: "Which BBC political correspondent …?"', () => {
    const q = analyzeQuestion('Which BBC political correspondent said Brown had never been so outspoken?');
    expect(q.kind).toBe('person');
    expect(q.terms.find((t) => t.role === 'head')?.text).toBe('correspondent');
  });
  it('reads "the title of X\'s winning book" as asking for the book by name', () => {
    const q = analyzeQuestion("What is the title of Armand Leroux's winning book?");
    expect(q.kind).toBe('name');
    expect(q.terms.find((t) => t.role === 'head')?.text).toBe('book');
  });
  it('gives a capitalised word no common synonym of its place sense ("the Mexican Open"), a country its other names', () => {
    expect(analyzeQuestion('In which city is the Mexican Open played?').terms.find((t) => t.text === 'Open')?.related).toEqual([]);
    expect(analyzeQuestion('Who runs Britain?').terms.find((t) => t.text === 'Britain')?.related.map((r) => r.term)).toContain('uk');
  });
  it('relates "injured" to "wounded" as a synonym, the dictionary\'s "wound" read as a base form', () => {
    const related = analyzeQuestion('How many people were injured?').terms.find((t) => t.text === 'injured')?.related ?? [];
    expect(related.find((r) => r.term === 'wound')?.kind).toBe('synonym');
  });
});

describe('a plural WordNet has first as a name', () => {
  it('reads "Which chambers …?" as its singular\'s plural, no person ("Chambers", a writer)', () => {
    expect(analyzeQuestion('Which chambers is Cherie Blair a member of?').kind).not.toBe('person');
    expect(analyzeQuestion('Which judges ruled on the case?').kind).toBe('person');
  });
});

describe('a noun phrase asked with a question mark, a verb the tagger read as a plural, a people\'s adjective before a participle', () => {
  it('reads "Rangers manager?" as "Who is …?", and a phrase about a thing as "What is/are …?"', () => {
    expect(analyzeQuestion('Rangers manager?').kind).toBe('person');
    expect(analyzeQuestion('Managing director of CB Richard Ellis?').kind).toBe('person');
    expect(analyzeQuestion("Nike's second-quarter revenues?").kind).toBe('money');
    expect(analyzeQuestion("Metallica's 2004 tour?").headTerm).toBe('tour');
    // (not a sentence with a verb of its own)
    expect(analyzeQuestion('Chelsea beat Arsenal?').form).toBe('statement');
  });
  it('reads "employs" after "Which bank" as the verb, the bank as what is asked about', () => {
    const q = analyzeQuestion('Which bank employs economist Lian Chia Liang?');
    expect(q.kind).toBe('organization');
    expect(q.headTerm).toBe('bank');
  });
  it('reads "the Japanese distilled alcohol" as a noun described, no person asked for', () => {
    expect(analyzeQuestion('What is the Japanese distilled alcohol shochu made from?').kind).not.toBe('person');
  });
});

describe('a verb the tagger read as a noun after "Which <noun>", before its object', () => {
  it('reads "Which team beat Munster …?" as asking for a team, "beat" the verb', () => {
    const q = analyzeQuestion('Which team beat Munster 37-32 in the Heineken Cup?');
    expect(q.headTerm).toBe('team');
    expect(q.kind).toBe('organization');
  });
  it('reads "Which firm employs senior bond analyst X?" as asking for the firm, not the verb\'s subject in the sentence', () => {
    const q = analyzeQuestion('Which firm employs senior bond analyst Evan Mann?');
    expect(q.headTerm).toBe('firm');
    expect(q.asksSubject).toBeFalsy();
  });
});

describe('a noun phrase asked with a question mark: "Name of …", verb forms around the noun', () => {
  it('reads "Name of X?" as asking X\'s name, and a verb form before or after the noun as describing it', () => {
    expect(analyzeQuestion('Name of the central character in GTA: San Andreas?').form).toBe('wh');
    expect(analyzeQuestion("Tony Roche's Wimbledon doubles partner?").kind).toBe('person');
    expect(analyzeQuestion("EFF lawyer criticising Apple for going to the journalists' ISPs?").kind).toBe('person');
    expect(analyzeQuestion("Price of a ticket for Rooster's mobile phone gig?").kind).toBe('money');
  });
});

describe('the naming verb after a preposition and the question word, a race\'s time', () => {
  it('reads "On what day will Fifa name …?" as asking the day, not a name', () => {
    const q = analyzeQuestion('On what day will Fifa name its World Player of the Year?');
    expect(q.kind).toBe('date');
    expect(analyzeQuestion('What did the owners name the ship?').kind).toBe('name');
  });
  it('reads "winning time" and "the fastest time" as how long a race took', () => {
    expect(analyzeQuestion("What was Kathy Butler's winning time in Spain?").kind).toBe('duration');
    expect(analyzeQuestion('What was the fastest time in the men\'s race?').kind).toBe('duration');
    expect(analyzeQuestion('What time does the match kick off?').kind).toBe('date');
    // (also where the tagger reads "'s" as "is")
    expect(analyzeQuestion("What was Radcliffe's winning time in New York?").kind).toBe('duration');
    expect(analyzeQuestion('What was the best time to buy?').kind).toBe('date');
  });
});

describe('someone asked about by their age, a name opening a noun phrase asked about', () => {
  it('reads "Which 16-year-old …?" as asking for a person', () => {
    expect(analyzeQuestion('Which 16-year-old hanged himself in the young offender institution?').kind).toBe('person');
  });
  it('keeps a noun that opens a name in capitals ("Migration Watch UK chairman?"), so the title is what is asked', () => {
    const q = analyzeQuestion('Migration Watch UK chairman?');
    expect(q.kind).toBe('person');
    expect(q.headTerm).toBe('chairman');
    expect(analyzeQuestion('Uncapped Wrexham defender drafted into the Wales squad?').kind).toBe('person');
  });
});

describe('a name hyphened to a participle before the noun asked about', () => {
  it('reads "Which Colombian-born actress …?" as asking for the actress, "Colombian-born" describing her', () => {
    const q = analyzeQuestion('Which Colombian-born actress was nominated for an Oscar for Maria Full of Grace?');
    expect(q.headTerm).toBe('actress');
    expect(q.kind).toBe('person');
    expect(q.terms.find((t) => t.text === 'nominated')?.role).toBe('verb');
  });
});

describe('an adjective between the noun after "which" and another noun', () => {
  it('reads "Which world indoor record …?" as asking for the record', () => {
    expect(analyzeQuestion('Which world indoor record did Bekele set on his debut at the Birmingham meeting?').headTerm).toBe('record');
  });
});

describe('a question asking which of things that come round again', () => {
  it('reads "Which anniversary …?" and "Which birthday …?" as asking for an ordinal, not a date', () => {
    for (const text of ['Which anniversary of the closure is being marked?', "Which birthday did O'Connor celebrate on Wednesday?", 'Which edition of the awards did the show win at?']) {
      const q = analyzeQuestion(text);
      expect(q.asksOrdinal, text).toBe(true);
      expect(q.kind, text).toBe('number');
    }
    expect(analyzeQuestion('When is the anniversary of the closure?').asksOrdinal).toBeUndefined();
    expect(analyzeQuestion('Which award did the show win?').asksOrdinal).toBeUndefined();
  });
});

describe('a noun for a place in an order right after "which" or "what"', () => {
  it('reads "What seeding did X hold?" as a seeding asked and "Which turn … does this year mark?" as an ordinal, though the tagger reads a verb', () => {
    const seeding = analyzeQuestion('What seeding did Ivan Ljubicic hold in Dubai?');
    expect(seeding.asksRank).toBe(true);
    expect(seeding.kind).toBe('number');
    const turn = analyzeQuestion('Which turn at the helm of the Oscars orchestra does this year mark for Bill Conti?');
    expect(turn.asksOrdinal).toBe(true);
    expect(turn.headTerm).toBe('turn');
    expect(analyzeQuestion('Which round did Henman reach at Wimbledon?').asksOrdinal).toBe(true);
  });
});

describe('a watchdog or a regulator asked about', () => {
  it('is a body after "which" ("Reporters Without Borders"), and may be a person after "who"', () => {
    expect(analyzeQuestion('Which press freedom watchdog called Arash Sigarchi\'s sentence "harsh"?').kind).toBe('organization');
    expect(analyzeQuestion('Which regulator is investigating Krispy Kreme\'s accounts?').kind).toBe('organization');
    expect(analyzeQuestion("Who's the standards watchdog looking into Blunkett's rail tickets?").kind).toBe('person');
  });
});

describe('a particle inside a name', () => {
  it('keeps "Venta de Banos" and "Ruud van Nistelrooy" one name, with no word "de" or "van" of their own', () => {
    const q = analyzeQuestion("Who won the men's race at Venta de Banos?");
    const venta = q.terms.find((t) => t.text === 'Venta');
    const banos = q.terms.find((t) => t.text === 'Banos');
    expect(venta?.group).toBeDefined();
    expect(banos?.group).toBe(venta?.group);
    expect(q.terms.some((t) => t.text === 'de')).toBe(false);
    const r = analyzeQuestion('What injury has kept Ruud van Nistelrooy out of action?');
    expect(r.terms.find((t) => t.text === 'Nistelrooy')?.group).toBe(r.terms.find((t) => t.text === 'Ruud')?.group);
  });
});

describe('a prison term asked about past the question word', () => {
  it('reads "What is the maximum jail term …?" and "Maximum prison term faced by …?" as asking for a length of time', () => {
    expect(kind('What is the maximum jail term for senior executives breaking the Sarbanes-Oxley Act?')).toBe('duration');
    expect(kind('Maximum prison term faced by Jeffrey Royer and Anthony Elgindy?')).toBe('duration');
    expect(kind('What term did the committee set for its chairman?')).not.toBe('duration');
  });
});

describe('a place in a list asked for by "what position"', () => {
  it('reads "What position did X take in the earnings list?" as asking for a place in an order, not a job', () => {
    for (const text of ["What position did Sir Elton John take in Rolling Stone's top earners list?", 'At what position did Julia Davis enter the Radio Times comedy list?']) {
      const q = analyzeQuestion(text);
      expect(q.asksRank, text).toBe(true);
      expect(q.kind, text).toBe('number');
    }
    // (a job, where no list is named)
    expect(analyzeQuestion('What position did Sir Elton John take at the charity?').asksRank).toBeUndefined();
  });
});

describe('a change asked for by its noun', () => {
  it('reads "Carlsberg profit fall?" as asking the size of a change, not a season or a thing', () => {
    for (const text of ['Carlsberg profit fall?', "What was Carlsberg's profit fall?", 'Carlsberg profit rise in 2004?']) {
      const q = analyzeQuestion(text);
      expect(q.kind, text).toBe('number');
      expect(q.change, text).toBe(true);
    }
    expect(kind('When is the fall?')).toBe('date');
    expect(kind('What caused the price rise?')).not.toBe('number');
  });
});

describe('where a price closed', () => {
  it('reads "Where did Brent crude close?" as asking the level, and "Where did the conference close?" as asking where', () => {
    expect(kind('Where did Brent crude close in London trading?')).toBe('number');
    expect(kind('Where did BP shares settle on Friday?')).toBe('number');
    expect(kind('Where did the conference close?')).toBe('place');
  });
});

describe('a noun the tagger reads as a verb before a name', () => {
  it('reads "firm" of "managing director of games firm Lateral Visions" as no verb of the question', () => {
    const q = analyzeQuestion('Who is managing director of games firm Lateral Visions?');
    expect(q.terms.find((t) => t.text === 'firm')?.role).not.toBe('verb');
    expect(q.terms.some((t) => t.role === 'verb' && t.essential)).toBe(false);
  });
});

describe('a number before a capitalised plural', () => {
  it('reads "Which two Tories …?" as asking for two, though the tagger gives "Tories" no number', () => {
    const q = analyzeQuestion('Which two Tories were depicted as flying pigs on a Labour poster?');
    expect(q.list).toBe(true);
    expect(q.count).toBe(2);
    expect(q.kind).toBe('person');
  });
});

describe('a plural WordNet has as a word of its own, first with no kind', () => {
  it('reads "What are the names of Julia Roberts\' twins?" as asking for people (a "twin" is one), not a place (the constellation)', () => {
    expect(analyzeQuestion("What are the names of Julia Roberts' twins?").kind).toBe('person');
    expect(analyzeQuestion('Which judges ruled on the case?').kind).toBe('person');
  });
});

describe('a word for one of a people inside the noun asked about', () => {
  it('reads "Which future Russian leader …?" as asking for a leader, a person, not a future', () => {
    const q = analyzeQuestion('Which future Russian leader was a fellow pupil of Makarov at intelligence school?');
    expect(q.kind).toBe('person');
    expect(q.headTerm).toBe(normalizeTerm('leader'));
  });
});

describe('a question asked inside another, in the order of a statement', () => {
  it('reads "which state Johnny Depp was born in" (of "do you know which state …?") as asking for a state, a place', () => {
    for (const text of ['which US state Johnny Depp was born in?', 'which state Johnny Depp was born in?']) {
      const q = analyzeQuestion(text);
      expect(q.kind).toBe('place');
      expect(q.headTerm).toBe(normalizeTerm('state'));
    }
    expect(analyzeQuestion('which club Rooney plays for?').headTerm).toBe(normalizeTerm('club'));
    // (an owner after the word is a question's order: "Which rock group's CD …?" is not read so)
    expect(analyzeQuestion("Which rock group's CD prompted a lawsuit against Wal-Mart over swear words?").headTerm).not.toBe(normalizeTerm('rock'));
  });
});

describe('a thing put somewhere', () => {
  it('reads "Where are the … posters placed?" as asking where, and "Where did Radcliffe place?" as asking her place in the race', () => {
    expect(analyzeQuestion('Where are the interactive Safe Travel at Night posters placed?').kind).toBe('place');
    const q = analyzeQuestion('Where did Radcliffe place in the race?');
    expect(q.kind).toBe('number');
    expect(q.asksRank).toBe(true);
  });
});

describe('a distance inside the noun asked about', () => {
  it('reads "Which world 100m champion …?" and "Which … cross country 4km champion …?" as asking for a champion', () => {
    for (const text of ['Which world 100m champion ran in Birmingham?', 'Which three-time world cross country 4km champion was cleared by Athletics Kenya?']) {
      const q = analyzeQuestion(text);
      expect(q.kind).toBe('person');
      expect(q.headTerm).toBe(normalizeTerm('champion'));
    }
  });
});

describe('a player capped by a side', () => {
  it('reads "Which Peruvian international …?" as asking for a person, though WordNet\'s "international" is first a body', () => {
    expect(analyzeQuestion('Which Peruvian international did Souness try to re-sign in the January transfer window?').kind).toBe('person');
    expect(analyzeQuestion('Which international body ruled on the case?').kind).toBe('organization');
  });
});


describe('a verb after "do" and a name', () => {
  it('reads "live" of "Where does Austin Aitken live?" and "work" of "Where does Aitken work?" as the question\'s verb', () => {
    for (const [text, verb] of [['Where does Austin Aitken live?', 'live'], ['Where does Aitken work?', 'work']] as const) {
      expect(analyzeQuestion(text).terms.find((t) => t.text === verb)?.role).toBe('verb');
    }
  });
});

describe('an adjective of price after "how"', () => {
  it('reads "How cheap have inkjet printers become?" and "How expensive is …?" as asking for a sum of money', () => {
    expect(analyzeQuestion('How cheap have inkjet printers become?').kind).toBe('money');
    expect(analyzeQuestion('How expensive is the new console?').kind).toBe('money');
  });
});

describe('a verb of reporting', () => {
  it('lets "said" stand in for "reported", as news reports a newspaper\'s report ("Melbourne\'s Herald-Sun said Roche …")', () => {
    const verb = analyzeQuestion('Which Melbourne newspaper reported Tony Roche turning down Federer?').terms.find((t) => t.role === 'verb');
    expect(verb?.text).toBe('reported');
    expect(verb?.related.map((r) => r.term)).toContain(normalizeTerm('say'));
  });
});

describe('a rank that is a title', () => {
  it('reads "What is Craig Mackey\'s rank at Gloucestershire Police?" as no place in an order, as "What is X\'s ranking?" is', () => {
    expect(analyzeQuestion("What is Craig Mackey's rank at Gloucestershire Police?").asksRank).toBeFalsy();
    expect(analyzeQuestion("What is Arvind Parmar's ranking?").asksRank).toBe(true);
  });
});

describe('a superlative standing for its noun', () => {
  it('reads "What is the longest a patient should wait …?" as asking a length of time, "What is the most … can earn?" a sum, and keeps "the longest river"', () => {
    expect(analyzeQuestion('By March 2006, what is the longest a patient in Wales should wait for an outpatient appointment?').kind).toBe('duration');
    expect(analyzeQuestion('What is the most a player can earn?').kind).toBe('money');
    expect(analyzeQuestion('What is the longest river in Europe?').headTerm).toBe(normalizeTerm('river'));
  });
});

describe('the noun asked about after a title, a magnitude or a rank', () => {
  it('reads "Which US Undersecretary of State …?" as asking for a person, by the title before "of"', () => {
    const q = analyzeQuestion('Which US Undersecretary of State is meeting British officials to press for keeping the embargo?');
    expect(q.kind).toBe('person');
    expect(q.headTerm).toBe(normalizeTerm('undersecretary'));
  });
  it('reads a participle before a singular noun and "do" as its modifier ("What banned substance did …?")', () => {
    const q = analyzeQuestion('What banned substance did Koubek test positive for?');
    expect(q.headTerm).toBe(normalizeTerm('substance'));
    expect(q.asksSubject).toBeFalsy();
  });
  it('reads hyphened lower-case words before a noun as its modifier anywhere ("Year-on-year rise in …?" asks the rise\'s size)', () => {
    const q = analyzeQuestion('Year-on-year rise in French consumer spending in January?');
    expect(q.headTerm).toBe(normalizeTerm('rise'));
    expect(q.kind).toBe('number');
    expect(analyzeQuestion('What is the long-term plan?').headTerm).toBe(normalizeTerm('plan'));
    expect(analyzeQuestion("What is the Bank of England's rate-setting body called?").headTerm).toBe(normalizeTerm('body'));
    // (only before the noun that ends the phrase: "the cut-rate phone service" keeps its words as they were)
    expect(analyzeQuestion("What is Softbank's cut-rate phone service called?").terms.filter((t) => t.text === 'cut' || t.text === 'rate').every((t) => t.role === 'other')).toBe(true);
  });
  it('reads "What size monitor …?" as asking a measure and "What length contract …?" a length of time', () => {
    expect(analyzeQuestion('What size monitor comes with the entry-level Dell?').kind).toBe('measure');
    expect(analyzeQuestion('What length contract did Smith sign?').kind).toBe('duration');
    // (not for an amount's noun: "What size stake …?" asks a share)
    expect(analyzeQuestion('What size stake is the group buying?').kind).not.toBe('measure');
  });
  it('reads "Which world number one won …?" as asking for a person, "won" its verb', () => {
    const q = analyzeQuestion("Which world number one won the LTA's disabled player of the year award?");
    expect(q.kind).toBe('person');
    expect(q.terms.find((t) => t.role === 'verb')?.text).toBe('won');
    expect(analyzeQuestion("Which number eight was dropped from France's squad?").kind).toBe('person');
    // (not a chart's number one before a modal: "which UK number one will it be for Elvis?")
    expect(analyzeQuestion('If Jailhouse Rock tops the chart, which UK number one will it be for Elvis?').kind).not.toBe('person');
  });
});

describe('a noun phrase asked with a question mark: the tagger\'s verbs, "and" in a title, a comma after the noun', () => {
  it('reads a last word after a name that WordNet has mostly as a noun as the noun asked about ("Tigers boss?"), not "Arsenal lose?"', () => {
    expect(analyzeQuestion('Tigers boss?').kind).toBe('person');
    expect(analyzeQuestion('Grammys host?').form).toBe('wh');
    expect(analyzeQuestion('Arsenal lose?').form).toBe('statement');
    expect(analyzeQuestion('Blair resigns?').form).toBe('statement');
  });
  it('reads an "-ing" word a name owns as the noun asked about ("Hewitt\'s seeding at the Sydney Open?")', () => {
    const q = analyzeQuestion("Hewitt's seeding at the Sydney Open?");
    expect(q.form).toBe('wh');
    expect(q.kind).toBe('number');
  });
  it('reads "and" between a title\'s capitalised words as part of it, the title\'s last word as the noun asked about', () => {
    const q = analyzeQuestion("Norway's Trade and Industry Minister?");
    expect(q.form).toBe('wh');
    expect(q.kind).toBe('person');
  });
  it('ends the noun at a comma after it and at a preposition the tagger reads as a conjunction', () => {
    const coach = analyzeQuestion("Leeds's coach, still chasing a first league win?");
    expect(coach.kind).toBe('person');
    expect(coach.headTerm).toBe(normalizeTerm('coach'));
    const club = analyzeQuestion("Mbeki's Kenyan club before moving to Spain?");
    expect(club.form).toBe('wh');
    expect(club.headTerm).toBe(normalizeTerm('club'));
  });
});

describe('a count asked as a noun phrase', () => {
  it('reads "Number of X …?" and "What is the number of X …?" as "How many X …?", the counted noun the one asked about', () => {
    for (const asked of ['Number of tablets sold in Leeds last month?', 'What is the total number of tablets sold in Leeds last month?']) {
      const q = analyzeQuestion(asked);
      expect(q.kind).toBe('number');
      expect(q.headTerm).toBe(normalizeTerm('tablets'));
      expect(q.terms.some((t) => t.text === 'number')).toBe(false);
      // (the question as asked is kept, for the reply)
      expect(q.text).toBe(asked);
    }
    // (not "the number of the house", nor a topic typed without a question mark)
    expect(analyzeQuestion('What is the number of the house?').terms.some((t) => t.text === 'number')).toBe(true);
    expect(analyzeQuestion('Number of tablets sold').form).toBe('statement');
  });
});

describe('a player by the place they play, hyphened', () => {
  it('reads "Which Sale fly-half …?" and "Which Wales scrum-half …?" as asking for a person, not a number ("half")', () => {
    expect(analyzeQuestion('Which Leeds fly-half kicked four penalties?').kind).toBe('person');
    expect(analyzeQuestion('Which Wales scrum-half scored twice?').kind).toBe('person');
    expect(analyzeQuestion('Which France full-back was dropped?').kind).toBe('person');
    // (a half asked about is still a share)
    expect(analyzeQuestion('What half of the votes went to Labour?').kind).not.toBe('person');
  });
});

describe('the noun after a question word that ends the question', () => {
  it('reads "… by what score?" and "… passed what figure?" with the noun as the one asked about, not the verb', () => {
    const score = analyzeQuestion('Hewitt won the final set in Sydney by what score?');
    expect(score.headTerm).toBe(normalizeTerm('score'));
    expect(score.terms.find((t) => t.text === 'score')?.role).toBe('head');
    const figure = analyzeQuestion('Global sales of the console passed what figure?');
    expect(figure.terms.find((t) => t.text === 'figure')?.role).toBe('head');
  });
});

describe('a contest asked for', () => {
  it('reads "In which competition …?" and "Which tournament …?" as asking a contest the news names', () => {
    expect(analyzeQuestion('In which competition did Hewitt beat Federer in 2003?').asksContest).toBe(true);
    expect(analyzeQuestion('Which tournament did Agassi pull out of?').headNamesKind).toBe(true);
    expect(analyzeQuestion('Which film won the award?').asksContest).toBeFalsy();
  });
});
