import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../src/engine.js';
import { ANSWER_STAGES } from '../src/answer/corpus.js';
import { loadCorpus } from '../src/ingest.js';
import { CORPUS, engineOver, nameTypes, tempCorpus, withEngineOver } from './helpers.js';
import { commonWordOnly, givenNameOnly, otherBearer, otherBody } from '../src/answer/roles.js';
import { bracketedAliasAsked, countsOtherNext, headChangedTo, numberOfHeadReaches, otherRankOnly, placeOfOtherKindAsked, roleOfOther } from '../src/answer/rules.js';
import { Tagger } from '../src/tagging.js';
import { keyOf, nameSpans, partitive, unitsGoOn } from '../src/answer/candidates.js';
import { namesSame, type Scored } from '../src/answer/choose.js';
import { analyzeQuestion } from '../src/question.js';
import { wordTerms } from '../src/text.js';
import { askedPeriods, otherPeriodsOnly } from '../src/answer/periods.js';

let engine: Engine;
let bodies: Map<string, string>;
beforeAll(async () => {
  engine = await createEngine(CORPUS, { warn: () => {} });
  bodies = new Map((await loadCorpus(CORPUS)).articles.map((a) => [a.id, a.body]));
});

function expectVerbatim(a: ReturnType<Engine['ask']>) {
  for (const c of [...a.citations, ...(a.related ?? [])]) expect(bodies.get(c.document)!.slice(c.start, c.end)).toBe(c.quote);
}

describe('answers on the built-in corpus (phrasings not in the shared eval set)', () => {
  const cases: Array<[string, RegExp]> = [
    ['What is Bayan Gostar?', /^a ‘front company’$/],
    ['What sentence does Kashian face?', /^11 years$/],
    ['what prison time does kashian face', /^11 years$/],
    ['Who is the manager of Emennet Pasargad?', /Shirinkar/],
    ['Who is in charge of Emennet Pasargad?', /Shirinkar/],
    ['Who manages Emennet Pasargad?', /Shirinkar/],
    // "head" is defined "be in charge of", like "manage": "The company's manager, Mohammad Bagher Shirinkar"
    ['Who heads Emennet Pasargad?', /Shirinkar/],
    ["Which person was named as Emennet Pasargad's main administrator?", /Shirinkar/],
    ['How old is Kashian?', /^27$/],
    ["What is Kashian's age?", /^27$/],
    ['How much prison time does Kazemi face?', /^26 years$/],
    ['How many years in prison does Kashian face?', /^11 years$/],
    // a title alone asks who holds it; a noun phrase alone is asked as a question
    ['Treasury Secretary?', /Mnuchin/],
    ['treasury secretary?', /Mnuchin/],
    ['How many years in prison does Kazemi face?', /^26 years$/],
    ['Which two Iranians were charged?', /Kazemi and .*Kashian/],
    // a list the ranker ranks item by item, behind a place it puts first: the checked stage takes it item by item
    ['Which Iranians were charged?', /Kazemi and .*Kashian/],
    // (with "US Treasury" read as a name, not a place, the ranker put "President Trump" first)
    ['Who were the two Iranians indicted?', /Kazemi and .*Kashian/],
    // the rules read "Emennet Pasargad", the ranker its old name: one company
    ['What company did Kashian work for?', /^(Emennet Pasargad|Eeleyanet Gostar)$/],
    ['What company did the US sanction in November 2021?', /Emennet Pasargad/],
    ['Who was the Treasury Secretary who announced the sanctions?', /Mnuchin/],
    ['How old is Seyyed Kazemi?', /\b24\b/],
    ['Who is the deputy attorney general in charge of national security?', /Olsen/],
    ['Who is the Kremlin spokesman?', /Peskov/],
    ['Which agency dismantled the operation?', /FBI|Bureau of Investigation/],
    ['How many US states did Kazemi and Kashian enter the registration websites of?', /11/],
    ['Who is the Director of National Intelligence?', /Ratcliffe/],
    // a role is asked for by a noun the sentence need not repeat ("job", "post") and a verb it need not use ("hold")
    ["What is Dmitry Peskov's job?", /^Kremlin spokesman$/],
    ['What post does John Ratcliffe hold?', /^Director of National Intelligence$/],
    ["What is Matthew Olsen's job?", /^deputy attorney general/],
    ['How many voters did the hackers get confidential information on?', /100,000/],
    ['When was Qassem Soleimani killed?', /January/],
    ['Where is Gastonia?', /North Carolina/],
    // "state" names the kind asked for: "Gastonia, North Carolina" need not say "state"
    ['Which state is Gastonia in?', /North Carolina/],
    ['Which department announced the indictment?', /Justice Department/],
    ['Who confirmed that Iran and Russia obtained voter registration information?', /^John Ratcliffe$/],
    ['How many Iranian entities were identified on Thursday?', /five/],
    ['Who defeated Donald Trump?', /Joe Biden/],
    ['What did the emails threaten Democrats with?', /physical injury/],
    ['Who was sanctioned in February 2019?', /Shirinkar/],
  ];
  for (const [q, expected] of cases) {
    it(`answers "${q}"`, () => {
      const a = engine.ask(q);
      expect(a.answered, JSON.stringify(a)).toBe(true);
      expect(a.answer).toMatch(expected);
      expect(a.answer!.split(/\s+/).length).toBeLessThanOrEqual(15);
      expect(a.citations.length).toBeGreaterThan(0);
      expectVerbatim(a);
    });
  }
});

describe('names the rules cannot read literally', () => {
  it('answers a question about a company\'s old name, citing the sentence that renames it', () => {
    const a = engine.ask('Who runs Eeleyanet Gostar?');
    expect(a.answered, JSON.stringify(a)).toBe(true);
    expect(a.answer).toMatch(/Shirinkar/);
    expect(a.citations[0]!.quote).toMatch(/Shirinkar/);
    expect(a.citations.some((c) => /Eeleyanet Gostar, later renamed Emennet Pasargad/.test(c.quote))).toBe(true);
    expectVerbatim(a);
  });

  it('takes two names of one company as one answer when the two readers differ only by name, quoting the sentence that renames it first', () => {
    // the rules read "Emennet Pasargad"; the ranker, "Eeleyanet Gostar" from "worked for ... Eeleyanet Gostar, later renamed Emennet Pasargad"
    const a = engine.ask('What company did Kashian work for?');
    expect(a.answered, JSON.stringify(a)).toBe(true);
    expect(a.answer).toMatch(/^(Emennet Pasargad|Eeleyanet Gostar)$/);
    expect(a.citations[0]!.quote).toMatch(/Kashian worked for .*Eeleyanet Gostar, later renamed Emennet Pasargad/);
    expectVerbatim(a);
  });

  it('spells out an acronym from the capitalised words whose initials spell it', () => {
    const a = engine.ask('What does IRGC stand for?');
    expect(a.answered, JSON.stringify(a)).toBe(true);
    expect(a.answer).toBe('Islamic Revolutionary Guard Corps');
    expectVerbatim(a);
  });

  it('words an answer as fully as the sentence does when both readers agree on it', () => {
    // the rules read "company"; the ranker's candidate, the same thing, says which company
    const a = engine.ask('What is Emennet Pasargad?');
    expect(a.answered, JSON.stringify(a)).toBe(true);
    expect(a.answer).toMatch(/^Iranian (cybersecurity|cyber|computer) company$/);
    expect(a.citations.some((c) => c.quote.includes(a.answer!))).toBe(true);
    expectVerbatim(a);
  });

  it('still abstains on an acronym no article spells out', () => {
    expect(engine.ask('What does NATO stand for?').answered).toBe(false);
  });
});

describe('"who is X?" and "what is X?"', () => {
  const cases: Array<[string, RegExp]> = [
    ['Who is Alireza Miryousefi?', /spokesman for Iran.s mission to the United Nations/],
    ['What is the IRGC?', /branch of the Iranian military/],
    ['Who is Steve Mnuchin?', /^Treasury Secretary$/],
    ['Who is Shirinkar?', /manager|administrator/],
    // a name in a list: what the list is of, not the next name in it ("…, and three Board of
    // Directors, Mostafa Sarmadi, Seyyed Mehdi Hashemi Toghroljerdi, and Hosein Akbari Nodeh.")
    ['Who is Mostafa Sarmadi?', /Board of Directors$/],
    // a title "of" joins: "Director of National Intelligence John Ratcliffe"
    ['Who is John Ratcliffe?', /^Director of National Intelligence$/],
  ];
  for (const [q, expected] of cases) {
    it(`describes the name as the articles do: "${q}"`, () => {
      const a = engine.ask(q);
      expect(a.answer).toMatch(expected);
      expectVerbatim(a);
    });
  }

  // Every stage: another person's name is no description, nor is a description of someone who
  // only shares a first name ("Seyyed Mohammad Hosein Musa Kazemi" is not "Hosein Akbari Nodeh").
  for (const scorer of ANSWER_STAGES) {
    it(`never describes a listed name by its neighbour in the list (${scorer})`, () => {
      for (const q of ['Who is Mostafa Sarmadi?', 'Who is Seyyed Mehdi Hashemi Toghroljerdi?', 'Who is Hosein Akbari Nodeh?']) {
        const a = engine.ask(q, { scorer });
        if (a.answered) expect(a.answer, q).not.toMatch(/Sarmadi|Toghroljerdi|Nodeh|Kazemi|Kashian|Emennet employees/);
      }
    });
  }
});

describe('questions a short answer cannot settle', () => {
  for (const [q, reason] of [
    ['Is Shirinkar sanctioned?', /yes\/no/],
    ['Why did the US sanction Iran?', /Why/],
    ['What happens to the assets of the sanctioned individuals?', /What happened/],
    ['Emennet Pasargad', /Ask a question/],
  ] as const) {
    it(`shows the passages for "${q}" instead of a short answer`, () => {
      const a = engine.ask(q);
      expect(a.answered).toBe(false);
      expect(a.reason).toMatch(reason);
      expect(a.related!.length).toBeGreaterThan(0);
      expectVerbatim(a);
    });
  }
});

describe('who did it, not to whom', () => {
  // "…the US linked Tehran to messages sent to Democrats…": Democrats received the emails
  for (const scorer of ['checked', 'rules'] as const) {
    it(`does not answer "Who sent the emails?" with the people they were sent to (${scorer})`, () => {
      const a = engine.ask('Who sent the emails?', { scorer });
      if (a.answered) expect(a.answer).not.toMatch(/Democrats/);
    });
  }
  it('does not answer who did it with the one a relative clause says it was done to', () => {
    // "… its main administrator, Mohammad Bagher Shirinkar , on whom sanctions were also issued …"
    for (const scorer of ['checked', 'rules'] as const) {
      const a = engine.ask('Who sanctioned Emennet Pasargad?', { scorer });
      if (a.answered) expect(a.answer, scorer).not.toMatch(/Shirinkar/);
    }
  });
  it('does not answer who did it with the one it was done to, in the passive', async () => {
    // written for this test
    const small = await engineOver('coach', 'Coach sacked', ['Lena Novak was sacked by the club board on Monday after six defeats.', 'The board met at Hale Park.']);
    const a = small.ask('Who sacked the coach of the club?', { scorer: 'rules' });
    if (a.answered) expect(a.answer).not.toMatch(/Novak/);
    // the one it was done to is still the answer when the question asks for that
    expect(small.ask('Who was sacked by the club board?', { scorer: 'rules' }).answer).toMatch(/Novak/);
  });
});

describe('a short verb in another form', () => {
  it('answers "Who did X sue?" from "X sued Y" and "When did X die?" from "X died"', async () => {
    // written for this test
    const paragraphs = [
      'On Tuesday Anna Brandt sued Halden Bank, its former lender, over a 2003 bond deal.',
      'The painter Tomas Elling died in March 1998 at his home in Bergen.',
    ];
    await withEngineOver('suits', 'Lawsuits', paragraphs, (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('Who did Anna Brandt sue?', { scorer }).answer, scorer).toMatch(/Halden Bank/);
        expect(small.ask('When did Tomas Elling die?', { scorer }).answer, scorer).toMatch(/March 1998/);
      }
    });
  });

  it('gives a firm named like a person whole: "Harwell Martin", not "Martin"', async () => {
    // written for this test
    const paragraphs = ['Halden Foods was sued by Harwell Martin after its rival accused it of industrial espionage in 1998.'];
    await withEngineOver('firm', 'Lawsuit', paragraphs, (small) => {
      for (const scorer of ['checked', 'rules', 'learned'] as const) expect(small.ask('Who sued Halden Foods?', { scorer }).answer, scorer).toBe('Harwell Martin');
    });
  });

  it('does not answer "Who beat X?" or "Who did X beat?" from a sentence where the verb joins two other names', async () => {
    // written for this test
    const paragraphs = [
      'Second seed Jane Rowe suffered a heavy defeat in the quarter-finals of the Harbour Open.',
      "Top seed Lena Novak rallied to beat Norway's Ida Berg 3-6 7-5 6-4 in San Jose.",
      'But unseeded Mara Holt beat the fourth seed Kate Lind 6-2 6-4 and Anna Brandt overcame eighth seed Sofia Marr 6-3 6-1.',
    ];
    await withEngineOver('tennis', 'Open', paragraphs, (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        const a = small.ask('Who beat Jane Rowe in the Harbour Open?', { scorer });
        if (a.answered) expect(a.answer, scorer).not.toMatch(/Novak/);
        const b = small.ask('Who did Anna Brandt beat?', { scorer });
        if (b.answered) expect(b.answer, scorer).not.toMatch(/Lind/);
        // the verb's own subject and object still answer
        expect(small.ask('Who did Mara Holt beat?', { scorer }).answer, scorer).toMatch(/Kate Lind/);
        expect(small.ask('Who beat Kate Lind?', { scorer }).answer, scorer).toMatch(/Mara Holt/);
      }
    });
  });

  it('answers "Who did X sue?" with the body sued, not one named in apposition to X', async () => {
    // written for this test
    const paragraphs = ['On Tuesday the administrator of Corvel Foods, Anna Brandt, sued Halden Bank, its former lender, over a 2003 bond deal.'];
    await withEngineOver('appos', 'Lawsuit', paragraphs, (small) => {
      expect(small.ask('Who did Anna Brandt sue?', { scorer: 'rules' }).answer).toMatch(/Halden Bank/);
      // the learned stage reads no roles and prefers the nearer name: the default abstains rather than say it
      const a = small.ask('Who did Anna Brandt sue?');
      if (a.answered) expect(a.answer).not.toMatch(/Corvel/);
    });
  });

  it('reads a name after the noun it stands in apposition to as the object: "bought US rival Corvane Global"', async () => {
    // written for this test
    const paragraphs = ['During the year Halvard bought US rival Corvane Global, creating a giant big enough to rival sector leader Omnicast.'];
    await withEngineOver('rival', 'Takeover', paragraphs, (small) => {
      expect(small.ask('Which rival did Halvard buy during the year?', { scorer: 'rules' }).answer).toBe('Corvane Global');
      // "US" modifies "rival": it is not what was bought
      expect(small.ask('Who did Halvard buy?', { scorer: 'rules' }).answer).toBe('Corvane Global');
    });
  });

  it('does not read someone\'s relative, named, as done to that someone: "married Edgar\'s sister Margaret"', async () => {
    // written for this test
    const paragraphs = ["King Malcolm of Scotland married Edgar's sister Margaret, and came into opposition to William."];
    await withEngineOver('marry', 'Marriage', paragraphs, (small) => {
      const a = small.ask('Who did Edgar marry?', { scorer: 'rules' });
      if (a.answered) expect(a.answer).not.toMatch(/Margaret/);
    });
  });
});

describe('the noun asked about and whose it is', () => {
  it('answers "Who is the boss of X?" with the boss, not with whose bosses a sentence names', async () => {
    // written for this test
    const paragraphs = [
      'Bosses of Kestrel Bank and the Harbour Exchange are to meet amid talk of a takeover bid.',
      'Kestrel Bank bosses have held friendly talks with the Harbour Exchange, its chief has said.',
      'The Harbour Exchange is run from Dover.',
    ];
    await withEngineOver('bosses', 'Exchange talks', paragraphs, (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        const a = small.ask('Who is the boss of the Harbour Exchange?', { scorer });
        if (a.answered) expect(a.answer, scorer).not.toMatch(/Kestrel/);
      }
    });
    // named as the boss, the same name is the answer
    await withEngineOver('bosses', 'Exchange talks', [...paragraphs, 'Harbour Exchange boss Mara Lindqvist said the talks had been friendly.'], (small) => {
      expect(small.ask('Who is the boss of the Harbour Exchange?', { scorer: 'rules' }).answer).toMatch(/Lindqvist/);
    });
  });
});

describe('a name after the question\'s preposition, and a name before the noun asked about', () => {
  // written for these tests
  it('reads the question\'s preposition before a name over an article ("went up on the Orwen" for "What … on?")', async () => {
    await withEngineOver('dam', 'Dam', ['Tamsin Power said the Kelby Dam went up on the Orwen.'], (small) => {
      expect(small.ask('What did the Kelby Dam go up on?', { scorer: 'rules' }).answer).toBe('Orwen');
    });
  });
  it('answers "In which seat …?" with the name before "seat" ("in the Millbrook seat in Northshire")', async () => {
    await withEngineOver('seat', 'Candidates', [
      'Ann Corley, 41, will stand in the Millbrook seat in Northshire at the next election for the Greens.',
      'The Greens hope to win seats across Northshire.',
    ], (small) => {
      expect(small.ask('In which seat will Ann Corley stand for the Greens?', { scorer: 'rules' }).answer).toBe('Millbrook');
      const checked = small.ask('In which seat will Ann Corley stand for the Greens?');
      if (checked.answered) expect(checked.answer).toBe('Millbrook');
    });
  });
});

describe('an amount shared by several', () => {
  it('does not count what several did "between them" as what one of them did, unless asked for them together', async () => {
    // written for this test
    await withEngineOver('goals', 'Dunmore win', [
      'Tom Reyes and Sam Ortiz scored five goals between them as Dunmore beat Hale.',
      'Reyes, who scored two goals, said the win was deserved.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        const a = small.ask('How many goals did Tom Reyes score against Hale?', { scorer });
        if (a.answered) expect(a.answer, scorer).toBe('two');
      }
      expect(small.ask('How many goals did Tom Reyes score against Hale?', { scorer: 'rules' }).answer).toBe('two');
      expect(small.ask('How many goals did Reyes and Ortiz score between them?', { scorer: 'rules' }).answer).toBe('five');
    });
  });
});

describe('who did it, not whom it was done to', () => {
  it('does not answer "Who replaced X?" with the one the sentence says X replaced', async () => {
    // written for this test
    await withEngineOver('houses', 'Hale', ['The invading Kestrels replaced the Marlins as the ruling house of Hale.', 'The Marlins had ruled Hale for a century.'], (small) => {
      for (const scorer of ['checked', 'rules', 'learned'] as const) {
        const a = small.ask('Who replaced the Kestrels as the ruling house of Hale?', { scorer });
        if (a.answered) expect(a.answer, scorer).not.toMatch(/Marlins/);
      }
      expect(small.ask('Who replaced the Marlins as the ruling house of Hale?').answer).toBe('Kestrels');
    });
  });
  it('does not answer "What does X flow into?" with what flows into X, but "Who did X marry?" with who married X', async () => {
    // written for this test
    await withEngineOver('rivers', 'Rivers', ['The Orwen flows into the Tamsin Sea near Hale.', 'Lord Tamsin married Ellen Orwen in 1901.'], (small) => {
      for (const scorer of ['checked', 'rules', 'learned'] as const) {
        const a = small.ask('What does the Tamsin Sea flow into?', { scorer });
        if (a.answered) expect(a.answer, scorer).not.toMatch(/Orwen/);
      }
      expect(small.ask('What does the Orwen flow into?').answer).toBe('Tamsin Sea');
      expect(small.ask('Who did Ellen Orwen marry?').answer).toBe('Lord Tamsin'); // (a title of rank stays with a lone name)
    });
  });
});

describe('a question asking which of a possessive noun', () => {
  it('does not answer "Which states\' voters got threatening emails?" with a body named "United States"', () => {
    for (const scorer of ['checked', 'rules'] as const) {
      const a = engine.ask("Which states' voters got threatening emails?", { scorer });
      if (a.answered) expect(a.answer, scorer).not.toMatch(/Department|Treasury/);
    }
    const a = engine.ask("Which states' voters got threatening emails?");
    if (a.answered) expect(a.answer).toMatch(/Alaska|Arizona|Florida|Pennsylvania/);
    // ("the United States Government" is a government: a name ending in a word for a body names the body)
    expect(engine.ask("Which states' voters got threatening emails?", { scorer: 'rules' }).answer).toMatch(/Alaska|Arizona|Florida|Pennsylvania/);
  });
});

describe('dates given as how long ago', () => {
  it('answers with the amount, never "years ago" or "yr" alone', async () => {
    // written for this test
    await withEngineOver('ice', 'Hale ice', [
      'The Hale glaciers retreated about 12,000 years ago, leaving the valley open.',
      'During the last cold phase, ca. 22,000–14,000 yr BP, the Hale ice sheet covered the valley.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('When did the Hale glaciers retreat?', { scorer }).answer, scorer).toBe('about 12,000 years ago');
        const a = small.ask('When did the Hale ice sheet cover the valley?', { scorer });
        if (a.answered) expect(a.answer, scorer).toMatch(/^22,000–14,000 yr BP$/);
      }
    });
  });
});

describe('an age marked as one', () => {
  it('answers "How old is X?" only with a number marked as an age, as the learned stage does', async () => {
    // written for this test
    await withEngineOver('sea', 'Hale Sea', ['The Hale Sea formed during the Anglian glaciation (marine isotope stage 12), when ice blocked the valley.'], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('How old is the Hale Sea?', { scorer }).answered, scorer).toBe(false);
    });
    await withEngineOver('school', 'Schools', ['The party would give contraceptives out in schools from the age of 11.', 'Ann Corley, 41, said the plan was wrong.'], (small) => {
      expect(small.ask('At what age would the party give out contraceptives in schools?', { scorer: 'rules' }).answer).toBe('11');
      expect(small.ask('How old is Ann Corley?', { scorer: 'rules' }).answer).toBe('41');
    });
  });

  it('does not read a count after a comma as an age ("Last year, 12 managers")', async () => {
    // written for this test
    await withEngineOver('motors', 'Carmaker charges', ['Last year, 12 managers from Halden Motors were charged with hiding safety defects.'], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('How old were the Halden Motors managers who were charged?', { scorer }).answered, scorer).toBe(false);
    });
  });
});

describe('a word after a full stop the tagger reads as an initial\'s', () => {
  it('starts no name with it ("… equal to P. Again, …")', async () => {
    // written for this test
    await withEngineOver('classes', 'Complexity classes', ['It is not known if L is strictly contained in P or equal to P. Again, there are many complexity classes between the two, such as NL and NC.'], (small) => {
      for (const scorer of ['checked', 'rules', 'learned'] as const) expect(small.ask('What are two complexity classes between L and P?', { scorer }).answer, scorer).toBe('NL and NC');
    });
  });
});

describe('a sentence\'s first word that the tagger calls an adjective', () => {
  it('starts no name, though a capitalised word follows ("Near Sargans a natural dam …")', async () => {
    // written for this test
    await withEngineOver('dam', 'Valley dam', ['Near Sargans a natural dam, only a few metres high, blocks the open valley.'], (small) => {
      for (const scorer of ['checked', 'rules', 'learned'] as const) expect(small.ask('Where is the natural dam that blocks the valley?', { scorer }).answer, scorer).toBe('Sargans');
    });
  });
});

describe('an amount after the question\'s preposition', () => {
  it('answers "At what price …?" with the amount after "at", not the change before it', async () => {
    // written for this test
    await withEngineOver('oil', 'Markets', ['Brent crude prices closed up $1.26 at $50.88 a barrel in London on Friday.'], (small) => {
      expect(small.ask('At what price did Brent crude close in London on Friday?', { scorer: 'rules' }).answer).toBe('$50.88');
    });
  });
});

describe('an amount with its unit, currency and conversions', () => {
  it('gives the unit counted, the currency word and every conversion in brackets with the amount', async () => {
    // written for this test
    await withEngineOver('farm', 'Farm aid', [
      'Almost 30 wealthy nations spend more than $300bn (£158.8bn; 230.9bn euros) on farm subsidies.',
      'Under 23 hours of questioning from a prosecutor, Mr Hale admitted the fraud.',
      'Rebates for exporters totalled 420bn yuan in 2004.',
    ], (small) => {
      expect(small.ask('How much do wealthy nations spend on farm subsidies?', { scorer: 'rules' }).answer).toBe('more than $300bn (£158.8bn; 230.9bn euros)');
      expect(small.ask('For how many hours did a prosecutor question Mr Hale?', { scorer: 'rules' }).answer).toBe('23 hours');
      expect(small.ask('How much did exporters get in rebates in 2004?', { scorer: 'rules' }).answer).toBe('420bn yuan');
    });
  });

  it('answers a plural asking for an amount with one sum, not a list of the sentence\'s sums', async () => {
    // written for this test
    await withEngineOver('carmaker', 'Carmaker results', ['The carmaker enjoyed a 43% rise in net profits to 2.4bn euros ($3.1bn) as sales rose 8% to 40.7bn euros.'], (small) => {
      expect(small.ask('What were the carmaker\'s net profits?', { scorer: 'rules' }).answer).toBe('2.4bn euros ($3.1bn)');
    });
  });
});

describe('an amount said to be more or less than another', () => {
  it('is the difference: it answers "How much cheaper …?", not what a thing costs', async () => {
    // written for this test
    await withEngineOver('gadgets', 'Gadget list', ['The gadgets on the list cost £1,000 less than last year\'s list, thanks to falling costs.'], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('How much would it cost to own all the gadgets on the list?', { scorer }).answered, scorer).toBe(false);
      expect(small.ask('How much less do the gadgets on the list cost than last year\'s list?', { scorer: 'rules' }).answer).toBe('£1,000');
    });
  });
});

describe('a share, a length of time or an age is no count', () => {
  it('does not answer "how many" with "one-fifth", "one of six", "47 continuous years" or "aged 21"', async () => {
    // written for this test
    await withEngineOver('seats', 'Fewer MPs', [
      'The Conservative Party would cut the number of MPs by about one-fifth if elected, Tory leader Michael Howard has said.',
      'Tory Edward Turnour, who won a by-election aged 21, served in Parliament for 47 continuous years.',
      'Mr Sullivan, one of six executives indicted in the case, was sentenced to prison.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('How many MPs would go under the Tory plan to shrink Parliament?', { scorer }).answered, scorer).toBe(false);
        expect(small.ask('How many years in prison was Mr Sullivan given?', { scorer }).answered, scorer).toBe(false);
      }
    });
  });
});

describe('how long ago, not how long', () => {
  it('does not answer how long something took with how long ago it began, unless asked how long ago', async () => {
    // written for this test
    await withEngineOver('glaciers', 'Hale glaciers', ['As the valley slowly began to warm up from 20,000 years ago onward, the Hale glaciers began to melt.'], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('How many years did it take for the Hale glaciers to melt?', { scorer }).answered, scorer).toBe(false);
      }
      expect(small.ask('How long ago did the Hale glaciers begin to melt?').answer).toBe('20,000 years ago');
    });
  });

  it('does not read a title\'s number and unit as an amount ("Seven Days to the River Hale")', async () => {
    // written for this test
    await withEngineOver('plan', 'War plans', ['Seven Days to the River Hale was a war plan for an invasion of the west during the Long War.'], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('How long did the Long War last?', { scorer }).answered, scorer).toBe(false);
    });
  });

  it('does not answer how long a thing is with how long ago something happened', async () => {
    // written for this test
    await withEngineOver('delta', 'Hale delta', ['As the sea rose over the Hale lowlands, the forming of the Hale delta began (~8,000 years ago).'], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('How long is the Hale delta?', { scorer }).answered, scorer).toBe(false);
    });
  });
});

describe('a date of the verb done to another name', () => {
  it('does not answer "When was X founded?" with when the sentence\'s subject launched something else', async () => {
    // written for this test
    await withEngineOver('party', 'New party', ['The MP launched Respect, the Unity Coalition, in January along with the Halden Society.'], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('When was the Halden Society founded?', { scorer }).answered, scorer).toBe(false);
        expect(small.ask('does anyone know when the halden society was founded?', { scorer }).answered, scorer).toBe(false);
      }
      expect(small.ask('When was Respect launched?', { scorer: 'rules' }).answer).toBe('January');
    });
  });
});

describe('a year that dates something else', () => {
  // "…sanctioned six Iranians … for meddling with 2020 US presidential elections": 2020 dates the
  // elections; the sanctions came on a Thursday in November 2021
  for (const scorer of ['checked', 'rules'] as const) {
    it(`does not date the sanctions by the election they were about (${scorer})`, () => {
      const a = engine.ask('When did the US sanction six Iranians?', { scorer });
      if (a.answered) expect(a.answer).not.toMatch(/^2020$/);
    });
  }
});

describe('a stretch of time is no thing', () => {
  // "'Such accusations appear every day, …,' said Kremlin spokesman Dmitry Peskov."
  for (const scorer of ANSWER_STAGES) {
    it(`does not answer "What is Iran accused of?" with "day" (${scorer})`, () => {
      const a = engine.ask('What is Iran accused of?', { scorer });
      if (a.answered) expect(a.answer).not.toMatch(/^(every )?day$/);
    });
  }
});

describe('a "what" with no noun asks for no person', () => {
  // the only sentence with "accusations" is the Kremlin's denial, quoting "Dmitry Peskov"
  for (const scorer of ['checked', 'rules'] as const) {
    it(`does not answer "What is Iran accused of?" with a person's name (${scorer})`, () => {
      const a = engine.ask('What is Iran accused of?', { scorer });
      if (a.answered) expect(a.answer).not.toMatch(/Peskov/);
    });
  }

  it('does not answer "what were they charged with?" with the people charged', () => {
    const a = engine.ask('What are the hackers charged with?');
    expect(a.answer ?? '').not.toMatch(/Kazemi|Kashian|Olsen/);
  });
});

describe('what kind of X', () => {
  it('answers with the words that say which kind, never a name', () => {
    const a = engine.ask('What kind of videos did Emennet distribute?');
    expect(a.answered, JSON.stringify(a)).toBe(true);
    expect(a.answer).toBe('fraudulent videos');
    expectVerbatim(a);
    const rules = engine.ask('What kind of company is Emennet Pasargad?', { scorer: 'rules' });
    expect(rules.answered, JSON.stringify(rules)).toBe(true);
    expect(rules.answer).toMatch(/^(Iranian )?(cyber|cybersecurity|computer) company$/);
    expectVerbatim(rules);
  });

  it('answers with the example named ("such as desktop search") before a modified noun ("new search products")', async () => {
    // written for this test
    await withEngineOver('search', 'Search wars', ['Each company tries to outflank the market leader by rolling out new search products such as desktop search.'], (small) => {
      expect(small.ask('What type of search product are rivals rolling out?', { scorer: 'rules' }).answer).toBe('desktop search');
    });
  });
});

describe('a person asked for by a role', () => {
  it('names the people in apposition to a role whose name holds the noun asked about', () => {
    // "... and three Board of Directors, Mostafa Sarmadi, Seyyed Mehdi Hashemi Toghroljerdi, and Hosein Akbari Nodeh."
    const a = engine.ask('Who is on the board of Emennet Pasargad?', { scorer: 'rules' });
    expect(a.answered, JSON.stringify(a)).toBe(true);
    expect(a.answer).toMatch(/Sarmadi|Toghroljerdi|Nodeh/);
    expectVerbatim(a);
  });
  it('reads a plural role noun as in apposition to the list of names after its comma', () => {
    // "director" is derived from "direct"; the names after "Board of Directors," are the directors,
    // not the "Emennet employees" named before them in the same sentence
    const a = engine.ask('Who directs Emennet Pasargad?', { scorer: 'rules' });
    expect(a.answered, JSON.stringify(a)).toBe(true);
    expect(a.answer).toMatch(/Sarmadi|Toghroljerdi|Nodeh/);
    expect(a.answer).not.toMatch(/Kazemi|Kashian/);
    expectVerbatim(a);
  });
  for (const q of ['Who is at the head of Emennet Pasargad?', 'Who is the chief of Emennet Pasargad?', 'Who operates Emennet Pasargad?', 'Who directs Emennet Pasargad?']) {
    it(`does not name the company's employees for "${q}"`, () => {
      // the role asked about must be in the sentence: Kazemi and Kashian only "worked for" it (and
      // "operate" as "work" is a machine working, not a person operating a company)
      const a = engine.ask(q);
      if (a.answered) expect(a.answer).not.toMatch(/Kazemi|Kashian/);
    });
  }
});

describe('abstention', () => {
  for (const q of ['Who is the president of Brazil?', 'How many tanks did Iran buy?', 'When did the Kremlin sanction Emennet Pasargad?', 'What is the boiling point of water?', 'Who runs the FBI?', 'How many voters received the emails in Alaska?']) {
    it(`abstains on "${q}" with the closest passages and a reason`, () => {
      const a = engine.ask(q);
      expect(a.answered, JSON.stringify(a)).toBe(false);
      expect(a.answer).toBeNull();
      expect(a.reason).toMatch(/don't say|Nothing/);
      expectVerbatim(a);
    });
  }
});

describe('citations', () => {
  it('cites both articles when both name the answer', () => {
    const a = engine.ask('What group did the threatening emails claim to come from?');
    expect(new Set(a.citations.map((c) => c.document)).size).toBeGreaterThanOrEqual(2);
  });

  it('cites every article that prints the answer\'s sentence, and not a copy that leaves the answer out', async () => {
    const story = (id: string, sentence: string) => ['---', `id: ${id}`, `title: Union warns on jobs (${id})`, '---', sentence, '', 'Ministers said the cuts were needed to fund front-line services.'].join('\n');
    const dir = await tempCorpus({
      'first.md': story('first', 'PCS leader Mark Serwotka warned there could be further walkouts unless there was a government rethink.'),
      'again.md': story('again', 'PCS leader Mark Serwotka warned last week that there could be further walkouts unless there was a government rethink.'),
      'other.md': story('other', 'The PCS leader warned last week that there could be further walkouts unless there was a government rethink.'),
    });
    const small = await createEngine(dir, { warn: () => {} });
    try {
      for (const scorer of ['checked', 'rules'] as const) {
        const a = small.ask('Who leads the PCS union?', { scorer });
        expect(a.answer, scorer).toBe('Mark Serwotka');
        // both copies that name him, and not the copy that does not
        expect(a.citations.map((c) => c.document).sort(), scorer).toEqual(['again', 'first']);
        for (const c of a.citations) expect(c.quote, scorer).toContain('Mark Serwotka');
      }
    } finally {
      await small.close();
    }
  });

  it('shows a repeated caption only once', () => {
    const a = engine.ask('Who is Iran’s ambassador to Iraq?');
    const quotes = a.citations.map((c) => c.quote.replace(/[’']/g, "'").trim());
    expect(new Set(quotes).size).toBe(quotes.length);
  });

  it('gives higher confidence to a well-supported answer than to a weak one', () => {
    const strong = engine.ask('What group did the threatening emails claim to come from?');
    const weak = engine.ask('Who runs Emennet Pasargad?');
    expect(strong.confidence).toBeGreaterThan(0);
    expect(strong.confidence).toBeLessThanOrEqual(1);
    expect(weak.confidence).toBeLessThanOrEqual(strong.confidence);
  });
});

describe('lists and counts', () => {
  it('reads the level a counted noun went to, the count of the noun "numbers of", and a plural the question puts before its noun', () => {
    // after BBC reports
    const termOf = (w: string) => Tagger.fresh(w)[0]!.term!;
    const at = (toks: ReturnType<typeof Tagger.fresh>, w: string) => toks.findIndex((t) => t.text === w);
    const grew = Tagger.fresh('In March, broadband subscribers grew by 2.1 million to 31.6 million, overtaking dial-up lines.');
    expect(headChangedTo(grew, at(grew, '31.6'), termOf('subscribers'))).toBe(true);
    // (the step is no level; a noun that did not grow has none)
    expect(headChangedTo(grew, at(grew, '2.1'), termOf('subscribers'))).toBe(false);
    expect(headChangedTo(grew, at(grew, '31.6'), termOf('lines'))).toBe(false);
    const risen = Tagger.fresh('Sales have risen to almost 90,000 this year.');
    expect(headChangedTo(risen, at(risen, '90,000'), termOf('sales'))).toBe(true);
    const cars = Tagger.fresh('During the same period, the numbers of electric cars in Ruritania more than doubled to 2.5 million.');
    expect(numberOfHeadReaches(cars, at(cars, '2.5'), termOf('cars'))).toBe(true);
    const clubs = Tagger.fresh('Coaching will move into the 12,000 sports clubs in Ruritania.');
    const asked = new Set(['sports', 'clubs'].map(termOf));
    expect(countsOtherNext(clubs, at(clubs, '12,000'), termOf('clubs'), asked)).toBe(false);
    expect(countsOtherNext(clubs, at(clubs, '12,000'), termOf('clubs'), new Set([termOf('clubs')]))).toBe(true);
  });

  it('gives the whole list for a plural noun the tagger reads as a verb', () => {
    // "registered Democrats in Alaska, Arizona, Florida and Pennsylvania received emails"
    const a = engine.ask('Which states received the emails?');
    expect(a.answer).toBe('Alaska, Arizona, Florida and Pennsylvania');
    expectVerbatim(a);
  });

  it('gives a list whole, an item the tagger typed otherwise included', async () => {
    // "Sydney" alone reads as a person's name
    await withEngineOver('outage', 'Site outage', [
      'Attempts to view the site through its monitoring stations in London, Amsterdam and Sydney failed on Monday.',
      'The site was back online by Tuesday.',
    ], async (small) => {
      expect(small.ask('From which cities did the monitoring stations fail to view the site?', { scorer: 'rules' }).answer).toBe('London, Amsterdam and Sydney');
    });
  });

  it('shows what someone said as the passages give it, not a word of it', async () => {
    await withEngineOver('quote', 'Statement', [
      '"Today\'s action shows our resolve," Treasury Undersecretary Wally Adeyemo said in the note.',
      'The note was published on Thursday.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked', 'learned'] as const) {
        const a = small.ask('What did Wally Adeyemo say?', { scorer });
        expect(a.answered, scorer).toBe(false);
        expect(a.reason, scorer).toMatch(/words as said/);
        expect(a.related?.[0]?.quote, scorer).toMatch(/^"Today's action shows our resolve," Treasury Undersecretary Wally Adeyemo said/);
      }
    });
  });

  it('answers "Who VERB X?" with a country or body that is the subject of the verb (rules)', async () => {
    await withEngineOver('agent', 'Sanctions', [
      'The United States sanctioned six citizens and an Iranian company on Thursday.',
      'The company had been sanctioned before, in 2019.',
    ], async (small) => {
      expect(small.ask('Who sanctioned the Iranian company?', { scorer: 'rules' }).answer).toBe('United States');
    });
  });

  it('finds the noun asked about in the sentences just before, as it finds names, but not a counted noun', async () => {
    await withEngineOver('dvd', 'DVD sales', [
      "The film studio's best seller came out in 1995.",
      'Lion King holds the record for first-week DVD sales, with 11 million copies.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('Which film holds the record for first-week DVD sales?', { scorer }).answer, scorer).toBe('Lion King');
      // a count must count the noun asked about in its own sentence
      expect(small.ask('How many films hold the record for first-week DVD sales?', { scorer: 'rules' }).answer).toBeNull();
    });
  });

  it('gives a sum with its conversion into another currency, as one amount', async () => {
    await withEngineOver('bid', 'Football club bid', [
      'Bob Murray, chairman of the club, has launched a £1.5m ($2.8m) bid for the club.',
      'The US budget package, worth $2.5 trillion (£1.3 trillion), was sent to Congress.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked', 'learned'] as const) {
        expect(small.ask("How much is Bob Murray's bid for the club worth?", { scorer }).answer, scorer).toBe('£1.5m ($2.8m)');
      }
      expect(small.ask('How much is the US budget package worth?', { scorer: 'rules' }).answer).toBe('$2.5 trillion (£1.3 trillion)');
    });
  });

  it('answers whom someone works for from the sentence that names them with their employer', async () => {
    await withEngineOver('employer', 'Virus warning', [
      'Anti-virus firms are warning about a new e-mail virus.',
      'The warning was echoed by Graham Cluley, senior technology consultant from anti-virus firm Sophos.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked'] as const) {
        expect(small.ask('Which anti-virus firm does Graham Cluley work for?', { scorer }).answer, scorer).toBe('Sophos');
        expect(small.ask('Who does Graham Cluley work for?', { scorer }).answer, scorer).toBe('Sophos');
      }
    });
  });

  it('finds a name written with a dot between its words in the sentences before', async () => {
    await withEngineOver('virus', 'Virus warning', [
      'The new variant is called Bagle.AT and is spreading fast.',
      'Finnish company F-Secure gave the virus its second highest threat level.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('Which Finnish company gave Bagle.AT its second highest threat level?', { scorer }).answer, scorer).toBe('F-Secure');
    });
  });

  it("describes a name by the words after its comma though they start with another of the question's names", async () => {
    await withEngineOver('search', 'Search', [
      '"Search was always important," said Urs Holzle, Google vice-president of operations.',
      'Google launched a new version in September.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked', 'learned'] as const) expect(small.ask("What is Urs Holzle's job at Google?", { scorer }).answer, scorer).toBe('vice-president of operations');
    });
  });

  it('gives the list the best item stands in, ending at the item after its "and", not every name of the sentence', async () => {
    await withEngineOver('charges', 'Indictment', [
      'The case was registered in the US Southern District of New York and the Iranians were slapped with charges of conspiracy, voter intimidation and transmission of interstate threats, CNN reports.',
      'The Treasury also sanctioned a company.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked'] as const) {
        expect(small.ask('What charges were the Iranians slapped with?', { scorer }).answer, scorer).toBe('conspiracy, voter intimidation and transmission of interstate threats');
      }
    });
  });

  it('gives a list joined by "and the" whole, without a name outside it', async () => {
    await withEngineOver('outlets', 'Media sanctions', [
      'The Iranian Islamic Radio and Television Union and the International Union of Virtual Media, which are controlled by the IRGC-QF, were also sanctioned.',
      'The Treasury named them on Thursday.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked'] as const) {
        expect(small.ask('Which media outlets were sanctioned?', { scorer }).answer, scorer).toBe('Iranian Islamic Radio and Television Union and the International Union of Virtual Media');
      }
    });
  });

  it('gives both of two names joined by "and" with their ages between (rules)', () => {
    expect(engine.ask('Who was indicted?', { scorer: 'rules' }).answer).toBe('Seyyed Kazemi and Sajjad Kashian');
  });

  it('leaves out a name in apposition before a list of names (rules)', () => {
    // "… indicated by the Treasury, Seyyed Kazemi, 24, and Sajjad Kashian, 27, …": the Treasury is no third person charged
    expect(engine.ask('Which Iranians were charged?', { scorer: 'rules' }).answer).toBe('Seyyed Kazemi and Sajjad Kashian');
  });

  it('describes a name by no pronoun, nationality, lower-case word or phrase the name does not stand in apposition to', async () => {
    await withEngineOver('qods', 'Guard', [
      'The Islamic Revolutionary Guard Corps and its Qods Force were identified as key players.',
      'Iranian Qods Force commander Qassem Soleimani was killed in January.',
      'The militias attacked US and coalition forces in Iraq.',
      'In the months leading up to the 2020 election, Bayan Gostar personnel planned to exploit social issues.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked', 'learned'] as const) {
        // not "its", "Iranian" or "coalition"
        expect(small.ask('What is the Qods Force?', { scorer }).answer, scorer).toBeNull();
        // not "the 2020 election": "Bayan Gostar" modifies "personnel"
        expect(small.ask('What is Bayan Gostar?', { scorer }).answer, scorer).toBeNull();
      }
      expect(small.ask('Who is Qassem Soleimani?', { scorer: 'rules' }).answer).toBe('Iranian Qods Force commander');
    });
  });

  it('reads initials the articles never use as the name they write out ("DNI")', () => {
    for (const q of ['Who is the DNI?', 'who is the dni?']) expect(engine.ask(q)).toMatchObject({ answered: true, answer: 'John Ratcliffe' });
    // not when the question asks what the letters stand for
    expect(engine.ask('What does DNI stand for?').answer).toBeNull();
  });

  it('reads initials the articles also write as the name they write out more often, and not as a person whose initials they are', async () => {
    await withEngineOver('pm', 'Pension talks', [
      'Five public sector unions met Deputy Prime Minister John Prescott at the spring conference.',
      'The Prime Minister was not there, and the PM said nothing.',
      'Peter Mandelson, the trade commissioner, was in Brussels.',
    ], async (small) => {
      expect(small.ask('Which deputy PM met the public sector unions?').answer).toBe('John Prescott');
    });
  });

  it("describes a name by a body's name and the role before it, and names one holder of a title asked about", async () => {
    await withEngineOver('titles', 'Party politics', [
      'Coincidentally, so was UKIP leader Roger Knapman on the cruise.',
      'The decision must be ratified by Defence Secretary Geoff Hoon and Prime Minister Tony Blair.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked', 'learned'] as const) expect(small.ask('Who is Roger Knapman?', { scorer }).answer, scorer).toBe('UKIP leader');
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('Who is the Defence Secretary?', { scorer }).answer, scorer).toBe('Geoff Hoon');
    });
  });

  it('says which words the passages lack: those none holds, else those the closest passage naming the question\'s names lacks', async () => {
    const dir = await tempCorpus({
      'kinnock.md': ['---', 'id: kinnock', 'title: Lords reform', '---', 'Neil Kinnock has said his seat in the House of Lords will help reform.', '', 'Mr Kinnock added that the peerage was a conclusive factor.'].join('\n'),
      'tv.md': ['---', 'id: tv', 'title: New season', '---', 'The comedian will appear on a new programme next week.'].join('\n'),
    });
    const small = await createEngine(dir, { warn: () => {} });
    try {
      for (const scorer of ['rules', 'checked'] as const) {
        // "Kinnock" is in two sentences, never with "programme" or "appear"
        expect(small.ask('Which programme did Kinnock appear on?', { scorer }).reason, scorer).toBe('The articles don\'t say: the closest passages do not mention "programme" and "appear".');
        expect(small.ask('Which programme did Kinnock sing on?', { scorer }).reason, scorer).toBe('The articles don\'t say: nothing relevant mentions "sing".');
      }
    } finally {
      await small.close();
    }
  });

  it('counts what did what the question asks: the count before its verb, not the total before its noun', async () => {
    await withEngineOver('ism', 'Factory growth', [
      'Of the 20 manufacturing sectors surveyed by ISM, 13 reported growth.',
      'The index fell to 55.3 in February.',
    ], async (small) => {
      expect(small.ask('How many manufacturing sectors reported growth?', { scorer: 'rules' }).answer).toBe('13');
      for (const scorer of ['checked', 'learned'] as const) expect(small.ask('How many manufacturing sectors reported growth?', { scorer }).answer, scorer).toBe('13');
    });
  });

  it('answers how long with a length of time, not the fine beside it', async () => {
    await withEngineOver('ban', 'Coach banned', [
      'The RFU recently fined Northampton coach Budge Pountney £2,000 and imposed a six-week ban for his criticism of the referee.',
      'Pountney did not comment.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask("How long was Pountney's ban?", { scorer }).answer, scorer).toBe('six-week');
      expect(small.ask("How long was Pountney's ban?", { scorer: 'learned' }).answer).not.toBe('£2,000');
    });
  });

  it('describes a name by no other name before its comma and no word inside a person\'s name', async () => {
    await withEngineOver('defendants', 'Indictment', [
      'In parallel, the Justice Department announced the indictment against two of those indicated by the Treasury, Seyyed Kazemi, 24, and Sajjad Kashian, 27.',
      'Iranian defendants Seyyed Mohammad Hosein Musa Kazemi and Sajjad Kashian participated in a campaign.',
      "The company's manager, Mohammad Bagher Shirinkar, was also sanctioned.",
    ], async (small) => {
      for (const scorer of ['rules', 'checked'] as const) {
        // not "the Treasury" (another name, before the comma) nor "Musa" (WordNet's banana genus)
        expect(small.ask('Who is Kazemi?', { scorer }).answer, scorer).toBeNull();
        expect(small.ask('Who is Shirinkar?', { scorer }).answer, scorer).toBe("The company's manager");
      }
    });
  });

  it('gives a place with the larger place it is in for "where", but not inside a list', async () => {
    await withEngineOver('venue', 'Conference', [
      'At a recent conference at the Royal Society in London, neuroscientist Susan Greenfield warned about technology.',
      'Monitoring stations in London, Amsterdam and Sydney failed to load the site.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('Where was the conference at which Susan Greenfield warned about technology?', { scorer }).answer, scorer).toBe('Royal Society in London');
      expect(small.ask('In which cities did the monitoring stations fail to load the site?', { scorer: 'rules' }).answer).toBe('London, Amsterdam and Sydney');
    });
  });

  it('reads a possessive date as modifying the noun after it, not as the date asked for', async () => {
    await withEngineOver('open', 'Tennis', [
      "Clijsters has denied that she has pulled out of January's Australian Open because of her injury.",
      'The tournament starts on 17 January in Melbourne.',
    ], async (small) => {
      expect(small.ask('When does the Australian Open that Clijsters may miss start?', { scorer: 'rules' }).answer).toBe('17 January');
    });
  });

  it('does not answer with a name inside a quotation that holds none of the question\'s words', async () => {
    await withEngineOver('indict', 'Indictment', [
      'Kazemi and Kashian sent the emails in October.',
      '"The emails threatened the recipients if they did not vote for President Trump," the indictment by the department of justice read.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('Who indicted Kazemi and Kashian?', { scorer }).answer, scorer).toBeNull();
    });
  });

  it('does not read the question\'s verb, tagged as an adjective, as an adjective with an opposite', async () => {
    // "close" as an adjective is the opposite of "far", which "so far" holds
    await withEngineOver('consult', 'Consultation', [
      'The consultation on the trading bill has so far attracted almost 500 responses and closes on 7 February.',
      'Shops will stay shut on 1 January.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('When does the consultation close?', { scorer }).answer, scorer).toBe('7 February');
    });
  });

  it('does not list a name in brackets after another as a second item', async () => {
    await withEngineOver('alias', 'Bureau', [
      'Finally, the operation was dismantled by the Federal Bureau of Investigation (FBI) in March.',
      'The hackers were never arrested.',
    ], async (small) => {
      expect(small.ask('Which agencies dismantled the operation?', { scorer: 'rules' }).answer).toBe('Federal Bureau of Investigation');
    });
  });

  it('trims role words off a name, but not down to a last common word', async () => {
    await withEngineOver('promoter', 'Concert', [
      'Promoters Regular Music booked Glasgow Green for the concert in June.',
      'The band last played there in 1999.',
    ], async (small) => {
      // "regular" is a noun for a person too, as "promoters" is
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('Which promoter booked Glasgow Green for the concert?', { scorer }).answer, scorer).toBe('Regular Music');
    });
  });

  it('gives both of two people coordinated with their titles, unless a title is the role asked about', async () => {
    await withEngineOver('embargo', 'Arms embargo', [
      'German Chancellor Gerhard Schroeder and French President Jacques Chirac have repeatedly called for the embargo to be lifted.',
      'The film stars Tom Hanks and director Ron Howard appears in it.',
    ], async (small) => {
      expect(small.ask('Who called for the embargo to be lifted?', { scorer: 'rules' }).answer).toBe('Gerhard Schroeder and Jacques Chirac');
      expect(small.ask('Who is the director in the film?', { scorer: 'rules' }).answer).toBe('Ron Howard');
    });
  });

  it('reads a title before a name on over a word of a body\'s name', async () => {
    await withEngineOver('commander', 'Designations', [
      'Iranian Quds Force commander Qassem Soleimani, who was killed in January, had been designated as a terrorist in the US.',
      'The designation dates from 2007.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked', 'learned'] as const) expect(small.ask('Who was Qassem Soleimani?', { scorer }).answer, scorer).toBe('Iranian Quds Force commander');
    });
  });

  it('reads a description on past a plural noun the tagger read as a verb', async () => {
    await withEngineOver('vodafone', 'Ringtones', [
      'Competition is making it difficult for firms, said Jeremy Flynn, head of third party services at Vodafone.',
      'The rules came in last month.',
    ], async (small) => {
      // "services" as in "she services cars"
      for (const scorer of ['rules', 'checked', 'learned'] as const) expect(small.ask('Who is Jeremy Flynn?', { scorer }).answer, scorer).toBe('head of third party services at Vodafone');
    });
  });

  it('keeps a given name the tagger read as a person\'s, though WordNet has it as a person noun', async () => {
    await withEngineOver('director', 'Transfer', [
      '"He had offers from two other clubs but he decided to come to Tottenham," said Spurs sporting director Frank Arnesen.',
      'The fee was not disclosed.',
    ], async (small) => {
      // "frank": a member of the Germanic people
      for (const scorer of ['rules', 'checked', 'learned'] as const) expect(small.ask('Who is the Spurs sporting director?', { scorer }).answer, scorer).toBe('Frank Arnesen');
    });
  });

  it('gives a list as the sentence writes it, where the tagger read two items as one name', async () => {
    await withEngineOver('brands', 'Appliance maker', [
      "Electrolux's subsidiary brands include AEG, Zanussi and Frigidaire.",
      'Electrolux has two plants in Durham.',
    ], async (small) => {
      expect(small.ask('Which brands does Electrolux own?', { scorer: 'rules' }).answer).toBe('AEG, Zanussi and Frigidaire');
    });
  });

  it('gives a range with its "between"', async () => {
    await withEngineOver('savings', 'Restructuring', [
      'The firm said its restructuring programme aims to save between £190m and £265m annually from 2009.',
      'The firm has two plants in Durham.',
    ], async (small) => {
      expect(small.ask('How much does the firm hope to save each year?').answer).toBe('between £190m and £265m');
    });
  });

  it('cites a count only where it counts the thing asked about', () => {
    // not "Sajjad Kashian 11 years", which names 11 too
    const a = engine.ask("How many states' voter websites did Kazemi and Kashian enter?");
    expect(a.answer).toBe('11');
    expect(a.citations.length).toBeGreaterThan(0);
    for (const c of a.citations) expect(c.quote).toMatch(/11 US states/);
  });

  it('reads the day of a date as part of the date, not as a count', async () => {
    await withEngineOver('statement', 'Treasury statement', [
      'In its November 18 statement, the Treasury said the hackers entered state election websites.',
      'The hackers also sent emails to voters.',
    ], async (small) => {
      for (const scorer of ANSWER_STAGES) {
        const a = small.ask('How many state election websites did the hackers enter?', { scorer });
        expect(a.answer, scorer).not.toBe('18');
      }
    });
  });
});

describe('a name alone, asked', () => {
  it('answers "Shirinkar?" with what the articles call him', () => {
    const a = engine.ask('Shirinkar?');
    expect(a.answer).toMatch(/manager|administrator/);
    expectVerbatim(a);
  });
});

describe('"What does X do?"', () => {
  for (const [q, want] of [['What does Matthew Olsen do?', /deputy attorney general/], ['What does Alireza Miryousefi do?', /spokesman/]] as const) {
    it(`answers "${q}" with the role the article gives`, () => {
      const a = engine.ask(q);
      expect(a.answer).toMatch(want);
      expectVerbatim(a);
    });
  }
});

describe('a question whose only essential word is an adjective', () => {
  it('does not answer "Who becomes responsible …?" with a person who only speaks about it', async () => {
    await withEngineOver('asylum', 'Asylum children', [
      'Laura Brownlees of Save the Children said there were grave concerns about unaccompanied asylum children.',
      'These children automatically become the responsibility of social services.',
    ], async (small) => {
      for (const scorer of ANSWER_STAGES) expect(small.ask('Who becomes responsible for unaccompanied asylum children?', { scorer }).answer ?? '', scorer).not.toMatch(/Brownlees/);
    });
  });
});

describe('words joined by a hyphen', () => {
  it('finds "co-producer" in a sentence, though the index splits it', async () => {
    await withEngineOver('musical', 'Musical', [
      'Harry Connick Jr is to star in a Broadway revival of The Pajama Game.',
      'Jeffrey Richards, the co-producer of The Pajama Game, said the musical will open in November.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('Who is the co-producer of The Pajama Game?', { scorer }).answer, scorer).toBe('Jeffrey Richards');
    });
  });
});

describe('ages', () => {
  it('reads no age in a count of something else ("banned for 10-games")', async () => {
    await withEngineOver('ban2', 'Ban', ["Harbour City's Sam Reid was banned for 10-games on Wednesday by the league.", 'The 23-year-old has admitted the charge.'], async (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('How old is Sam Reid?', { scorer }).answer, scorer).toBe('23');
    });
  });

  it('reads "added the 30-year-old" as the age of the person the article is about, past a place named after "at" ("at Old Trafford")', async () => {
    // after a BBC report
    await withEngineOver('age-placed', 'Football', [
      'Arsenal\'s Tom Hadley has called the rivalry between Manchester United and the Gunners "bitter and personal".',
      '"It is just more bitter and personal against United," the defender told a newspaper.',
      'Last October, Arsenal lost 2-0 at Old Trafford, which ended a record 49-match unbeaten league run.',
      '"It had a psychological impact on us," added the 30-year-old, referring to a penalty award.',
      '"Everyone at Arsenal has been waiting for this game," said Hadley.',
    ], async (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('How old is Tom Hadley?', { scorer }).answer, scorer).toBe('30');
    });
  });

  it('reads the age of "said the 20-year-old." after a sentence naming the person (the age kept as one word)', async () => {
    // after a BBC report
    await withEngineOver('age-said', 'Tennis', [
      'Lars Hedlund gave himself the perfect preparation for the Open with victory over Tomas Vrba in the final of the Auckland Classic.',
      '"It was a strange match," said Hedlund.',
      'Hedlund has now lifted the Auckland title four times.',
      'Vrba, ranked 158th in the world, had come through qualifying to play in his first final.',
      '"For me, this was a big success," said the 20-year-old.',
      '"I was so nervous last night I could not sleep."',
    ], async (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('How old is Tomas Vrba?', { scorer }).answer, scorer).toBe('20');
    });
  });
});

describe('names with a lower-case particle', () => {
  it('keeps "di" inside "Paolo di Canio"', async () => {
    await withEngineOver('ban', 'Ban', ['Paolo di Canio was given a seven-match suspension when he pushed referee Paul Alcock over in 1998.', 'The club appealed.'], async (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('Who was given a seven-match suspension in 1998?', { scorer }).answer, scorer).toBe('Paolo di Canio');
    });
  });
});

describe("a nationality and its country", () => {
  it('answers "the Iranian ambassador" from "Iran\'s Ambassador"', () => {
    const a = engine.ask('Who is the Iranian ambassador to Iraq?');
    expect(a.answer).toBe('Iraj Masjedi');
    expectVerbatim(a);
  });
});

describe('"what day", "what season" ask for a day, a season', () => {
  it('answers with the weekday, not a month that names no day', async () => {
    await withEngineOver('fine', 'Club fined', [
      'The league fined Harbour City in February 2019 for late payments.',
      'On Thursday, the league fined Harbour City again, this time for crowd trouble.',
    ], async (small) => {
      expect(small.ask('What day did the league fine Harbour City for crowd trouble?', { scorer: 'rules' }).answer).toBe('Thursday');
      for (const scorer of ANSWER_STAGES) expect(small.ask('What day did the league fine Harbour City?', { scorer }).answer ?? '', scorer).not.toMatch(/February/);
    });
  });

  it('answers "when" with the weekday the news gives, not the date of an earlier event in a clause', () => {
    // "Among the six named is its main administrator, Mohammad Bagher Shirinkar , on whom sanctions
    // were also issued in February 2019"
    expect(engine.ask('When were the six Iranians sanctioned?', { scorer: 'rules' }).answer).toMatch(/Thursday/);
    expect(engine.ask('When were the six Iranians sanctioned?').answer ?? '').not.toMatch(/2019/);
  });

  it('answers "what season" with a season, "what month" with a month', async () => {
    await withEngineOver('console', 'Console launch', [
      'The console went on sale in Japan in December 2004.',
      'It will go on sale in Europe in the spring of 2005, the firm said on Tuesday.',
    ], async (small) => {
      expect(small.ask('In what season will the console go on sale in Europe?', { scorer: 'rules' }).answer).toMatch(/spring/);
      expect(small.ask('In what month did the console go on sale in Japan?', { scorer: 'rules' }).answer).toMatch(/December/);
    });
  });
});

describe('another name asked for in other words', () => {
  for (const q of ['What did Emennet Pasargad use to be called?', "What was Emennet Pasargad's old name?", 'What was the previous name of Emennet Pasargad?']) {
    it(`answers "${q}" with the name the article gives before "later renamed"`, () => {
      const a = engine.ask(q);
      expect(a.answer).toBe('Eeleyanet Gostar');
      expectVerbatim(a);
    });
  }
});

describe('names typed with two letters swapped', () => {
  // a swap is two edits, more than the index forgives in a name of under ten letters ("Kashain"),
  // and one slip of the typist
  for (const [q, expected] of [['How old is Kashain?', /^27$/], ['Who runs Emennet Pasragad?', /Shirinkar/], ['Which Iranain company sent the emails?', /Emennet Pasargad/]] as const) {
    it(`answers "${q}" as if spelled right`, () => {
      const a = engine.ask(q);
      expect(a.answer, JSON.stringify(a.reason)).toMatch(expected);
      expectVerbatim(a);
    });
  }
});

describe('questions as people type them', () => {
  for (const q of ['hey, who runs Emennet Pasargad?', 'Quick question: who runs Emennet Pasargad?', '@everyone who runs Emennet Pasargad?', '<@U123ABC> who runs Emennet Pasargad? thanks', 'Who runs Emennet Pasargard?', "I'm writing a piece on Iran. Who runs Emennet Pasargad?", 'Emennet Pasargad. Who runs it?']) {
    it(`answers "${q}" like the plain question`, () => {
      const a = engine.ask(q);
      expect(a.answer, JSON.stringify(a.reason)).toBe('Mohammad Bagher Shirinkar');
      expectVerbatim(a);
    });
  }
});

describe('by how much an amount changed', () => {
  // written for this test: a change given as a percentage, and levels reached after "to" and "from"
  let small: Engine;
  beforeAll(async () => {
    small = await engineOver('harbour-motors', 'Harbour Motors results', [
      'Harbour Motors published its annual results in Lyon on Tuesday.',
      'The carmaker enjoyed a 12% rise in net profits to 1.8bn euros, up from 1.6bn euros a year earlier.',
      'Its chief executive, Claire Dumont, said the firm would hire more engineers.',
    ]);
  });
  for (const scorer of ['rules', 'checked'] as const) {
    it(`answers with the change, not the level reached (${scorer})`, () => {
      const a = small.ask("By how much did Harbour Motors' net profits rise?", { scorer });
      expect(a.answered, JSON.stringify(a.reason)).toBe(true);
      expect(a.answer).toBe('12%');
      expect(a.citations[0]!.quote).toContain('a 12% rise in net profits');
    });
  }
});

describe('ages', () => {
  // written for this test: an age given as "At 23, X", and another player's age in a sentence that names X
  let small: Engine;
  beforeAll(async () => {
    small = await engineOver('centres', 'Centre places', [
      'The 31-year-old will face stiff competition for the centre places from Tomos Pryce and Dafydd Rhys Morgan, the coach said.',
      'At 22, Morgan has already won 14 caps for his country.',
    ]);
  });
  for (const scorer of ['rules', 'checked'] as const) {
    it(`reads "At 22, X" as X's age, not the age of the sentence's subject (${scorer})`, () => {
      const a = small.ask('How old is Morgan?', { scorer });
      expect(a.answered, JSON.stringify(a.reason)).toBe(true);
      expect(a.answer).toBe('22');
    });
  }
});

describe('an answer never restates the question', () => {
  it("does not answer with the question's own noun under another modifier", async () => {
    // written for this test
    const small = await engineOver('machines', 'Machines', ['A deterministic sorting machine uses a fixed set of rules to determine its next move.', 'Other machines choose at random.']);
    for (const q of ['What uses a fixed set of rules to determine its next move?', 'What uses a flexible set of rules to determine its next move?']) {
      const a = small.ask(q, { scorer: 'rules' });
      if (a.answered) expect(a.answer, q).not.toMatch(/\bset\b/);
    }
    expect(small.ask('What uses a fixed set of rules to determine its next move?').answer).toBe('deterministic sorting machine');
  });

  it("does not answer with the question's own amount in another currency too", async () => {
    // written for this test (the learned stage still does: see docs/evaluation.md)
    await withEngineOver('steel', 'Steel sale', ['A group led by Ivan Petrov paid $800m (£424m) for the steel plant in June.'], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('How much did Ivan Petrov himself pay for the $800m purchase of the steel plant?', { scorer }).answered, scorer).toBe(false);
      }
    });
  });
});

describe('a name the question gives as the setting', () => {
  it('is found anywhere in the article, as articles set the scene once', async () => {
    // written for this test: the meeting's place is named once, in the first sentence
    await withEngineOver('meet', 'A quiet night of racing', [
      'The indoor meet in Glasgow was a quiet affair this year.',
      'Few of the sport\'s stars had made the trip, and the crowd was thin.',
      'The organisers blamed the date, a week before the European championships.',
      'Several of the home athletes also stayed away to rest minor injuries.',
      'In the men\'s 1500m, Tomas Lindqvist was well beaten by Arvo Keskinen.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        const a = small.ask('Who beat Tomas Lindqvist at the Glasgow meet?', { scorer });
        expect(a.answer, scorer).toBe('Arvo Keskinen');
      }
      // a name that is not the setting must still be in the sentence or be the article's subject
      expect(small.ask('Who beat Tomas Lindqvist for Glasgow?', { scorer: 'rules' }).answered).toBe(false);
    });
  });
});

describe('a person asked for by a noun and a verb that describes them', () => {
  it('is named by a sentence that gives the noun, though it words the verb otherwise', async () => {
    // written for this test: the judge is named where the sentence is read out, not with "sentenced"
    await withEngineOver('verdict', 'Singer spared jail', [
      'Singer Mara Vell has been spared jail for assault, but must serve three years on probation.',
      'Judge Anna Brill told Ms Vell she had been given a final chance to stay out of prison.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('Who was the judge who sentenced Mara Vell?', { scorer }).answer, scorer).toBe('Anna Brill');
      }
    });
  });
});

describe('a verb of saying with the words the question quotes', () => {
  it('is found in a sentence that quotes those words, though with another verb of saying', async () => {
    // written for this test: the sentence "said" what the question says the person "called" it
    await withEngineOver('council', 'Harbour plan criticised', [
      'The council has approved a plan to close the old harbour to fishing boats next year.',
      'Opposition leader Tomas Reyne said the way the council had handled the plan was "a disgrace".',
      'The harbour has been used by fishing boats for more than two centuries.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('Who called the handling of the harbour plan "a disgrace"?', { scorer }).answer, scorer).toBe('Tomas Reyne');
        // a verb that does not say anything is still asked for, quote or not: nothing here "bought" it
        expect(small.ask('Who bought the "old harbour"?', { scorer }).answered, scorer).toBe(false);
      }
    });
  });
});

describe('a person the sentence names by the role the article gives them', () => {
  // written for this test: the pledge's sentence says "the prime minister"; only the article's first names her
  const article = (other: string) => [
    'Prime Minister Anna Holt visited a school in Leeds on Monday.',
    other,
    'The visit was her third to the city this year.',
    'Teachers at the school showed pupils new computers.',
    'Parents waited outside the gates in the rain.',
    'Critics say that of the £500m the prime minister pledged to school sports, only £30m has been spent.',
  ];

  it('is found where the sentence says "the" and the role', async () => {
    await withEngineOver('pledge', 'Sports pledge questioned', article('She was greeted by the head teacher.'), (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask("How much of Anna Holt's £500m school sports pledge has been spent?", { scorer }).answer, scorer).toContain('£30m');
      }
    });
  });

  it('is not found by a role the article gives someone else', async () => {
    await withEngineOver('pledge', 'Sports pledge questioned', article('Finance Minister Karl Berg was not with her.'), (small) => {
      expect(small.ask("How much of Karl Berg's £500m school sports pledge has been spent?", { scorer: 'rules' }).answered).toBe(false);
    });
  });
});

describe('a verb of saying the sentence words as "said"', () => {
  it('is found, and names who said it', async () => {
    // written for this test: the question "announced" what the sentence says someone "said"
    await withEngineOver('ferry', 'Ferry service to end', [
      'The island ferry has run every day since 1962.',
      'Transport Secretary Ruth Calder said the ferry service would end in March because of falling passenger numbers.',
      'Islanders have started a petition to keep it.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('Which transport secretary announced that the ferry service would end?', { scorer }).answer, scorer).toBe('Ruth Calder');
      }
    });
  });
});

describe('a misspelt nationality', () => {
  it('is spelled as the articles spell it, and stands for its country', async () => {
    // written for this test: "Norwegan" for "Norwegian"; the answering sentence says "Norway's"
    await withEngineOver('fish', 'Fishing quotas cut', [
      'Trawler crews blocked the harbour in Bergen for six hours on Monday.',
      "Norway's fisheries minister Ingrid Dahl said the cod quota would be cut by a fifth.",
      'Many Norwegian fishermen say the cut will cost them jobs.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('which norwegan minister said the cod quota would be cut?', { scorer }).answer, scorer).toBe('Ingrid Dahl');
      }
    });
  });
});

describe('a year before 1400', () => {
  it('answers "when", though the tagger reads it as a plain number', async () => {
    // written for this test: compromise tags "1450" as a year, not "1066" or "1041"
    await withEngineOver('hastings', 'The Norman conquest', [
      'The abbey was built in 1041 by monks from the Loire valley.',
      'In 1066, Duke William of Normandy defeated King Harold at the Battle of Hastings.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('When was the Battle of Hastings?', { scorer }).answer, scorer).toBe('1066');
        expect(small.ask('When was the abbey built?', { scorer }).answer, scorer).toBe('1041');
      }
    });
  });
});

describe("a name that starts with the question's own words", () => {
  it('is given whole when what follows them names nothing alone', async () => {
    // written for this test: the answers "Tarn Gorge" and "Vela III" begin with words of the question
    await withEngineOver('tarn', 'The Tarn valley', [
      'Below Millau, the Tarn flows through the Tarn Gorge, a canyon cut by erosion.',
      'Kayak hire firms in the valley say bookings rose this summer.',
      'The new Vela IV handset is an upgrade of the Vela III, which sold poorly in France.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('Where does the Tarn flow below Millau?', { scorer }).answer, scorer).toBe('Tarn Gorge');
        expect(small.ask('Which handset is the Vela IV an upgrade of?', { scorer }).answer, scorer).toBe('Vela III');
      }
    });
  });
  it("still drops the question's own name before another name", async () => {
    await withEngineOver('tarn-city', 'Tarn towns', ['The river runs past the Tarn town of Albi, whose cathedral draws tourists.', 'Albi has 50,000 people.'], (small) => {
      const a = small.ask('Which Tarn town has a famous cathedral?', { scorer: 'rules' });
      expect(a.answer).toBe('Albi');
    });
  });
});

describe('a numbered name', () => {
  it('is not answered from a sentence about the same name numbered otherwise', async () => {
    // written for this test
    await withEngineOver('kings', 'Kings of Navarre', [
      'Sancho VII was buried at Roncesvalles in 1234.',
      'His nephew Theobald I was crowned in Pamplona the same year.',
      'The chapel of Sancho VI and Sancho VII at Roncesvalles was rebuilt in 1912.',
    ], (small) => {
      for (const scorer of ['checked', 'rules', 'learned'] as const) {
        const a = small.ask('Where was Sancho VIII buried?', { scorer });
        expect(a.answered, `${scorer}: ${a.answer}`).toBe(false);
        expect(small.ask('Where was Sancho VII buried?', { scorer }).answer, scorer).toBe('Roncesvalles');
      }
    });
  });
});

describe('the source a question names ("according to …")', () => {
  it('counts as named when the article names it anywhere, as it often does once, far from the figure', async () => {
    // written for this test: the board is named in the first sentence, the figure in the sixth
    await withEngineOver('harbour', 'Harbour review', [
      'The Harbour Safety Board published its annual review of the port on Monday.',
      'Traffic through the port rose by a fifth last year.',
      'New cranes were installed on the east quay in March.',
      'The port employs 2,400 people, most of them on the docks.',
      'Dredging of the main channel is due to finish in the spring.',
      'Pilots sometimes get only 11 minutes to check each ship before it docks.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('According to the Harbour Safety Board, how long do pilots get to check each ship?', { scorer }).answer, scorer).toMatch(/11 minutes/);
      }
    });
  });
});

describe('a range of days', () => {
  it('is given whole: "4-6 March", "from 4 to 6 March"', async () => {
    // written for this test
    await withEngineOver('festival', 'Leeds festival', [
      'The Leeds folk festival runs from 4 to 6 March in the town hall.',
      'The Bradford jazz weekend will be held on 11-13 June at the Alhambra.',
      'Tickets for both went on sale on Monday.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('When does the Leeds folk festival run?', { scorer }).answer, scorer).toBe('from 4 to 6 March');
        expect(small.ask('When will the Bradford jazz weekend be held?', { scorer }).answer, scorer).toBe('11-13 June');
      }
    });
  });
});

describe('numbers and names read as what they are', () => {
  it('reads a year after "since" as a date, which the tagger leaves a plain number', async () => {
    // written for this test
    await withEngineOver('seat', 'MP to stand down', [
      'Orla Penhallow is to stand down as the MP for West Tarnshire on the grounds of ill health.',
      'Ms Penhallow has been MP for West Tarnshire since 1997.',
      'She represented Kellow East from 1983 to 1992.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('Since when has Orla Penhallow been MP for West Tarnshire?', { scorer }).answer, scorer).toBe('since 1997');
      }
    });
  });
  it('does not date a start by a denied "since": "has not played in it since 2001"', async () => {
    // written for this test
    await withEngineOver('open', 'Corran Open', [
      "Kim Halder has denied reports that she has pulled out of January's Corran Open because of a wrist injury.",
      'Ana Velic has not played in the Corran Open since 2001, when she lost in the first round.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('When does the Corran Open that Kim Halder may miss start?', { scorer }).answer, scorer).not.toBe('since 2001');
      }
    });
  });
  it('counts with no time of day ("at 0300 GMT") and no number inside a name ("Fathers 4 Justice")', async () => {
    // written for this test
    await withEngineOver('compound', 'Arrests at the compound', [
      'Protesters were arrested after entering the studio compound at 0300 GMT and throwing fireworks.',
      'Members of Fathers 4 Justice were also arrested on the roof.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        const a = small.ask('How many protesters were arrested at the studio compound?', { scorer });
        expect(a.answered, `${scorer}: ${a.answer}`).toBe(false);
      }
    });
  });
  it('takes a name that ends in the noun asked about as of the kind asked: "Croydon Crown Court" for "which court"', async () => {
    // written for this test
    await withEngineOver('court', 'DVD pirate jailed', [
      'Pellam Varro from Cambridge was found guilty of two trademark offences last month, and sentenced at Croydon Crown Court, London, on Tuesday.',
      'The Phonographic Council welcomed the news of the prison sentence.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('Which court sentenced Pellam Varro?', { scorer }).answer, scorer).toBe('Croydon Crown Court');
      }
    });
  });
  it('does not take a name in an aside about another for the subject: "X, mother of actor Y, has become …"', async () => {
    // written for this test
    await withEngineOver('lodge', 'Island Lodge', ['Mara Quellin, mother of actor Tobias, has become the first guest to be voted off Island Lodge.'], (small) => {
      expect(small.ask('Who was the first guest voted off Island Lodge?', { scorer: 'rules' }).answer).toBe('Mara Quellin');
    });
  });
  it('tells a share from the total: "winning 173 of the 299 votes"', async () => {
    // written for this test
    await withEngineOver('ballot', 'Deselection ballot', ['The association voted against a move to deselect him, with Mr Harlan winning 173 of the 299 votes.'], (small) => {
      expect(small.ask('How many votes did Harlan win?', { scorer: 'rules' }).answer).toBe('173');
      expect(small.ask('How many votes were cast in the ballot on deselecting Harlan?', { scorer: 'rules' }).answer).toBe('299');
    });
  });
  it('gives a range of amounts whole ("between $20 (£10.40) to $30 (£15.60)"), and a change\'s level alone', async () => {
    // written for this test
    await withEngineOver('disks', 'Movies for the handheld', [
      'The films will be sold on disks costing between $20 (£10.40) to $30 (£15.60) each.',
      'Turnover at the studio dropped from £42.5m to £28.5m last year.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('How much will the disks cost?', { scorer }).answer, scorer).toMatch(/^(between )?\$20 \(£10\.40\) to \$30 \(£15\.60\)$/);
        expect(small.ask('How much did turnover at the studio drop to last year?', { scorer }).answer, scorer).toBe('£28.5m');
      }
    });
  });
  it('gives an amount for the name it is given for: "£153m at the Harbour Office and £336m at the Department for Roads"', async () => {
    // written for this test
    await withEngineOver('savings', 'Savings found', ['Savings of £153m at the Harbour Office and £336m at the Department for Roads have also been identified.'], (small) => {
      expect(small.ask('How much could be saved at the Harbour Office?', { scorer: 'rules' }).answer).toBe('£153m');
      expect(small.ask('How much could be saved at the Department for Roads?', { scorer: 'rules' }).answer).toBe('£336m');
    });
  });
  it('takes no place from a name before the role of a person: "Liberal Democrat leader Tomas Ferrow"', async () => {
    // written for this test
    await withEngineOver('views', 'Leaders interviewed', ["Mr Blair and Liberal Democrat leader Tomas Ferrow also gave their views during interviews, conducted as part of the magazine's campaign."], (small) => {
      const a = small.ask('Where did Tomas Ferrow give his views?', { scorer: 'rules' });
      expect(a.answered, a.answer ?? '').toBe(false);
    });
  });
  it('takes a name the noun asked about stands in apposition after: "Ana Lisk, principal analyst at Corvane View,"', async () => {
    // written for this test: the other analyst is named after the noun, in a sentence that has
    // "view" and "Corvane" too
    await withEngineOver('analyst', 'Analysts on the deal', [
      'Ana Lisk, principal analyst at Corvane View, said the returns of the networks could fall.',
      "Looking to take a longer view of the Corvane market, Halden's principal analyst Dev Marr said the deal was positive.",
    ], (small) => {
      expect(small.ask('Who is the principal analyst at Corvane View?', { scorer: 'rules' }).answer).toBe('Ana Lisk');
    });
  });
  it('reads the question word as the object when a phrase of time or place follows the verb: "Who did X beat in last year\'s final?"', async () => {
    // written for this test: another pair in the sentence with the question's verb, which the
    // tagger reads as a noun after a name
    await withEngineOver('tennis', 'Corran Open preview', [
      'Marta Feld is the favourite for the Corran Open.',
      'Marta Feld has won the title twice and said she felt fit.',
      'Marta Feld will play a qualifier in the first round.',
      'The year started in regulation fashion as Justine Halloran beat compatriot Kim Vessel at the Corran Open.',
    ], (small) => {
      const a = small.ask("Who did Marta Feld beat in last year's Corran Open final?", { scorer: 'rules' });
      expect(a.answered, a.answer ?? '').toBe(false);
    });
  });
  it('dates the question\'s verb in its own clause: "… in 1999, but the Harbour Channel won them back in 2001"', async () => {
    // written for this test
    await withEngineOver('rights', 'Awards rights', ['Corvid first scooped the awards rights from the Harbour Channel in 1999, but the Harbour Channel won them back in 2001 when Corvid was forced to pull out of a bidding war.'], (small) => {
      expect(small.ask('When did the Harbour Channel win the awards rights back?', { scorer: 'rules' }).answer).toBe('2001');
      // (the verb of the other clause is done by another name: no clause is the question's)
      expect(small.ask('When did Corvid first win the awards rights from the Harbour Channel?', { scorer: 'rules' }).answer).not.toBe('2001');
    });
  });
  it('does not take a sentence naming another person of the same first name for the question\'s: "Michael Ancram" for "Michael Howard"', async () => {
    // written for this test
    await withEngineOver('paper', 'Tory plan', [
      'Michael Howard set out the Tory plan to cut the number of MPs on Sunday.',
      'Shadow foreign secretary Michael Ancram told MPs a new White Paper was part of the plan.',
    ], (small) => {
      for (const scorer of ['checked', 'rules', 'learned'] as const) {
        expect(small.ask('Which paper did Michael Howard tell about the Tory plan to cut MPs?', { scorer }).answer, scorer).not.toBe('White Paper');
      }
      // (a name typed with a slip is still the name: "Ayres" for "Ayers", "Olympics" for "Olympic")
      expect(otherBearer(analyzeQuestion('Which company is Richard Ayres portal director at?').terms, 'Richard Ayers, portal director at Corvane, said regulating the plan would be impossible.')).toBeNull();
      expect(otherBearer(analyzeQuestion('Where were the Winter Olympics held?').terms, 'He brought the Winter Olympic Games to Nagano in 1998.')).toBeNull();
      expect(otherBearer(analyzeQuestion('Which paper did Michael Howard tell about the plan?').terms, 'Michael Ancram told MPs a new White Paper was part of the plan.')).not.toBeNull();
    });
  });
});


describe('who a sentence names, and who only reports it', () => {
  it('does not take a name the noun asked about did something to for that noun\'s holder', async () => {
    // written for this test
    await withEngineOver('director', 'Campaign chief denies warning', [
      "The Wardens' campaign director has denied a report claiming he warned Orla Penhallow the party could not win the next election.",
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        const a = small.ask("Who is the Wardens' campaign director?", { scorer });
        expect(a.answered, `${scorer}: ${a.answer}`).toBe(false);
      }
    });
    // ...but a name the verb gives the noun is its holder
    await withEngineOver('branch', 'The Orne delta', [
      'The largest and southern main branch begins as Varnel and continues as Oster Varnel and Nieder Varnel before it reaches the sea.',
    ], (small) => {
      expect(small.ask('What is the largest main branch of the delta?', { scorer: 'rules' }).answer).toBe('Varnel');
    });
  });
  it('does not answer with the source a report is attributed to, unless asked about saying or told of after', async () => {
    // written for this test
    await withEngineOver('virus', 'Virus warning', [
      'An attachment in the e-mail contains the virus, the Varden Bureau said.',
      '"Many consumers do not see the motives of spammers," said Mika Tolland, a spokesperson for the Orvel Alliance which commissioned the survey.',
      '"This is a momentous day for victims," said sufferer Hollis Brandt, who leads a victims\' association.',
    ], (small) => {
      const contained = small.ask('Where is the virus contained?', { scorer: 'rules' });
      expect(contained.answer ?? '').not.toContain('Varden Bureau');
      expect(small.ask('Who commissioned the survey?', { scorer: 'rules' }).answer).toBe('Orvel Alliance');
      expect(small.ask('Who leads a victims\' association?', { scorer: 'rules' }).answer).toBe('Hollis Brandt');
    });
    // nor one whose report has another name for its subject
    await withEngineOver('judge', 'Bankruptcy ruling', ['Texas Judge Sarah Clark said Orvel Oil did not have enough of a US presence to establish US jurisdiction.'], (small) => {
      expect(small.ask('Who founded Orvel Oil?', { scorer: 'rules' }).answered).toBe(false);
    });
    // ...while a word of saying anywhere in the question makes the source its answer
    await withEngineOver('warns', 'Gaming traffic', [
      'The popularity of online gaming could spell problems for net service firms, warns network monitoring company Tarnvine.',
      'Rival monitoring firm Colvane said online gaming traffic was growing.',
    ], (small) => {
      expect(small.ask('Which network monitoring firm warned that online gaming could cause problems for net service providers?', { scorer: 'rules' }).answer).toBe('Tarnvine');
    });
    // a name given by "called" is no source
    await withEngineOver('lake', 'Lake Corvel', [
      'Lake Corvel consists of two bodies of water and a connecting stretch of the Orne, called the Seelbach.',
    ], (small) => {
      expect(small.ask('Which stretch of the Orne connects the two bodies of water of Lake Corvel?', { scorer: 'rules' }).answer).toBe('Seelbach');
    });
  });
  it('does not answer with the rest of a name whose first name the question gives', async () => {
    // written for this test
    await withEngineOver('film', 'Box office', [
      'Sideways is written and directed by Alexander Varga, who directed the 2002 hit Lanton Road.',
      'The epic Alexander opened in sixth place.',
    ], (small) => {
      expect(small.ask('Who directed Alexander?', { scorer: 'rules' }).answer).not.toBe('Varga');
    });
  });
  it('reads "of the" inside a name: "Keeper of the Vales"', async () => {
    // written for this test
    await withEngineOver('effects', 'Augmented reality', [
      'Augmented reality has been used to create special effects in films such as Hollin and Keeper of the Vales and in computer gaming.',
    ], (small) => {
      expect(small.ask('In which films has augmented reality been used for special effects?', { scorer: 'rules' }).answer).toBe('Hollin and Keeper of the Vales');
    });
  });
  it("takes a plural possessive before a noun as its modifier, and before a name as the name's body", async () => {
    // written for this test
    await withEngineOver('report', 'Campaign chief denies warning', [
      "The Wardens' campaign director has denied a report claiming he warned Orla Penhallow the party could not win the next election.",
      '"We are honoured to have won the broadcasting rights for the Corran Awards," said Skyline Networks\' Tamsin Ward.',
    ], (small) => {
      expect(small.ask('Which newspaper reported that the director warned Penhallow?', { scorer: 'rules' }).answered).toBe(false);
      expect(small.ask('Which broadcaster has won the rights to show the Corran Awards?', { scorer: 'rules' }).answer).toBe('Skyline Networks');
    });
  });
});

describe('where, whose and what does it', () => {
  it("takes a name in apposition to a possessor's role: \"X, Tarncom's managing director\"", async () => {
    // written for this test
    await withEngineOver('speeds', 'Broadband speeds', [
      '"Britain is now broadband Britain," said Dorian Welk, Tarncom\'s managing director, broadband and internet services.',
      'Garth Pellow, group managing director for Tarncom Retail, said broadband and internet services would grow.',
    ], (small) => {
      expect(small.ask("Who is Tarncom's managing director for broadband and internet services?", { scorer: 'rules' }).answer).toBe('Dorian Welk');
    });
  });
  it('reads the verb after "has" and the subject ("How much has the X 30 risen?"), and "What could VERB" as asking the subject', () => {
    expect(analyzeQuestion('How much has the Varden Global 30 risen in the past week?').terms.find((t) => t.text === 'risen')?.role).toBe('verb');
    expect(analyzeQuestion('What could crack during normal driving?').asksSubject).toBe(true);
    // ("was" makes the question's subject the verb's object)
    expect(analyzeQuestion('Who was named best male artist at the awards?').asksSubject).toBeFalsy();
  });
  it('answers "where" by the place the verb happened in, not a partner, nor the thing asked about', async () => {
    // written for this test
    await withEngineOver('protocol', 'Trade protocol', [
      'The protocol, signed in Velsa, will establish what are called "qualified industrial zones" in Corvia.',
      'Corvia and Tarland both signed the protocol.',
    ], (small) => {
      expect(small.ask('Where was the protocol signed?', { scorer: 'rules' }).answer).toBe('Velsa');
    });
    await withEngineOver('partner', 'Trade protocol', ['The two countries have signed a trade protocol with Ostmark, allowing goods free access.'], (small) => {
      expect(small.ask('Where was the protocol signed?', { scorer: 'rules' }).answered).toBe(false);
    });
    await withEngineOver('own', 'Climate protocol', ['Ostmark has been unwilling to sign the Kessel Protocol.'], (small) => {
      expect(small.ask('Where was the protocol signed?', { scorer: 'rules' }).answer ?? '').not.toBe('Kessel Protocol');
    });
  });
  it('answers "What could crack?" by the subject before its preposition, not the phrase after it', async () => {
    // written for this test
    await withEngineOver('recall', 'Car recall', [
      'The regulator said a pressure accumulator in the braking system could crack during normal driving and fragments could injure people if the hood was open.',
    ], (small) => {
      expect(small.ask('What could crack during normal driving?', { scorer: 'rules' }).answer).toBe('pressure accumulator');
    });
  });
  it('dates nothing by a length of time ("For more than 20 years, he was …")', async () => {
    // written for this test
    await withEngineOver('hack', 'Pulp writer', ['For more than 20 years, he was "the ultimate hack", knocking out crime stories for his juvenile readers.'], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        const a = small.ask('When was the copy protection hacked?', { scorer });
        expect(a.answered, `${scorer}: ${a.answer}`).toBe(false);
      }
    });
  });
  it('reads "but" before a subject as opening another clause, comma or not ("began 50 years ago but the doors opened … in 1968")', async () => {
    // written for this test
    await withEngineOver('theatre', 'Theatre appeal', ['The Corran Playhouse began 50 years ago but the doors opened at its present site on the Tarn embankment in 1968.'], (small) => {
      expect(small.ask('When did the Corran Playhouse open at its present site?', { scorer: 'rules' }).answer).toBe('1968');
    });
  });
  it('keeps a body named by words for people whole ("the Liberal Democrats"), as it trims a title off a name', async () => {
    // written for this test
    await withEngineOver('demands', 'Plans on hold', ['His comments come after the Liberal Democrats backed Tory demands that the plans be put on hold.'], (small) => {
      for (const scorer of ['checked', 'rules', 'learned'] as const) expect(small.ask("Who backed the Tories' demands?", { scorer }).answer, scorer).toBe('Liberal Democrats');
    });
  });
  it('counts by a range written as one word ("200,000-300,000"), and not by a percentage', async () => {
    // written for this test
    await withEngineOver('backlog', 'Forensic backlog', [
      'The forensics expert said there were roughly 200,000-300,000 backlogged DNA samples in US labs.',
      'Yet these constituted just 10% of the total test backlog, said Dr Varden.',
    ], (small) => {
      expect(small.ask('How many backlogged DNA samples are in US labs?', { scorer: 'rules' }).answer).toBe('roughly 200,000-300,000');
    });
    await withEngineOver('share', 'Forensic backlog', ['Backlogged DNA samples in US labs were just 10% of the total test backlog, said Dr Varden.'], (small) => {
      expect(small.ask('How many backlogged DNA samples are in US labs?', { scorer: 'rules' }).answered).toBe(false);
    });
  });
});

describe('names written short, and the lists an answer stands in', () => {
  it('finds a name joined by an ampersand ("BX&T"), as the index splits it', async () => {
    // written for this test
    await withEngineOver('merger', 'Telecoms merger', [
      'Last week, Norvel Communications agreed to buy its former parent and phone pioneer BX&T for about $9bn.',
    ], (small) => {
      expect(small.ask('Which company agreed to buy BX&T?', { scorer: 'rules' }).answer).toBe('Norvel Communications');
    });
  });
  it('joins no amount of money and a count of people from two clauses ("lost about $90bn and 12,000 workers lost their jobs")', async () => {
    // written for this test
    await withEngineOver('collapse', 'Orvane collapse', [
      'When Orvane finally collapsed, shareholders lost about $90bn and 12,000 workers lost their jobs.',
    ], (small) => {
      expect(small.ask('How many workers lost their jobs at Orvane?', { scorer: 'rules' }).answer).toBe('12,000');
    });
  });
  it('answers with the whole list of three an answer stands in ("Mara, Chrissie and Sam"), not for a singular noun asked about', async () => {
    // written for this test
    await withEngineOver('soap', 'Soap finale', [
      'Kell died after being confronted by Mara, Chrissie and Sam in the Crown.',
      "Europe's busiest inland ports are in Rotterdam, Antwerp and Hamburg.",
    ], (small) => {
      expect(small.ask('Who confronted Kell in the Crown?', { scorer: 'rules' }).answer).toBe('Mara, Chrissie and Sam');
      const port = small.ask('Which city has the largest inland port?', { scorer: 'rules' });
      expect(port.answered).toBe(true);
      expect(port.answer).not.toMatch(/,| and /);
    });
  });
  it('takes the holder of the whole title asked about ("Senate leader X") over another leader', async () => {
    // written for this test
    await withEngineOver('titles', 'Senate row', [
      'Party members have warned against disunity and Green leader Michael Crane may well take up the theme in the Senate.',
      'The Greens called for Senate leader Hal Brenner to make a statement and said ministers had resigned over leaks.',
    ], (small) => {
      expect(small.ask('Who is the Senate leader?', { scorer: 'rules' }).answer).toBe('Hal Brenner');
    });
  });
  it('reads "Mr Salem" as the "Tariq Salem" its article names whole', async () => {
    // written for this test
    await withEngineOver('custody', 'Custody case', [
      "The High Court ruled on Tuesday that Tariq Salem's death in custody fell within the convention.",
      'The judges said earlier inquiries were inadequate.',
      'Five other cases were ruled out.',
      'The families\' solicitor Ada Prenn described it as a historic day.',
      'Father-of-two Mr Salem, 31, a hotel porter, was arrested with eight men at a hotel in Aldport.',
    ], (small) => {
      expect(small.ask('How old was Tariq Salem?', { scorer: 'rules' }).answer).toBe('31');
    });
  });
});

describe('where and whether it happened', () => {
  it('does not date an event by a sentence set in another place than the question asks about ("in Japan" for "in the US")', async () => {
    // written for this test
    await withEngineOver('launch', 'Console launch', [
      'The Vexa console will go on sale in Japan on 12 December.',
      'The firm said the US launch was a priority.',
      'US buyers have waited a long time.',
      'Retailers in the US expect queues.',
    ], (small) => {
      expect(small.ask('When will the Vexa console go on sale in the US?', { scorer: 'rules' }).answered).toBe(false);
      expect(small.ask('When will the Vexa console go on sale in Japan?', { scorer: 'rules' }).answer).toBe('12 December');
    });
  });
  it('reads a plural noun asked about by its singular ("Which judges", not the book "Judges"), and takes no name from what was ruled', async () => {
    // written for this test
    expect(analyzeQuestion('Which judges ruled on the case?').kind).toBe('person');
    await withEngineOver('ruling', 'Court ruling', [
      'But if the judge rules that Brantic and Velmore - the firms at the centre of the case - are merely providers of technology, the studios lose.',
      'Judge Tom Carver, sitting with Lord Ames, ruled that the case should be heard again.',
    ], (small) => {
      expect(small.ask('Which judges ruled on the case?', { scorer: 'rules' }).answer).toBe('Tom Carver');
    });
    await withEngineOver('ruling-only', 'Court ruling', [
      'But if the judge rules that Brantic and Velmore - the firms at the centre of the case - are merely providers of technology, the studios lose.',
    ], (small) => {
      expect(small.ask('Who ruled on the case?', { scorer: 'rules' }).answer ?? '').not.toMatch(/Brantic|Velmore/);
    });
  });
  it('takes no number from what someone only expected another to do ("expected Orvo to sell about 10 million")', async () => {
    // written for this test
    await withEngineOver('forecast', 'Handset forecast', [
      'He told the news agency that he expected Orvo to sell about 10 million handsets by the summer.',
    ], (small) => {
      expect(small.ask('How many handsets did Orvo sell?', { scorer: 'rules' }).answered).toBe(false);
      expect(small.ask('How many handsets will Orvo sell?', { scorer: 'rules' }).answer).toBe('about 10 million');
    });
  });
});

describe('a body by its name, a sort by its noun, a count by what counts it', () => {
  it('takes "Bank of Portugal" whole for "Which bank …?", though a sentence begins with it', async () => {
    // written for this test
    await withEngineOver('fees', 'Transfer fees', [
      'Bank of Portugal announced last week that it planned to drop transfer fees for some customers.',
      'Lender Ostmark Finance Group also plans to drop transfer fees.',
    ], (small) => {
      expect(small.ask('Which bank plans to drop transfer fees?', { scorer: 'rules' }).answer).toBe('Bank of Portugal');
    });
  });
  it('does not lead a name with a title the question asks by ("Wing Jimmy Marlo" for "Which wing …?")', async () => {
    // written for this test
    await withEngineOver('injury', 'Injury news', ['Wing Jimmy Marlo is definitely out with the knee injury sustained at Twickenham, which is likely to sideline him for the rest of the tournament.'], (small) => {
      expect(small.ask('Which wing is out with a knee injury?').answer).toBe('Jimmy Marlo');
    });
  });
  it('answers "What injury …?" by the noun under a modifier of its own ("thigh injury"), over a name', async () => {
    // written for this test
    await withEngineOver('doubt', 'Injury news', ['Inspirational flanker Tomas Rell is a doubt with a thigh injury, but number eight Imanol Varga has shaken off his shoulder injury.'], (small) => {
      expect(small.ask('What injury does Tomas Rell have?', { scorer: 'rules' }).answer).toBe('thigh injury');
    });
  });
  it('counts nothing by a share of more ("2.1% more cars" for "How many cars …?")', async () => {
    // written for this test
    await withEngineOver('sales', 'Car sales', ['Carmaker Corvane has sold 2.1% more cars in 2004 than in the previous year.'], (small) => {
      expect(small.ask('How many cars did Corvane sell in 2004?', { scorer: 'rules' }).answered).toBe(false);
    });
  });
});

describe('another role, another edition, another owner', () => {
  it('does not take the holder of the shadow or deputy role for the role asked about', async () => {
    // written for this test
    await withEngineOver('roles', 'Schools row', [
      'Her comments did not impress Tory shadow education secretary Tim Varley.',
      'A fresh crackdown on truants has been launched by Education Secretary Ruth Kellan.',
    ], (small) => {
      expect(small.ask('Who is the Education Secretary?', { scorer: 'rules' }).answer).toBe('Ruth Kellan');
      expect(small.ask('Who is the shadow education secretary?', { scorer: 'rules' }).answer).toBe('Tim Varley');
    });
  });
  it('takes no answer from a sentence that numbers the name asked about otherwise ("Sound of 2004" for "Sound of 2005")', async () => {
    // written for this test
    await withEngineOver('poll', 'Talent poll', [
      'Rock band Keeler won Sound of 2004 while rapper Dax Mint topped Sound of 2003.',
      'The Brightwater have come top of the Sound of 2005 poll to find the most promising new act.',
    ], (small) => {
      expect(small.ask('Which band topped the Sound of 2005 poll?', { scorer: 'rules' }).answer ?? '').not.toBe('Keeler');
      expect(small.ask('Which band won the Sound of 2004 poll?', { scorer: 'rules' }).answer).toBe('Keeler');
    });
  });
  it('reads a name before a noun that owns what follows as its modifier ("the BBC News website\'s poll")', async () => {
    // written for this test
    await withEngineOver('owner', 'Talent poll', [
      "New York electro-rock group Brightwater have come top of the BBC News website's Sound of 2005 poll.",
    ], (small) => {
      expect(small.ask('Which band topped the Sound of 2005 poll?', { scorer: 'rules' }).answer).toBe('Brightwater');
    });
  });
});

describe('names that begin with "The", amounts that end where another number begins, who is from where', () => {
  it('ends an amount in digits before a number in words ("sold for £10 five years ago")', async () => {
    // written for this test
    await withEngineOver('sale', 'Car maker sale', ['It sold the car maker Rolt for £10 five years ago to the Phoenix consortium.'], (small) => {
      expect(small.ask('How much did it sell Rolt for?', { scorer: 'rules' }).answer).toBe('£10');
      expect(small.ask('How much did it sell Rolt for?', { scorer: 'learned' }).answer).toBe('£10');
    });
  });
  it('reads "Who is from X?" as asking for a person, not a description of X', () => {
    expect(analyzeQuestion('Who is from the League Against Cruel Sports?').kind).toBe('person');
    expect(analyzeQuestion('Who is Tony Blair?').kind).toBe('description');
  });
  it('keeps a capitalised "The" inside a sentence with the name it begins ("his protege The Gamble")', async () => {
    // written for this test
    await withEngineOver('feud', 'Rap feud', ['The row blew up when rapper Dax Mint threw his protege The Gamble out of his crew.'], (small) => {
      expect(small.ask('Who did Dax Mint throw out of his crew?', { scorer: 'rules' }).answer).toBe('The Gamble');
    });
  });
});

describe('a person named again by the last name alone, an age in another article, money only tried for', () => {
  it('reads a bare last name as the person the article names whole ("Varga, 24,"), unless it names another Varga too', async () => {
    // written for this test
    const story = (between: string) => [
      'Tennis star Petra Varga has denied reports that she has pulled out of the Open because of her wrist injury.',
      `${between} The doctors are assessing the injury weekly. The tournament begins on 17 January.`,
      'Of the prize money now due to Varga, 24, her coach said it was deserved.',
    ];
    await withEngineOver('tennis', 'Tennis star doubt', story('Her spokesman insisted she had simply delayed her entry.'), (small) => {
      for (const scorer of ['rules', 'learned'] as const) expect(small.ask('How old is Petra Varga?', { scorer }).answer, scorer).toBe('24');
    });
    await withEngineOver('tennis2', 'Sisters at the Open', story('Her sister Anna Varga withdrew last week.'), (small) => {
      expect(small.ask('How old is Petra Varga?', { scorer: 'rules' }).answered).toBe(false);
    });
  });
  it('finds an age in another article than the one that names the person most ("Lee, 82,")', async () => {
    // written for this test
    // a profile naming him whole in more sentences than the search returns, none giving his age
    const heroes = ['Owl', 'Hawk', 'Wolf', 'Fox', 'Bear', 'Lynx', 'Crow'];
    const sorts = ['comic', 'serial', 'annual', 'cartoon', 'strip', 'novel', 'special'];
    const profile = ['---', 'id: profile', 'title: Comic veteran profile', '---',
      ...heroes.flatMap((h) => sorts.map((k) => `Stan Corbo drew the ${h} ${k}.`))].join('\n\n');
    const ruling = ['---', 'id: ruling', 'title: Comic creator wins profits', '---',
      'Stan Corbo wins comic profits.',
      '', 'Of the cut now due to Corbo, 82, who created the Night Owl in 1962, his lawyer said it was no exaggeration.'].join('\n');
    const small = await createEngine(await tempCorpus({ 'profile.md': profile, 'ruling.md': ruling }), { warn: () => {} });
    try {
      expect(small.ask('How old is Stan Corbo?', { scorer: 'rules' }).answer).toBe('82');
    } finally {
      await small.close();
    }
  });
  it('takes no amount a sentence says was only tried for ("attempted to raise the $50,000")', async () => {
    // written for this test
    await withEngineOver('fund', 'Browser fans raise cash', [
      'A campaign by the Fox Fans website attempted to raise the $50,000 needed for a full page advert.',
      'Ten days in, 10,000 people had signed up and now about $250,000 has been raised.',
    ], (small) => {
      expect(small.ask('How much has the Fox Fans campaign raised?', { scorer: 'rules' }).answer ?? '').not.toBe('$50,000');
    });
  });
});

describe('pence, a subject the tagger read as a verb, the one who says who holds a role', () => {
  it('reads pence as money ("closing Tuesday at 873p"), but not a video format ("1080p")', async () => {
    // written for this test
    await withEngineOver('shares', 'Takeover rumour lifts Corvel', [
      'With its shares closing Tuesday at 873p, Bracknell-based Corvel is currently valued at £2.6bn.',
      'Its new Bravo television will cost buyers a premium for pictures in 1080p.',
    ], (small) => {
      expect(small.ask('At what price did Corvel shares close on Tuesday?', { scorer: 'rules' }).answer).toBe('873p');
      expect(small.ask('How much will the Bravo television cost?', { scorer: 'rules' }).answer ?? '').not.toBe('1080p');
    });
  });
  it('reads "did Exel shares close" as asking about closing, "shares" its subject', () => {
    const q = analyzeQuestion('At what price did Exel shares close on Tuesday?');
    expect(q.terms.find((t) => t.role === 'verb')?.text).toBe('close');
    // (the tagger reads "in" after "close" as the particle of a phrasal verb, not a preposition)
    const inLondon = analyzeQuestion('At what price did Exel shares close in London?');
    expect(inLondon.terms.find((t) => t.role === 'verb')?.text).toBe('close');
    expect(inLondon.terms.find((t) => t.text === 'shares')?.role).not.toBe('verb');
  });
  it('does not answer "Who is the most likely bidder?" with the one who said who it is', async () => {
    // written for this test
    await withEngineOver('bid', 'Takeover talk', [
      'Andrew Bell, of brokers Ingram, said UPS and Deutsche Post were the most likely bidders for Corvel.',
    ], (small) => {
      expect(small.ask('Who is the most likely bidder for Corvel?', { scorer: 'rules' }).answer ?? '').not.toBe('Andrew Bell');
    });
    // (one named after what they said may be the one asked about)
    await withEngineOver('role', 'Wireless sound', [
      '"The benefits are the lack of interference and longer battery life," said Riccardo Rinaldi, Creative\'s European marketing manager.',
    ], (small) => {
      expect(small.ask("Who is Creative's European marketing manager?", { scorer: 'rules' }).answer).toBe('Riccardo Rinaldi');
    });
  });
});

describe('a verb\'s most general kinds', () => {
  it('does not let "tell" or a light verb stand in for the verb asked about ("direct" is a kind of "tell")', () => {
    const verb = analyzeQuestion('Who directed the film Hitch?').terms.find((t) => t.role === 'verb')!;
    expect(verb.related.map((r) => r.term)).not.toContain('tell');
    expect(verb.related.map((r) => r.term)).toContain('director');
  });
});

describe('what might have been, who did it in the passive, a body asked with "who", counts for each place', () => {
  it('takes no count of what only could have happened ("We could have sold a million tickets")', async () => {
    // written for this test
    await withEngineOver('gigs', 'Band break ticket record', [
      'The Larks have smashed box office records with ticket sales for their Cork concerts, after more than 90,000 were sold within an hour.',
      '"Nothing like it has ever been seen," said a spokesman for the promoters. "We could have sold a million tickets."',
    ], (small) => {
      expect(small.ask("How many tickets were sold for the Larks' Cork concerts?", { scorer: 'rules' }).answer ?? '').not.toBe('a million');
    });
  });
  it('answers "Who described …?" with who did it after "by", not a name inside what was described', async () => {
    // written for this test
    await withEngineOver('poll', 'Poll claim speculation', [
      'Reports that Anna Kessler is planning a snap election for March have been described as "idle speculation" by Castle Yard.',
      'Riggs Trust will put money in a fund to be managed by a Lisbon-based charity, the Amaro Foundation, which helps victims.',
    ], (small) => {
      expect(small.ask('Who described the election reports as idle speculation?', { scorer: 'rules' }).answer).toBe('Castle Yard');
      // (a name that only says where the doer is based is not the doer)
      expect(small.ask('Which charity will manage the Riggs Trust fund?', { scorer: 'rules' }).answer).toBe('Amaro Foundation');
    });
  });
  it('reads "Who is the world\'s biggest insurer?" as asking for a body, and a compound WordNet lacks by the word it ends in', () => {
    expect(analyzeQuestion("Who is the world's biggest insurer?").kind).toBe('organization');
    expect(analyzeQuestion("Who is the world's biggest reinsurer?").kind).toBe('organization');
    expect(analyzeQuestion("Who is the club's owner?").kind).toBe('person');
    // (a post in a body, and a word WordNet also has as a body's acronym, are no bodies asked for)
    expect(analyzeQuestion('Who is the chief exec of the refugee council?').kind).toBe('person');
    expect(analyzeQuestion('Who was the Treasury Secretary who announced the sanctions?').kind).toBe('person');
    // (not a person: a "chipmaker" is a firm, though a "maker" is first a person)
    expect(analyzeQuestion('Which chipmakers gained?').kind).not.toBe('person');
    // (a people is no body: WordNet files "nationality" with groups)
    expect(analyzeQuestion('What nationality is Groenefeld?').kind).not.toBe('organization');
  });
  it('reads a city leading a common noun ("Munich Re", "Paris Match") as a name, not a place', () => {
    const got = nameTypes('Munich Re and Paris Match met in Las Vegas and New York.');
    expect(got['Munich Re']).toBe('name');
    expect(got['Paris Match']).toBe('name');
    expect(got['Las Vegas']).toBe('place');
    expect(got['New York']).toBe('place');
  });
  it('splits someone from a place off the place ("Iveta Benesova of the Czech Republic"), but keeps "Bank of England" whole', async () => {
    const spans = (sentence: string) => Object.keys(nameTypes(sentence));
    expect(spans('Ivanovic will play Iveta Benesova of the Czech Republic and Frank Penski of Boston.')).toEqual(expect.arrayContaining(['Iveta Benesova', 'Czech Republic', 'Frank Penski', 'Boston']));
    expect(spans('He met the Duke of York at the Bank of England and the Bank of the Czech Republic.')).toEqual(expect.arrayContaining(['Duke of York', 'Bank of England', 'Bank of the Czech Republic']));
    // written for this test
    await withEngineOver('draw', 'Veteran seals title', [
      'Lindqvist will play 32nd seed Iveta Benesova of the Czech Republic in the first round.',
    ], (small) => {
      expect(small.ask('Who will Lindqvist play in the first round?', { scorer: 'rules' }).answer).toBe('Iveta Benesova');
    });
  });
  it('does not answer "where" with the country of a nationality the question gives ("India" for "VW\'s Indian plant")', async () => {
    // written for this test
    await withEngineOver('plant', 'Carmaker plant', [
      'The VW plant was built in India last year.',
      'Several foreign carmakers already have Indian production facilities.',
    ], (small) => {
      expect(small.ask("Where was VW's Indian plant built?", { scorer: 'rules' }).answer ?? '').not.toBe('India');
      // (asked without the nationality, the country answers)
      expect(small.ask("Where was VW's plant built?", { scorer: 'rules' }).answer).toBe('India');
    });
  });
  it('does not date an event by a date that names another ("the September 11 attacks")', async () => {
    // written for this test
    await withEngineOver('bowl', 'Singer to open the Gold Cup', [
      'Three years ago, he was invited to perform at the first Gold Cup after the September 11 attacks.',
    ], (small) => {
      expect(small.ask('When is the Gold Cup?', { scorer: 'rules' }).answer ?? '').not.toBe('September 11');
    });
  });
  it('counts for the place the question names ("80 workers at X, with 17 at its Morpheme offices")', async () => {
    // written for this test
    await withEngineOver('studio', 'Games founder rebuilds', [
      'After the latest round of cuts, there were 80 workers at Corvid headquarters in Leeds, with 17 at its Morpheme offices in York, and 22 at the Monsters base in Hull.',
    ], (small) => {
      expect(small.ask('How many workers are at the Morpheme offices?', { scorer: 'rules' }).answer).toBe('17');
      expect(small.ask('How many workers are at Corvid headquarters?', { scorer: 'rules' }).answer).toBe('80');
    });
  });
  it('reads "What is X called?" as asking a name, and "Which tour …?" as no date', () => {
    expect(analyzeQuestion("What is the band's world tour called?").kind).toBe('name');
    // (a "season" is first a time, yet asked what it is called, a name)
    expect(analyzeQuestion('What is the new season called?').kind).toBe('name');
    expect(analyzeQuestion('Which tour did the band announce?').kind).not.toBe('date');
    // (a "single" is first a hit, only then the number one)
    expect(analyzeQuestion('Which single went to number one in the UK?').kind).not.toBe('number');
  });
  it('does not answer "who" with a name of no known type right after "in" ("in Edgware")', async () => {
    // written for this test
    await withEngineOver('founder', 'Corvid founder rebuilds empire', [
      'After the latest round of cuts, there were 80 workers at Corvid headquarters in Edgware in north London, and 22 at the Monsters base in Cambridge.',
      'He founded Corvid in 1982.',
    ], (small) => {
      expect(small.ask('Who founded Corvid?', { scorer: 'rules' }).answer ?? '').not.toBe('Edgware');
    });
  });
});

describe('names listed together, whose side a name is on, ages in words, shares asked for', () => {
  it('reads a lone given name among listed places as a place ("Helsinki, Oslo, Munich and Sydney")', async () => {
    expect(nameTypes('It was left in cabs in any of the other cities (Helsinki, Oslo, Munich, Paris and Sydney) where the survey was carried out.')['Sydney']).toBe('place');
    // (not among people, nor in a list too short to say)
    expect(nameTypes('The panel heard Tom Baxley, Anna Brandt, Mark Ferris and Sydney.')['Sydney']).toBe('person');
    // written for this test
    await withEngineOver('cabs', 'Cabs collect gadgets', [
      'More laptops were left in cabs in London than in any of the other cities (Helsinki, Oslo, Munich, Paris and Sydney) where the survey was carried out.',
    ], (small) => {
      expect(small.ask('Who carried out the survey?', { scorer: 'rules' }).answer ?? '').not.toBe('Sydney');
    });
  });
  it('does not answer "Who did X beat?" with a name X says is its own, or from a sentence where "they" beat X', async () => {
    // written for this test
    await withEngineOver('rovers', 'Rovers defender cools hopes', [
      'Rovers defender Tom Baxley has played down talk of promotion, despite his team lying second after beating Albion.',
      'They beat a very tough Rovers at home, and then won 4-1 at Halden.',
    ], (small) => {
      expect(small.ask('Who did Rovers beat?', { scorer: 'rules' }).answer ?? '').not.toBe('Tom Baxley');
      expect(small.ask('Who did Rovers beat?', { scorer: 'rules' }).answer ?? '').not.toBe('Halden');
    });
    // (a name the question only uses to say which one is asked still answers: "Which Corvid director …?")
    await withEngineOver('corvid', 'Director denies call', [
      'Anna Brandt denies telling Corvid director Tom Baxley that the accounts were false.',
    ], (small) => {
      expect(small.ask('Which Corvid director does Anna Brandt deny telling that the accounts were false?', { scorer: 'rules' }).answer).toBe('Tom Baxley');
    });
  });
  it('does not answer what was done with who did it ("Millan and his friends launched a website")', async () => {
    // written for this test
    await withEngineOver('radio', 'Web radio goes global', [
      'So Millan and his friends launched a website devoted to Spanish rap.',
    ], (small) => {
      expect(small.ask('What website did Millan launch?', { scorer: 'rules' }).answer ?? '').not.toBe('friends');
    });
  });
  it('reads an age written in words ("Nineteen-year-old singer Kenzie"), and not "the 23-year-old" as the age of a name further on', async () => {
    // written for this test
    await withEngineOver('house', 'Double eviction', [
      'Nineteen-year-old singer Kenzie is currently favourite to win the prize.',
    ], (small) => {
      expect(small.ask('How old is Kenzie?', { scorer: 'rules' }).answer).toBe('Nineteen');
    });
    await withEngineOver('draw', 'Hewitt eyes title', [
      'The 23-year-old could meet Tom Baxley in the quarter-finals before meeting Russian Ivan Petrov, the player he beat last year.',
    ], (small) => {
      expect(small.ask('How old is Ivan Petrov?', { scorer: 'rules' }).answer ?? '').not.toBe('23');
    });
  });
  it('reads "the 2000 US Open final" in a question as asking about 2000', async () => {
    expect(otherPeriodsOnly(askedPeriods(analyzeQuestion('Who did Petrov beat in the 2000 US Open final?')), 'He beat Tom Baxley in the semi-finals in 2002.')).toBe(true);
    // (a sentence naming the event's year that way is about it, whatever other year it gives)
    expect(otherPeriodsOnly(askedPeriods(analyzeQuestion('Who was sanctioned over the 2020 US elections?')), 'In 2021 the Treasury sanctioned Corvid over the 2020 US elections.')).toBe(false);
    // written for this test
    await withEngineOver('open', 'Petrov opens campaign', [
      'Petrov opens his campaign against Tom Baxley, the player he beat in the semi-finals in 2002.',
    ], (small) => {
      expect(small.ask('Who did Petrov beat in the 2000 US Open final?', { scorer: 'rules' }).answer ?? '').not.toBe('Tom Baxley');
    });
  });
  it('answers "What percentage of the vote …?" with a percentage, and reads "how much" of "the number of" as a count', async () => {
    // written for this test
    await withEngineOver('vote', 'Double eviction', [
      'Edwards then left in a surprise eviction, with 12% of the vote.',
    ], (small) => {
      expect(small.ask('What percentage of the vote did Edwards get?', { scorer: 'rules' }).answer).toBe('12%');
    });
    expect(analyzeQuestion('By how much has the number of lost laptops risen?').kind).toBe('number');
    expect(analyzeQuestion('How much did profits rise?').kind).toBe('money');
  });
  it('takes the amount in the clause of the question\'s verb ("… could save £35bn, while Labour has offered £22bn")', async () => {
    // written for this test
    await withEngineOver('savings', 'Parties on tax', [
      'Labour says the Tories could save £35bn, while Labour itself has offered savings of £22bn.',
    ], (small) => {
      expect(small.ask('How much did Labour offer in savings?', { scorer: 'rules' }).answer).toBe('£22bn');
    });
  });
  it('keeps a name WordNet has as one person on the name it leads ("novelist Gore Vidal")', async () => {
    // written for this test
    await withEngineOver('epic', 'Box office blow', [
      'But novelist Gore Vidal defended the film, saying it was barrier-breaking.',
    ], (small) => {
      expect(small.ask('Who defended the film?', { scorer: 'rules' }).answer).toBe('Gore Vidal');
    });
  });
  it('reads a name after "directed the 2002 hit" as what was directed, not who directed it', async () => {
    // written for this test
    await withEngineOver('sideways', 'Critics laud comedy', [
      'Sideways is a comedy by the man who directed the 2002 hit About Schmidt.',
    ], (small) => {
      expect(small.ask('Who directed Sideways?', { scorer: 'rules' }).answer ?? '').not.toBe('About Schmidt');
    });
  });
  it('does not read a one-word given name asked about in someone\'s full name ("Alexander" in "Alexander Payne")', () => {
    const terms = analyzeQuestion('Who directed Alexander?').terms;
    expect(givenNameOnly(terms, 'Sideways is written and directed by Alexander Payne.')?.size).toBe(1);
    // (named alone too, or before a dictionary word, it is there)
    expect(givenNameOnly(terms, 'Alexander Payne directed Sideways, not Alexander.')).toBeNull();
    expect(givenNameOnly(analyzeQuestion('Who owns Chelsea?').terms, 'Chelsea Football Club is owned by Roman Abramovich.')).toBeNull();
    expect(givenNameOnly(analyzeQuestion('Who owns Chelsea?').terms, 'Chelsea Clinton owns a flat.')?.size).toBe(1);
  });
  it('does not answer about "Alexander" from a sentence about Alexander Payne', async () => {
    // written for this test
    await withEngineOver('payne', 'Critics laud comedy', ['Alexander Payne directed the comedy Sideways.'], (small) => {
      expect(small.ask('What did Alexander direct?', { scorer: 'rules' }).answered).toBe(false);
    });
  });
  it('takes no count from the number of a name the question gives ("the slimline PlayStation 2")', async () => {
    // written for this test
    await withEngineOver('console', 'Slimmer console sells', [
      'Many shoppers are turning to eBay to get hold of the hard-to-find slimline PlayStation 2, which retailers sell in a bundle.',
    ], (small) => {
      expect(small.ask('How many PlayStation 2s were sold?', { scorer: 'rules' }).answer ?? '').not.toBe('2');
    });
  });
  it('reads "Who is Labour\'s General Secretary?" as asking for a person by role, "Who is Matt Carter?" as asking about him', () => {
    expect(analyzeQuestion("Who is Labour's General Secretary?").kind).toBe('person');
    expect(analyzeQuestion('Who is Matt Carter?').kind).toBe('description');
    expect(analyzeQuestion('Who is Mr Baker?').kind).toBe('description');
  });
  it('does not answer "Who is the vice president?" with the president', async () => {
    // written for this test
    await withEngineOver('oil', 'Oil firm deal', ['President Hugo Chavez of Venezuela signed the deal in Buenos Aires.'], (small) => {
      expect(small.ask("Who is Venezuela's vice president?", { scorer: 'rules' }).answer ?? '').not.toBe('Hugo Chavez');
    });
    expect(analyzeQuestion('Who is the deputy prime minister?').terms.find((t) => t.text === 'deputy')?.essential).toBe(true);
  });
  it('answers "Who is the agriculture minister?" with the name the role titles, though he then tells a news agency something', async () => {
    // written for this test
    await withEngineOver('ranch', 'Idle farms identified', [
      'Agriculture minister Arnoldo Marquez told Reuters news agency the documents did not guarantee that this is private land.',
    ], (small) => {
      expect(small.ask('Who is the agriculture minister?', { scorer: 'rules' }).answer).toBe('Arnoldo Marquez');
    });
  });
  it('reads a capital before "-based" opening a sentence as where ("Edinburgh-based developer, Rockstar")', async () => {
    // written for this test
    await withEngineOver('games', 'Games sales record', [
      'Edinburgh-based developer, Rockstar, which is behind the GTA titles, has seen its new game pull in £24m.',
    ], (small) => {
      expect(small.ask('Where is Rockstar based?', { scorer: 'rules' }).answer).toBe('Edinburgh');
    });
  });
  it('reads "What were US exports worth in 2004?" as asking a sum of money', () => {
    expect(analyzeQuestion('What were total US exports worth in 2004 as the trade gap hit a record?').kind).toBe('money');
  });
  it('does not answer "how long" with the span a first is counted over ("the first match between the pair for three years")', async () => {
    // written for this test
    await withEngineOver('dubai', 'Henman beats Rusedski', [
      'It was the first match between the pair for three years, and it went on for two hours 40 minutes.',
    ], (small) => {
      // (a length given in two units is one answer)
      expect(small.ask('How long did the match go on for?', { scorer: 'rules' }).answer).toBe('two hours 40 minutes');
    });
  });
  it('takes no count from "one" that stands for a noun ("the expensive one they have just lost")', async () => {
    // written for this test
    await withEngineOver('phones', 'Lost phones', [
      'Retrofone lets people buy a cheap old phone to replace the tiny, expensive one they have just lost.',
    ], (small) => {
      expect(small.ask('How many phones have people lost?', { scorer: 'rules' }).answer ?? '').not.toBe('one');
    });
  });
});

describe('the size of a sum, a name given in quotation marks, a verb joined by "and", an age at the sentence\'s end', () => {
  it('reads "How big was X\'s loss?" as asking a sum of money, "How big is the stadium?" a measure', () => {
    expect(analyzeQuestion("How big was the firm's operating loss?").kind).toBe('money');
    expect(analyzeQuestion('How big was the loss in 2004?').kind).toBe('money');
    expect(analyzeQuestion('How big is the stadium?').kind).toBe('measure');
  });
  it('answers "What is X called?" with a name given in quotation marks after "dubbed"', async () => {
    // written for this test
    await withEngineOver('budget', 'Budget calls widen Telkom loss', [
      'Polish communications firm Telkom has widened losses after heavy spending on a new budget phone service.',
      'The service, launched in March and dubbed "Zapko" or "thrift", has had almost 20,000 orders, Telkom said.',
    ], (small) => {
      expect(small.ask("What is Telkom's budget phone service called?", { scorer: 'rules' }).answer).toBe('Zapko');
    });
  });
  it('does not answer who did it with the object of another verb joined to it by "and"', async () => {
    // written for this test
    await withEngineOver('harbour', 'Film creator left off list', [
      'The man who said he got the film Harbour Lights off the ground and signed up Tom Hardy has been left off the list of nominees.',
    ], (small) => {
      expect(small.ask('Who got Harbour Lights off the ground?', { scorer: 'rules' }).answer ?? '').not.toBe('Tom Hardy');
    });
  });
  it('answers "Which theatre …?" with a name ending in "Theatre", and an age given as "at 61." at the sentence\'s end', async () => {
    // written for this test
    await withEngineOver('verdi', 'Conductor dies', [
      "Conductor Paolo Verdi, director of Milan's famous Teatro Nuovo Theatre, has died in Austria at 61.",
      "Verdi, director of the Nuovo since 2002, conducted at renowned opera houses worldwide including Vienna's State Opera.",
    ], (small) => {
      expect(small.ask('Which theatre did Verdi direct?', { scorer: 'rules' }).answer).toBe('Teatro Nuovo Theatre');
      expect(small.ask('How old was Verdi when he died?', { scorer: 'rules' }).answer).toBe('61');
    });
  });
  it('answers "How much are X worth?" with the sum right after "X worth"', async () => {
    // written for this test
    await withEngineOver('greens', 'Green tax plans', [
      'The Greens highlighted £12bn in wasteful spending they would stop to allow tax cuts.',
      'The Greens on Monday set out their plans for tax cuts worth £3bn, although the taxes to be cut were not named.',
      'Rivals said the Green sums for £12bn of savings and tax cuts did not add up.',
    ], (small) => {
      expect(small.ask('How much are the Green tax cuts worth?', { scorer: 'rules' }).answer).toBe('£3bn');
    });
  });
  it('reads a capitalised word with a capital inside it as a name ("McFly won …"), and not the subject of the clause after ", and" for who did the question\'s verb', async () => {
    // written for this test
    await withEngineOver('awards', 'Pop awards', [
      'McNally won the best pop act prize, and Gwen Hollis picked up the best female artist award.',
    ], (small) => {
      expect(small.ask('Who won the prize for best pop act?', { scorer: 'rules' }).answer).toBe('McNally');
    });
  });
  it('does not answer "Which group …?" with the name whose the group is ("Eminem\'s group, D12")', async () => {
    // written for this test
    await withEngineOver('hiphop', 'Hip-hop award', [
      "Morrow's group, K9, were surprise winners in the best hip-hop category, beating the Beastie Boys and Nelly.",
    ], (small) => {
      expect(small.ask('Which group won the best hip-hop category?', { scorer: 'rules' }).answer).toBe('K9');
    });
  });
  it('takes no age from "came in at 39," for a name given after it, but does from "At 23, Henson …"', async () => {
    // written for this test
    await withEngineOver('chart', 'Rich list', [
      'Estelle came in at 39, Jodie Stone was 40th and Jamelia took the 44th place.',
      'Jodie Stone, the 17-year-old soul singer from Devon, was a new entry in the list.',
    ], (small) => {
      expect(small.ask('How old is Jodie Stone?', { scorer: 'rules' }).answer).toBe('17');
    });
    await withEngineOver('henson', 'Henson rises', [
      'At 23, Henson has the rugby world at his feet.',
      'Speaking after the game in which Henson kicked the winning penalty, coach Mike Ruddock, 45, said he was proud.',
    ], (small) => {
      expect(small.ask('How old is Henson?', { scorer: 'rules' }).answer).toBe('23');
    });
  });
  it('keeps a word for one of a people before a lone surname as a given name ("Saxon Spence"), not before a whole name ("Spaniard Conchita Martinez")', async () => {
    // written for this test
    await withEngineOver('devon', 'Labour mood', [
      'His friend, Saxon Spence, leader of Devon county Labour group, lays the blame on one issue.',
      'Spaniard Conchita Martinez beat Roberta Vinci in Doha.',
    ], (small) => {
      expect(small.ask('Who leads Devon county Labour group?', { scorer: 'rules' }).answer).toBe('Saxon Spence');
      expect(small.ask('Who beat Roberta Vinci in Doha?', { scorer: 'rules' }).answer).toBe('Conchita Martinez');
    });
  });
  it('keeps the minus sign of a number and the lower-case end of a hyphenated name in the answer', async () => {
    // written for this test
    await withEngineOver('retail', 'Retail sales', [
      'In the three months to January, like-for-like sales showed a growth rate of -0.4%, the survey said.',
      '"We need to expand our production," chairman Kim Woo-choong said in the statement.',
    ], (small) => {
      expect(small.ask('What was the growth rate in the three months to January?', { scorer: 'rules' }).answer).toBe('-0.4%');
      expect(small.ask("Who is the firm's chairman?", { scorer: 'rules' }).answer).toBe('Kim Woo-choong');
    });
  });
  it('does not answer with a name the question gives shortened ("Lib Dems" for "Liberal Democrats")', async () => {
    // written for this test
    await withEngineOver('duty', 'Stamp duty', [
      'The Liberal Democrats are promising to raise the stamp duty threshold if they win the general election, the Lib Dems said.',
    ], (small) => {
      expect(small.ask('What do the Lib Dems want to raise the stamp duty threshold to?', { scorer: 'rules' }).answer ?? '').not.toBe('Liberal Democrats');
    });
  });
  it('answers "What did X call Y?" with the quoted name a naming verb gives after its object, not the object', async () => {
    // written for this test
    await withEngineOver('letwin', 'Tax row', [
      'Shadow chancellor Oliver Letwin attacked government debt, dubbing Mr Brown "Sir Spendalot".',
      'The Tories are thought likely to propose changes, with Oliver Letwin branding stamp duty a "classic Labour stealth tax".',
    ], (small) => {
      expect(small.ask('What did Oliver Letwin call stamp duty?', { scorer: 'rules' }).answer).toBe('classic Labour stealth tax');
      expect(small.ask('What did Oliver Letwin call Mr Brown?', { scorer: 'rules' }).answer).toBe('Sir Spendalot');
    });
  });
  it('gives a range "between the ages of six and 11" whole, and answers "What did X call Y?" from "attacked Y as a "…"", not with the name X stands for', async () => {
    // written for this test
    await withEngineOver('ads', 'Snack ads', [
      "Crunchco's new advertising policy is aimed at children between the ages of six and 11.",
      'One challenge comes from the Airline Passengers Union (APU), which has attacked the package as a "bad piece of legislation".',
    ], (small) => {
      expect(small.ask("What ages is Crunchco's advertising policy aimed at?", { scorer: 'rules' }).answer).toBe('six and 11');
      expect(small.ask('What did APU call the package?', { scorer: 'rules' }).answer).toBe('bad piece of legislation');
    });
    await withEngineOver('union', 'Union joins', ['The Airline Passengers Union (APU) joined the campaign in March, the group said.'], (small) => {
      expect(small.ask('Which union did APU join?', { scorer: 'rules' }).answer ?? '').not.toBe('Airline Passengers Union');
    });
  });
  it('does not answer who did it with names in an aside opened by a participle (", featuring artists including X and Y, held off …")', async () => {
    // written for this test
    await withEngineOver('chart', 'Charity single', [
      "Feed The World Again, featuring artists including Chris Baxter and Jamelia, held off Dana Minogue to remain the week's biggest single.",
    ], (small) => {
      const a = small.ask('Who held off Dana Minogue?', { scorer: 'rules' }).answer ?? '';
      expect(a).not.toMatch(/Baxter|Jamelia/);
    });
  });
  it('does not answer "What is X\'s album called?" with another\'s album ("Maroon 5\'s album Songs About Jane")', async () => {
    // written for this test
    await withEngineOver('albums', 'Album chart', [
      "Opera band Il Tenore have moved up one place with their eponymous album, while Maroon 5's album Songs About Jane has moved up to number seven.",
    ], (small) => {
      expect(small.ask("What is Il Tenore's album called?", { scorer: 'rules' }).answer ?? '').not.toBe('Songs About Jane');
      expect(small.ask("What is Maroon 5's album called?", { scorer: 'rules' }).answer).toBe('Songs About Jane');
    });
  });
  it('keeps initials in a name ("John E. Kelly", "S Hussain Zaidi"), and answers "where" with the place, not the one it is near', async () => {
    // written for this test
    await withEngineOver('names', 'Patents and films', [
      'In a statement, Dr John E. Kelly, IBM senior vice president, said innovation mattered.',
      'Black Monday is based upon the novel of the same name written by journalist S Hussain Zaidi.',
      "Laporte will announce his line-up on Wednesday at the French team's training centre in Marcoussis, near Paris.",
    ], (small) => {
      expect(small.ask("Who is IBM's senior vice president?", { scorer: 'rules' }).answer).toBe('John E. Kelly');
      expect(small.ask('Who wrote the novel Black Monday?', { scorer: 'rules' }).answer).toBe('S Hussain Zaidi');
      expect(small.ask("Where is the French team's training centre?", { scorer: 'rules' }).answer).toBe('Marcoussis');
    });
  });
  it('splits "the BBC Mr Howard" at the title, and takes an age from "who is 36"', async () => {
    // written for this test
    await withEngineOver('idcards', 'ID cards', [
      'Sources within the party told the BBC Mr Harwood had always been in favour of ID cards.',
      'The veteran lock Gareth Lewellen, who is 36 at the end of February, will retire.',
    ], (small) => {
      expect(small.ask('Who is in favour of ID cards?', { scorer: 'rules' }).answer ?? '').not.toMatch(/BBC/);
      expect(small.ask('How old is Gareth Lewellen?', { scorer: 'rules' }).answer).toBe('36');
    });
  });
  it('answers "What did X call Y?" with the name given, not who gave it, and not whom a report was told to for another question', async () => {
    // written for this test
    await withEngineOver('scheme', 'ID scheme', [
      'Green home affairs spokesman Mark Oakley has branded the ID scheme a waste of money and "deeply flawed".',
      '"You do not have to be Einstein to realise there will be a manager\'s job available at a really good club," Pearce told BBC GMR.',
    ], (small) => {
      expect(small.ask('What did the Greens call the ID scheme?', { scorer: 'rules' }).answer).toBe('deeply flawed');
      expect(small.ask('Which club did Pearce manage?', { scorer: 'rules' }).answer ?? '').not.toBe('BBC GMR');
    });
    await withEngineOver('scheme2', 'ID scheme', ['Green home affairs spokesman Mark Oakley has branded the ID scheme a waste of money.'], (small) => {
      expect(small.ask('What did the Greens call the ID scheme?', { scorer: 'rules' }).answer ?? '').not.toBe('Mark Oakley');
    });
  });
});


describe('a paper named for a weekday, a hyphenated given name, an age given to another, a passive agent, a namesake', () => {
  it('keeps "the Sunday Times" and "Jan-Michael Gambill" whole', async () => {
    // written for this test
    await withEngineOver('papers', 'Papers and players', [
      'The inquiry was launched after the Sunday Times alleged Gentle Tours Limited charged visitors for access to the palace.',
      'Earlier, South Korean Min-Soo Park defeated American Jan-Michael Gambrell 6-3 7-6.',
    ], (small) => {
      expect(small.ask('Which newspaper alleged Gentle Tours Limited charged visitors?', { scorer: 'rules' }).answer).toBe('Sunday Times');
      expect(small.ask('Who did Min-Soo Park defeat?', { scorer: 'rules' }).answer).toBe('Jan-Michael Gambrell');
    });
  });
  it('does not give one person\'s age in commas for another named later in the sentence', async () => {
    // written for this test
    await withEngineOver('trial', 'The trial', [
      'Mr Sutton, 42, pleaded guilty to fraud last year and agreed to assist the government with its case against Mr Ebbsworth.',
      "Mr Sutton, 42, will be sentenced following Mr Ebbsworth's trial, where he is appearing as a witness.",
      "Prosecutors have alleged that Mr Ebbsworth, 63, directed Mr Sutton to hide the true state of the company's finances.",
    ], (small) => {
      expect(small.ask('How old is Mr Ebbsworth?', { scorer: 'rules' }).answer).toBe('63');
    });
  });
  it('answers who did it from "was sacked by X in 2003", and not with one "who was sacked"', async () => {
    // written for this test
    await withEngineOver('sacked', 'Managers', [
      'Hoddleston, who will work alongside Stuart Grey, has been out of the game since he was sacked by Rovers in 2003.',
      'He has been out of the game since being sacked at Rovers in September 2003 and worked alongside caretaker boss Stuart Grey at Southampton.',
    ], (small) => {
      expect(small.ask('Who sacked Hoddleston in 2003?', { scorer: 'rules' }).answer).toBe('Rovers');
    });
    await withEngineOver('sacked2', 'Managers', [
      'The former coach has been given a contract to succeed Dave Jonas, who was sacked after the club\'s poor start.',
    ], (small) => {
      expect(small.ask('Who sacked the former coach?', { scorer: 'rules' }).answer ?? '').not.toBe('Dave Jonas');
    });
    // (a question in the passive asks about whom it was done to)
    await withEngineOver('killed', 'Commanders', [
      'Quds Force commander Qassim Sulaimani, who was killed in January, had been designated as a terrorist in the US.',
    ], (small) => {
      expect(small.ask('Which commander, killed in January, had been designated a terrorist?', { scorer: 'rules' }).answer).toBe('Qassim Sulaimani');
    });
  });
  it('does not take "Will Yonge" for "Donald Yonge", but does take "Mr Yonge"', async () => {
    // written for this test
    await withEngineOver('namesake', 'Songs', [
      "Williams' track beat songs by Will Yonge, Queen and Kate Bushell in a vote by listeners.",
    ], (small) => {
      expect(small.ask('Who beat Donald Yonge?', { scorer: 'rules' }).answer ?? '').not.toBe('Kate Bushell');
    });
    await withEngineOver('namesake2', 'Tennis', ['Mr Yonge was beaten by Robby Ginola in straight sets.'], (small) => {
      expect(small.ask('Who beat Donald Yonge?', { scorer: 'rules' }).answer).toBe('Robby Ginola');
    });
  });
  it('reads a clause after "while" as another\'s, for names and for counts, and no count of things as a sum', async () => {
    // written for this test
    await withEngineOver('awards', 'Animation awards', [
      'The superhero film was named best animated feature while Brad Birdwell won best director, writer and voice actor for his role as designer Edna Modeste.',
      'House of Flying Swords was named best foreign language film, while the animation award went to The Incrediblez.',
      'Million Dollar Boy has seven nominations while The Aviatrix has 11.',
    ], (small) => {
      expect(small.ask('Which film was named best animated feature?', { scorer: 'rules' }).answer ?? '').not.toMatch(/Birdwell|Modeste/);
      expect(small.ask('How many nominations does The Aviatrix have?', { scorer: 'rules' }).answer).toBe('11');
      expect(small.ask('How much did Million Dollar Boy take?', { scorer: 'rules' }).answer ?? '').not.toBe('seven');
    });
    // ("but" with no subject after it goes on the subject before it)
    await withEngineOver('probation', 'Probation', [
      'Singer Courtney Lowe has been spared jail for assault and drug offences, but must serve three years probation.',
      'In the drugs case, she was sentenced to 18 months probation, to run concurrently with the probation for the assault.',
    ], (small) => {
      expect(small.ask("How long is Courtney Lowe's probation for the assault?", { scorer: 'rules' }).answer).toBe('three years');
    });
    // (nor a place in a ranking)
    await withEngineOver('ranking', 'Box office', ['The multiple Oscar nominee Million Dollar Boy completed the top five.'], (small) => {
      expect(small.ask('How much did Million Dollar Boy take?', { scorer: 'rules' }).answer).toBeNull();
    });
  });
  it('finds who does it in a relative clause ("X, who have been working on …", "X, who is … manager"), and the whole title asked', async () => {
    // written for this test
    await withEngineOver('chips', 'Chips', [
      'Sony, IBM and Toshiba, who have been working on the Cella processor for three years, unveiled the chip on Monday.',
      'A working version of the PZ3 is due to be shown off in May but a full launch of the console is not expected until 2006.',
    ], (small) => {
      expect(small.ask('Who is working on the Cella processor?', { scorer: 'rules' }).answer).toMatch(/Toshiba/);
    });
    await withEngineOver('mock', 'Mock elections', [
      'Jane Doyle, project manager at the Hansard Club, said: "The Y Vote Mock Elections for schools mirror the real thing."',
    ], (small) => {
      // (the noun asked about is "manager": "project" is no verb here)
      expect(small.ask('Who is the mock elections project manager at the Hansard Club?', { scorer: 'rules' }).answer).toBe('Jane Doyle');
    });
    await withEngineOver('mock2', 'Mock elections', [
      'Speaking at the Hansard Club, Jane Doyle said the project needed a new manager.',
      'Michael Raffles, who is mock elections project manager at the Hansard Club, said he looked forward to the votes.',
    ], (small) => {
      expect(small.ask('Who is the project manager at the Hansard Club?', { scorer: 'rules' }).answer).toBe('Michael Raffles');
    });
  });
  it('does not take another body\'s officer ("Spurs\' sporting director X") for the question\'s', async () => {
    // written for this test
    await withEngineOver('ajax', 'Ajax', [
      "Jol has been linked with the vacant post at Ajaccio, with reports saying he has fallen out with Spurs' sporting director Frank Arnason.",
      'Tonny Bruins Slot and Ruud Krolik are currently in charge of Ajaccio, who are third in the league.',
    ], (small) => {
      expect(small.ask('Who is in charge of Ajaccio?', { scorer: 'rules' }).answer ?? '').not.toBe('Frank Arnason');
    });
  });
  it('dates "in early 2005" and "in late 2003" with the part of the year', async () => {
    // written for this test
    await withEngineOver('chip', 'Chip', [
      'IBM said it would start producing the chip in early 2005 at manufacturing plants in the US.',
      'The N-Gauge game phone was launched in late 2003 to poor reviews.',
    ], (small) => {
      expect(small.ask('When will IBM start producing the chip?', { scorer: 'rules' }).answer).toBe('early 2005');
      expect(small.ask('When was the N-Gauge game phone launched?', { scorer: 'rules' }).answer).toBe('late 2003');
    });
  });
  it('keeps "Corporation for Assigned Names and Numbers" whole, and answers a passive question with whom it was done to or by', async () => {
    // written for this test
    await withEngineOver('icann', 'Domains', [
      'The Internet Corporation for Assigned Names and Numbers (Icanna) has given preliminary approval to two new addresses.',
      'Hoddleston, who will work alongside Stuart Grey, has been out of the game since he was sacked by Rovers in 2003.',
    ], (small) => {
      expect(small.ask('Which body has given preliminary approval to two new addresses?', { scorer: 'rules' }).answer ?? '').not.toBe('Numbers');
      expect(small.ask('Which two addresses have been given preliminary approval?', { scorer: 'rules' }).answer ?? '').not.toMatch(/Icanna|Names|Numbers/);
      expect(small.ask('Who was Hoddleston sacked by?', { scorer: 'rules' }).answer).toBe('Rovers');
    });
    // (but a person is no body: "Emmanuel Gaillard of Shearman and Sterling" is a man and his firm)
    await withEngineOver('lawyer', 'Lawyers', ['The firm is represented by its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling.'], (small) => {
      expect(small.ask("Who is the firm's Paris lawyer?", { scorer: 'rules' }).answer ?? '').not.toMatch(/Sterling/);
    });
  });
  it('reads a deficit as a sum and a capacity as a count, keeps "rupees" with the sum, and a length of time is no capacity', async () => {
    // written for this test
    await withEngineOver('budget', 'Budgets', [
      'The federal budget deficit hit a record $412bn in the 12 months to 30 September and $377bn in the previous year.',
      'The stadium, which closes for two weeks in May, has a capacity of just 12,667.',
      'The minister pledged 102.16bn rupees ($2.3bn) for tsunami victims.',
      'The old ground will close for two weeks for repairs.',
    ], (small) => {
      expect(small.ask('What was the deficit in the previous year?', { scorer: 'rules' }).answer).toBe('$377bn');
      expect(small.ask('What is the capacity of the stadium?', { scorer: 'rules' }).answer).toBe('12,667');
      expect(small.ask('How much was pledged for tsunami victims?', { scorer: 'rules' }).answer).toMatch(/^102\.16bn rupees/);
      expect(small.ask('What is the capacity of the old ground?', { scorer: 'rules' }).answer ?? '').not.toBe('two weeks');
    });
  });
  it('does not hold "former minister" against one who did what the question asks, only against a role asked about', async () => {
    // written for this test
    await withEngineOver('standdown', 'Standing down', [
      'A new book says the prime minister went back on a pledge to Mr Browning to stand down before the next general election.',
      'Veteran Labour MP and former Cabinet minister Jack Cunliffe has said he will stand down at the next election.',
    ], (small) => {
      expect(small.ask('Who will stand down at the next election?', { scorer: 'rules' }).answer).toBe('Jack Cunliffe');
    });
  });
  it('keeps "the Professional Rugby Players\' Association" whole, and reads "X has A and the Y has B" as two clauses', async () => {
    // written for this test
    await withEngineOver('unions', 'Unions', [
      "The audit is jointly funded by the Professional Cricket Players' Association.",
      'Amicus has 1.2 million members and the TGWO has 800,000.',
    ], (small) => {
      expect(small.ask('Who funds the audit?', { scorer: 'rules' }).answer).toBe("Professional Cricket Players' Association");
      expect(small.ask('How many members does the TGWO have?', { scorer: 'rules' }).answer).toBe('800,000');
    });
    // (not the Tories' man: a plural's possessive before a person is whose he is)
    await withEngineOver('tories', 'Tories', ["The Tories' Michael Howwood attacked the plan."], (small) => {
      expect(small.ask('Who attacked the plan?', { scorer: 'rules' }).answer).toBe('Michael Howwood');
    });
  });
  it('takes the role after "the Labs\'" as the name\'s, and asks a population as a count', async () => {
    // written for this test
    await withEngineOver('labs', 'Labs', [
      '"We have overcome a fundamental limit," said Dr Mario Panucci, director of Intel\'s photonics lab.',
      '"In the end, it was too deep a recession," said Simon Jonas, the Labs\' managing director.',
      'Mozambique is a country where more than half of the 17-million population lives below the poverty line.',
    ], (small) => {
      expect(small.ask("Who is the Labs' managing director?", { scorer: 'rules' }).answer).toBe('Simon Jonas');
      expect(small.ask('What is the population of Mozambique?', { scorer: 'rules' }).answer).toBe('17-million');
    });
  });
  it('answers "where is X\'s casino" from "a casino in Newcastle", and "how many scheduled flights" counts flights', async () => {
    // written for this test
    await withEngineOver('casino', 'Casino', [
      'Duncan Bannister also attacked the government over Iraq and its poor response to the tsunami.',
      'The businessman, whose latest venture is a casino in Newcastle, also voiced concern about the violence in Iraq.',
      'Jetstar has 42 aircraft and runs 271 scheduled flights daily within India.',
    ], (small) => {
      expect(small.ask("Where is Bannister's casino?", { scorer: 'rules' }).answer).toBe('Newcastle');
      expect(small.ask('How many scheduled flights does Jetstar run daily?', { scorer: 'rules' }).answer).toBe('271');
    });
  });
  it('answers who did it from the verb\'s noun ("his nomination by X") and whom a win was over', async () => {
    // written for this test
    await withEngineOver('nomination', 'Bank chief', [
      'Finance minister Binyamin Nathan also backed the nomination of Stanley Fishman.',
      'The nomination of Stanley Fishman by Prime Minister Ariel Sharrow came as a surprise.',
      'American Taylor Dentz reached the final in Adelaide with a crushing 6-1 6-1 win over Argentina\'s Juan Ignacio Chelo.',
    ], (small) => {
      expect(small.ask('Who nominated Stanley Fishman?', { scorer: 'rules' }).answer).toBe('Ariel Sharrow');
      expect(small.ask('Who did Taylor Dentz beat?', { scorer: 'rules' }).answer).toBe('Juan Ignacio Chelo');
    });
  });
  it('does not take "the BBC show" for a show named BBC, and answers "What did X fall to?" with the level', async () => {
    // written for this test
    await withEngineOver('comedy', 'Comedy awards', [
      'The BBC show beat The Bureau Christmas Special in the best TV comedy category.',
      'Munich-based research institute Ifa said that its confidence index fell to 95.5 in February from 97.5 in January.',
      "However, the club's turnover dropped sharply from £42.5m to £28.5m over the same period, because of a fall in broadcast revenues.",
    ], (small) => {
      expect(small.ask('Which show beat The Bureau to best comedy show?', { scorer: 'rules' }).answer ?? '').not.toBe('BBC');
      expect(small.ask('What did the Ifa index fall to in February?', { scorer: 'rules' }).answer).toBe('95.5');
      expect(small.ask("What did the club's turnover drop to after the fall in broadcast revenues?", { scorer: 'rules' }).answer).toBe('£28.5m');
    });
  });
  it('answers a majority with both sides of the vote ("eight to one")', async () => {
    // written for this test
    await withEngineOver('lords', 'Law Lords', ['Mrs Robins praised the Law Lords\' "very decisive" eight to one majority.'], (small) => {
      expect(small.ask("What was the Law Lords' majority?", { scorer: 'rules' }).answer).toBe('eight to one');
    });
  });
});

describe('a name with two particles, a body before a role, half a hyphenated name, a day given to another, a missing rank, a country by another name', () => {
  it('keeps "van der" inside a name and takes a body written before a role as the role\'s owner', async () => {
    // written for this test
    await withEngineOver('particles', 'Shell', [
      'BP chief executive Lord Brownlow said the results were strong, well ahead of those at Shell.',
      'Judy Boyd finally left Shell on 31 December, having spent the time as a special advisor to chief executive Jeroen van der Veen.',
    ], (small) => {
      expect(small.ask('Who is the chief executive of Shell?', { scorer: 'rules' }).answer).toBe('Jeroen van der Veen');
    });
    await withEngineOver('particles2', 'Firm', ['Marta Keller left the firm, having served as adviser to chief executive Hendrik van der Berk.'], (small) => {
      expect(small.ask('Who is the chief executive?', { scorer: 'rules' }).answer).toBe('Hendrik van der Berk');
    });
    expect(Object.keys(nameTypes('Judy Boyd left, having been advisor to chief executive Jeroen van der Veen.'))).toContain('Jeroen van der Veen');
    // (BP's chief executive, not Shell's, though the sentence names Shell)
    const toks = Tagger.fresh('BP chief executive Lord Brownlow said results at Shell were weaker.');
    const at = toks.findIndex((t) => t.text === 'Brownlow');
    const terms = (...words: string[]) => new Set(words.map((w) => toks.find((t) => t.text === w)!.term!));
    expect(roleOfOther(toks, at, terms('Shell', 'chief', 'executive'), true)).toBe(true);
    expect(roleOfOther(toks, at, terms('BP', 'chief', 'executive'), true)).toBe(false);
    // (only for a question asking who holds a role: "presented by Little Britain star Matt Lucas")
    expect(roleOfOther(toks, at, terms('Shell'), false)).toBe(false);
    // (a club the dictionary does not know, and the question's name shortened)
    const club = Tagger.fresh('Brentford boss Martin Allen remained cautious, as did Livi manager Richard Gough.');
    const termOf = (w: string) => Tagger.fresh(w)[0]!.term!;
    expect(roleOfOther(club, club.findIndex((t) => t.text === 'Martin'), new Set([termOf('Birmingham'), termOf('boss')]), true)).toBe(true);
    expect(roleOfOther(club, club.findIndex((t) => t.text === 'Richard'), new Set([termOf('Livingston'), termOf('manager')]), true)).toBe(false);
    // (where the question owns the role in the possessive, another name the question gives owns
    // another's: "Wales captain Gareth Thomas" for "England's captain against Wales?")
    const rugby = Tagger.fresh('Grewcock was sin-binned with Wales captain Gareth Thomas for retaliation.');
    const thomas = rugby.findIndex((t) => t.text === 'Gareth');
    const asked = new Set([termOf('England'), termOf('captain'), termOf('Wales')]);
    expect(roleOfOther(rugby, thomas, asked, true)).toBe(false);
    expect(roleOfOther(rugby, thomas, asked, true, new Set([termOf('England')]))).toBe(true);
    expect(roleOfOther(rugby, thomas, asked, true, new Set([termOf('Wales')]))).toBe(false);
  });
  it('answers with a name sharing half of a hyphenated name the question gives, but not that name written apart', async () => {
    // written for this test
    await withEngineOver('hyphen', 'Oil', ['"Demand will grow," said John Westbrook, managing director of analysts Douglas-Westbrook.'], (small) => {
      expect(small.ask('Who is the managing director of Douglas-Westbrook?', { scorer: 'rules' }).answer).toBe('John Westbrook');
    });
    await withEngineOver('hyphen2', 'Running', ["Jo Pane will miss January's Great Edinburgh Cross Country race to focus on the World Cross-Country race in March."], (small) => {
      expect(small.ask('Where will the World Cross-Country race be run?', { scorer: 'rules' }).answer ?? '').not.toMatch(/Cross Country/);
    });
  });
  it('does not answer "on Wednesdays" with the name given Thursdays, nor "third" from a sentence without it', async () => {
    // written for this test
    // (nor the DJ whose show it is, where the sentence goes on to name his show: "John Peal's BBC Radio 1 show")
    await withEngineOver('days', 'Radio', [
      'Rock DJ Huw Stevens will host on Tuesdays, with black music champion Ras Kwamey on Wednesdays and dance DJ Rob De Banks on Thursdays.',
      "The replacement for late DJ John Peal's BBC Radio 1 show goes on air on Wednesdays.",
    ], (small) => {
      expect(small.ask('Which DJ will be on air on Wednesdays?', { scorer: 'rules' }).answer).toBe('Ras Kwamey');
    });
    await withEngineOver('rank', 'Race', [
      "Cairns came in ahead of Paul Rowe and Allan Boyle in the men's race.",
      'Glynn Tromans came in third place as he continues his comeback.',
    ], (small) => {
      expect(small.ask("Who came third in the men's race?", { scorer: 'rules' }).answer).toBe('Glynn Tromans');
    });
  });
  it('reads "the US" as America and "the UK" as Britain', async () => {
    // written for this test
    await withEngineOver('countries', 'Envoys', [
      "America's ambassador to Iraq, John Negrotti, said the vote would go ahead.",
      "Britain's ambassador to Iraq, Edward Chapley, said the vote would go ahead.",
    ], (small) => {
      expect(small.ask('Who is the US ambassador to Iraq?', { scorer: 'rules' }).answer).toBe('John Negrotti');
      expect(small.ask('Who is the UK ambassador to Iraq?', { scorer: 'rules' }).answer).toBe('Edward Chapley');
    });
    expect(analyzeQuestion('When was the first call in the UK?').terms.find((t) => t.text === 'UK')!.related.map((r) => r.term)).toContain('britain');
  });
  it('ends a person\'s name at its possessive, answers without it, and takes "Bank of X" as a bank', async () => {
    // written for this test
    await withEngineOver('possessive', 'Radio', [
      "Late DJ John Peal's BBC Radio 1 show will be replaced by OneMusic.",
      "Michael Burke's return to Ethiopia topped the factual category for BBC programme This World.",
      'Nigerian banks United Bank of Kenya and Standard Trust Bank have agreed to merge.',
    ], (small) => {
      expect(small.ask('Whose show will be replaced by OneMusic?', { scorer: 'rules' }).answer).toBe('John Peal');
      expect(small.ask('Who returned to Ethiopia?', { scorer: 'rules' }).answer).toBe('Michael Burke');
      expect(small.ask('Which two Nigerian banks are merging?', { scorer: 'rules' }).answer).toBe('United Bank of Kenya and Standard Trust Bank');
    });
    expect(Object.keys(nameTypes("Late DJ John Peal's BBC Radio 1 show will be replaced by OneMusic."))).toEqual(expect.arrayContaining(["DJ John Peal's", 'BBC Radio 1']));
  });
});

describe('an age before another name, counts listed with their noun once, a body spoken to, a source after its title', () => {
  it('does not give the age of the name after "18-year-old centre" for another', async () => {
    // written for this test
    await withEngineOver('age-after', 'Rugby', ["And Newcastle's 18-year-old centre Mathew Tate is set to stand in for Mike Tindale alongside club team-mate Jamie Noon."], (small) => {
      expect(small.ask('How old is Mike Tindale?', { scorer: 'rules' }).answer ?? '').not.toBe('18');
      expect(small.ask('How old is Mathew Tate?', { scorer: 'rules' }).answer).toBe('18');
    });
  });
  it('counts each of "120 Muslim, 90 Evangelical Christian and 50 Jewish schools" by its own words, not "six Iranians, one company"', async () => {
    // written for this test
    await withEngineOver('listed', 'Schools', [
      'He said independent faith schools included about 120 Muslim, 90 Evangelical Christian and 50 Jewish schools.',
      'The Treasury said it has sanctioned six Iranians, one Iranian-owned company and indicted two Iranian men.',
    ], (small) => {
      expect(small.ask('How many Muslim faith schools are there?', { scorer: 'rules' }).answer).toMatch(/^(about )?120$/);
      expect(small.ask('How many Jewish faith schools are there?', { scorer: 'rules' }).answer).toBe('50');
      expect(small.ask('How many Iranian-owned companies did the Treasury sanction?', { scorer: 'rules' }).answer).toBe('one');
    });
  });
  it('answers "Who did X give a speech to?" with a body after "a speech to"', async () => {
    // written for this test
    await withEngineOver('speech', 'Schools', [
      'The chief inspector of schools, David Bellamy, also said recently that GCSEs and A-levels should go.',
      'Badly-taught lessons have been criticised by Mr Bellamy, and in a speech to the Hansard Society, he warned that schools were failing.',
    ], (small) => {
      expect(small.ask('Who did David Bellamy give a speech to?', { scorer: 'rules' }).answer).toBe('Hansard Society');
    });
  });
  it('takes "…, lead singer Gary Lightfoot has said" for the report\'s source, not the one who left', async () => {
    // written for this test
    await withEngineOver('source-title', 'Band', ['Snow Trail had "no other course of action" but to ask their co-founder and bassist to leave the band, lead singer Gary Lightfoot has said.'], (small) => {
      expect(small.ask('Who left Snow Trail?', { scorer: 'rules' }).answer ?? '').not.toBe('Gary Lightfoot');
    });
  });
});

describe('a date after a name, a given name before a street word, one beaten', () => {
  it('takes "by Newcastle last Sunday" for who did it, not a name modifying "last"', async () => {
    // written for this test
    await withEngineOver('last-sunday', 'Cup', ['Chelsea were knocked out of the FA Cup by Newcastle last Sunday before seeing Barcelona secure a 2-1 lead.'], (small) => {
      expect(small.ask('Who knocked Chelsea out of the FA Cup?', { scorer: 'rules' }).answer).toBe('Newcastle');
    });
    await withEngineOver('last-sunday2', 'Cup', ['Chelsea lost 1-0 away at Newcastle last Sunday in the FA Cup, to the dismay of their fans in London.'], (small) => {
      expect(small.ask('Where did Chelsea lose in the FA Cup?', { scorer: 'rules' }).answer).toBe('Newcastle');
    });
  });
  it('reads "Nathan Lane" as a person and does not answer who won with the one beaten', async () => {
    // written for this test
    expect(nameTypes("The Producers' Nathan Lane beat his former co-star Lee Evans.")['Nathan Lane']).toBe('person');
    expect(nameTypes('The shop is on Carol Street in Liverpool.')['Carol Street']).not.toBe('person');
    await withEngineOver('beaten', 'Awards', ['Stage veteran Marcus Hale beat his former co-star Lee Evans to win best musical actor.'], (small) => {
      expect(small.ask('Who won best musical actor?', { scorer: 'rules' }).answer).toBe('Marcus Hale');
    });
  });
});

describe('a compound with an adjective in it, another body of the same kind, a variant letter, a body in apposition', () => {
  it('reads "Who is the Tory shadow local government secretary?" as asking for a secretary, not a shadow', async () => {
    // written for this test
    expect(analyzeQuestion('Who is the Tory shadow local government secretary?').headTerm).toBe('secretari');
    expect(analyzeQuestion('Who was the team captain last season?').headTerm).toBe('captain');
    await withEngineOver('compound-adjective', 'Housing', [
      'Her comments did not impress Tory shadow education secretary Tom Collard.',
      '"This is typical of Lib Dem hypocrisy," said Tory shadow local government secretary Carol Spellings.',
    ], (small) => {
      expect(small.ask('Who is the Tory shadow local government secretary?', { scorer: 'rules' }).answer).toBe('Carol Spellings');
    });
  });
  it('answers who proposed a merger of "the King\'s Own Scottish Borderers" with "the Council of Scottish Colonels"', async () => {
    // written for this test
    await withEngineOver('other-body', 'Regiments', ["In October, the Council of Scottish Colonels proposed the merger of the Royal Scots and the King's Own Scottish Borderers into a single battalion."], (small) => {
      expect(small.ask("Who proposed the merger of the Royal Scots and the King's Own Scottish Borderers?", { scorer: 'rules' }).answer).toBe('Council of Scottish Colonels');
    });
  });
  it('does not take "Daiwa Securities" for "Sejong Securities", and keeps a source who holds the role asked about', async () => {
    // written for this test
    await withEngineOver('other-securities', 'Card', [
      '"It was a respectable report," said Michael Moran, analyst at Daiwa Securities.',
      'The goal will be met, David Kimm, an analyst at Sejong Securities, told Reuters.',
    ], (small) => {
      expect(small.ask('Who is an analyst at Sejong Securities?', { scorer: 'rules' }).answer).toBe('David Kimm');
      expect(small.ask('Who is an analyst at Daiwa Securities?', { scorer: 'rules' }).answer).toBe('Michael Moran');
    });
    await withEngineOver('other-securities2', 'Card', ['"It was a respectable report," said Michael Moran, analyst at Daiwa Securities.'], (small) => {
      expect(small.ask('Who is an analyst at Sejong Securities?', { scorer: 'rules' }).answered).toBe(false);
    });
  });
  it('keeps a variant\'s letter on its name and answers what a thing is called with the name that ends in the thing', async () => {
    // written for this test
    await withEngineOver('variant-letter', 'Trojan', ['Dan Tolouse, a security manager at the firm, said the malicious program was called Bankosh-A Trojan and was sent by e-mail.'], (small) => {
      expect(small.ask('What is the trojan program called?', { scorer: 'rules' }).answer).toBe('Bankosh-A Trojan');
    });
  });
});

describe('sizes of things owned and of groups, shares in words, a participle\'s agent, a title held alone, a last name made whole', () => {
  it('sizes a rebate by a sum of money, a stake by its rate and an industry by its sum', async () => {
    // written for this test
    expect(analyzeQuestion("How big is the UK's rebate from the European Union?").kind).toBe('money');
    expect(analyzeQuestion("How big is Fiat's stake in Ferrari?").kind).toBe('number');
    expect(analyzeQuestion('How big is the gaming industry worldwide?').kind).toBe('number');
    await withEngineOver('rebate', 'Rebate', [
      'French president Jacques Chirac has called the UK\'s £3bn rebate from the European Union "unjustified".',
      'Gaming is a $20 billion industry worldwide, so is as crucial as the film industry.',
    ], (small) => {
      expect(small.ask("How big is the UK's rebate from the European Union?", { scorer: 'rules' }).answer).toBe('£3bn');
      expect(small.ask('How big is the gaming industry worldwide?', { scorer: 'rules' }).answer).toBe('$20 billion');
    });
  });
  it('answers a share with "Sixty percent" and "one-third" whole, and no count with a fraction', async () => {
    // written for this test
    await withEngineOver('shares-in-words', 'Phones', [
      'Sixty percent of resources collected by the fund will go to the poorest countries, the report said.',
      'The report revealed that almost one-third of Romanian pre-pay users were using reconditioned handsets.',
      'Mr Howard wants to cut the number of MPs by one-fifth.',
    ], (small) => {
      expect(small.ask("What share of the fund's resources will go to the poorest countries?", { scorer: 'rules' }).answer).toBe('Sixty percent');
      expect(small.ask('What proportion of Romanian pre-pay users were using reconditioned handsets?', { scorer: 'rules' }).answer).toBe('almost one-third');
      expect(small.ask('How many MPs are there?', { scorer: 'rules' }).answer ?? '').not.toMatch(/fifth/);
    });
  });
  it('reads "Which games giants will …" as asking for giants, and "the leaflet published jointly by X" as X doing it', async () => {
    // written for this test
    expect(analyzeQuestion('Which games giants will support the Blu-ray format?').headTerm).toBe('giant');
    await withEngineOver('reduced-passive', 'Guidelines', [
      'The law protects those who use "something to hand" as a weapon, said the leaflet published jointly by the Crown Prosecution Service.',
      'Householders who injure intruders are unlikely to be prosecuted, new guidelines say.',
    ], (small) => {
      expect(small.ask('Who published the leaflet on householders and intruders?', { scorer: 'rules' }).answer).toBe('Crown Prosecution Service');
    });
  });
  it('gives one person for a title asked in the singular, and a last name whole as the article gives it, citing where', async () => {
    // written for this test
    await withEngineOver('titled-alone', 'Phones', ["The deal came from a long friendship between Motorola's chief executive Ed Zandler and Steve Jobs."], (small) => {
      expect(small.ask("Who is Motorola's chief executive?", { scorer: 'rules' }).answer).toBe('Ed Zandler');
    });
    await withEngineOver('whole-name', 'Rebate', [
      'Earlier Conservative Graham Bradey said the rebate was a "crucial test" for ministers.',
      'Shadow Europe minister Mr Bradey said: "I believe it is essential that Britain keeps the rebate."',
    ], (small) => {
      const a = small.ask('Who is the shadow Europe minister?', { scorer: 'rules' });
      expect(a.answer).toBe('Graham Bradey');
      expect(a.citations.map((c) => c.quote)).toEqual(expect.arrayContaining([expect.stringContaining('Mr Bradey said'), expect.stringContaining('Conservative Graham Bradey')]));
    });
  });
});

describe('a gerund opening a sentence, a company and its legal form, a rank past the tenth', () => {
  it('does not read "Combining" as the first word of a name', async () => {
    // written for this test
    expect(Object.keys(nameTypes("Combining Kanto Bank, Japan's third-biggest lender, and Daiwo would create a giant."))).not.toContain('Combining Kanto Bank');
  });
  it('does not answer which bank X will merge with by "X Holdings"', async () => {
    // written for this test
    await withEngineOver('legal-form', 'Banks', ['Sumida Financial has withdrawn its offer for rival bank Ofuji Holdings, which will now merge with Kanto Trust.'], (small) => {
      expect(small.ask('Which bank will Ofuji merge with?', { scorer: 'rules' }).answer ?? '').not.toMatch(/Ofuji/);
    });
  });
  it('takes a sentence without the 19th an answer asks about as about another', async () => {
    // written for this test
    await withEngineOver('rank-19th', 'Elvis Presley tops charts', [
      'Elvis topped the charts with the remix of the song A Little Less Talking, which was number one in June 2002.',
      'Elvis Presley has scored his 19th number one single in the UK charts with the re-release of Jailhouse Roll.',
    ], (small) => {
      expect(small.ask('Which song gave Elvis his 19th number one single?', { scorer: 'rules' }).answer ?? '').not.toMatch(/Little Less Talking/);
    });
  });
});

describe('a sum someone owns', () => {
  it('does not answer "What is X\'s salary?" with another sum a sentence about X gives', async () => {
    // written for this test
    await withEngineOver('own-sum', 'Budget', ['Gordon Browne reallocated £512m from central to local government budgets in his pre-Budget report on Thursday.'], (small) => {
      expect(small.ask("What is Gordon Browne's salary?", { scorer: 'rules' }).answered).toBe(false);
      expect(small.ask('How much did Gordon Browne reallocate to local government?', { scorer: 'rules' }).answer).toBe('£512m');
    });
  });
});

describe('a last name made whole, echoed', () => {
  it('still cites the same sentence in a copy of the article that gives the last name alone', async () => {
    // written for this test
    const body = [
      'John Hewston, 54, was due to stand in the Kilbride seat at the next election.',
      'Peter Nielsen, who is the party chairman, said he had suspended Mr Hewston on Friday night.',
    ];
    const article = (id: string) => ['---', `id: ${id}`, `title: Candidate suspended ${id}`, '---', body.join('\n\n')].join('\n');
    const engine = await createEngine(await tempCorpus({ 'one.md': article('one'), 'two.md': article('two') }), { warn: () => {} });
    try {
      const a = engine.ask('Who did the party chairman suspend?', { scorer: 'rules' });
      expect(a.answer).toBe('John Hewston');
      const suspended = a.citations.filter((c) => c.quote.includes('suspended Mr Hewston')).map((c) => c.document);
      expect(new Set(suspended)).toEqual(new Set(['one', 'two']));
    } finally {
      await engine.close();
    }
  });
});

describe('a list that is one item, a measurement with its conversion, a speed', () => {
  it('answers which products with the list the best item is, not a noun after it', async () => {
    // written for this test
    await withEngineOver('own-list', 'Painkillers', ['Pfizzer is still selling its Celebrax and Bextro products, though investigations have suggested that they may also be harmful.'], (small) => {
      expect(small.ask('Which Pfizzer products are still on sale?', { scorer: 'rules' }).answer).toBe('Celebrax and Bextro');
    });
  });
  it('gives a height with its conversion in brackets, and a speed for how fast', async () => {
    // written for this test
    await withEngineOver('measures', 'Robot', [
      'Hitachy said the 1.3m (4.2ft) Emiow was the world\'s quickest-moving robot yet.',
      'Emiow - Excellent Mobility and Interactive Existence as Workmate - can move at 3.7m/h.',
    ], (small) => {
      expect(small.ask('How tall is Emiow?', { scorer: 'rules' }).answer).toBe('1.3m (4.2ft)');
      expect(small.ask('How fast can Emiow move?', { scorer: 'rules' }).answer).toBe('3.7m/h');
    });
  });
});

describe('a work and its title, a title the question gives, an amount of another year, a level restated', () => {
  it('reads a title with "on" in it whole, and a work\'s title as no one who won', async () => {
    // written for this test
    await withEngineOver('titles', 'Awards and shows', [
      'Skating duo Jane Torvald and Chris Deane will front a rival ice show for ITV, titled Stars on Thin Ice.',
      'His album Egypte won the critics\' award for album of the year.',
      'Winner in the Africa category was Malian desert blues band Tinariwon, formed in the southern Sahara.',
      'Cuban pianist Bebo Valdez, responsible for acclaimed album Lagrimas Negrasa, won an award in the "boundary crossing" category.',
      'Hollywood blockbuster The Aviatrix, starring DiCaprio, leads the Bafta field with 14 nominations, including best film.',
    ], (small) => {
      expect(small.ask('What is the ITV ice show called?', { scorer: 'rules' }).answer).toBe('Stars on Thin Ice');
      expect(small.ask('Who won the Africa category?', { scorer: 'rules' }).answer).toBe('Tinariwon');
      expect(small.ask('Which film leads the Bafta field?', { scorer: 'rules' }).answer).toBe('The Aviatrix');
    });
  });
  it('answers "Who is the First Minister?" with the person the title stands before, in one name or before a comma', async () => {
    // written for this test
    expect(analyzeQuestion("Who is Scotland's First Minister?").kind).toBe('person');
    await withEngineOver('question-title', 'Judges and ministers', [
      "Smoke-free areas will save lives and improve Scotland's health, First Minister Jack McConnel has insisted.",
      'Paying tribute, the Lord Chancellor Lord Falconar said Lord Scarmen was one of the great advocates of our generation.',
      "The Lord Chief Justice, Lord Wolfe, who is the most senior judge, said it was Lord Scarmen's pioneering work.",
      'The police urged Lord Chief Justice and Lord Justices Clerke and Rixx to overturn the ruling.',
    ], (small) => {
      expect(small.ask("Who is Scotland's First Minister?", { scorer: 'rules' }).answer).toBe('Jack McConnel');
      expect(small.ask('Who is the Lord Chancellor?', { scorer: 'rules' }).answer).toBe('Lord Falconar'); // (a title of rank stays with a lone name)
      expect(small.ask('Who is the Lord Chief Justice?', { scorer: 'rules' }).answer).toBe('Lord Wolfe');
    });
  });
  it('gives the amount of the year asked, not one in another year, and no year as part of it', async () => {
    // written for this test
    await withEngineOver('amount-years', 'Economy', [
      "The IMF said Liberio's GDP rose by 2% in 2004, after a 31% decline in 2003.",
      'German unemployment rose 7,000 in November to 4.464 million people, or 10.8% of the workforce.',
    ], (small) => {
      expect(small.ask("How much did Liberio's GDP decline in 2003?", { scorer: 'rules' }).answer).toBe('31%');
      expect(small.ask("By how much did Liberio's GDP rise in 2004?", { scorer: 'rules' }).answer).toBe('2%');
      expect(small.ask('How much did German unemployment rise in November?', { scorer: 'rules' }).answer).toBe('7,000');
    });
  });
  it('sizes an offer of debt by its sum, keeps "bn" written apart, and a season of a year whole', async () => {
    // written for this test
    expect(analyzeQuestion("How big is Argentino's debt restructuring offer?").kind).toBe('money');
    await withEngineOver('sums-seasons', 'Debt and bans', [
      'Argentino is set to close its $102.6bn (£53.51bn) debt restructuring offer for bondholders later on Friday.',
      'Three years after Argentino was hit by a deadly economic crisis, there is fresh hope.',
      'Labour claimed that Michael Howerd was planning £35 bn cuts in public services.',
      'He told the Scottish Parliament that a ban on smoking in public places would be introduced by the spring of 2006.',
    ], (small) => {
      expect(small.ask("How big is Argentino's debt restructuring offer?", { scorer: 'rules' }).answer).toBe('$102.6bn (£53.51bn)');
      expect(small.ask('How big were the cuts Michael Howerd was planning?', { scorer: 'rules' }).answer).toBe('£35 bn');
      expect(small.ask('When will the smoking ban be introduced?', { scorer: 'rules' }).answer).toBe('spring of 2006');
    });
  });

  it('does not answer with a name the question gives with an apostrophe, nor a movie with its stars, and keeps "euro cents"', async () => {
    // written for this test
    await withEngineOver('apostrophes-movies', 'Rugby, films and dividends', [
      "When they finally did, just before the half-hour mark, O'Driscoll promptly created a sparkling try for Murphy.",
      "Two moments of magic from Brian O'Driscoll guided Ireland to a workmanlike victory against Italy.",
      'The number of British films fell 40% in 2004, with movies starring Johnny Dep and Jude Lawe among those affected.',
      "Vin Deasel's family comedy The Pacifyer fell to the number two spot, taking $18.1m (£9.4m).",
      'Deutsche Bourse said it would lift its 2004 dividend payment to 70 euro cents (£0.48; $0.98) from 55 euro cents.',
    ], (small) => {
      expect(small.ask("Who scored a try after O'Driscoll's break?", { scorer: 'rules' }).answer).toBe('Murphy');
      expect(small.ask('Which movie fell to number two?', { scorer: 'rules' }).answer).toBe('The Pacifyer');
      expect(small.ask("What will Deutsche Bourse's dividend be raised to?", { scorer: 'rules' }).answer).toBe('70 euro cents (£0.48; $0.98)');
    });
  });
  it('reads a month after a day as a date, not a name, and no body as an injury', async () => {
    // written for this test
    await withEngineOver('months-injuries', 'Phones and rugby', [
      'Then on 10 January Cellnot (now O2) launched its service.',
      "Scrum-half Matt Dawsen is an injury doubt for England's Six Nations opener against Wales next weekend.",
    ], (small) => {
      expect(small.ask('When did Cellnot launch its service?', { scorer: 'rules' }).answer).toBe('10 January');
      const injury = small.ask('What injury does Matt Dawsen have?', { scorer: 'rules' });
      expect(injury.answer ?? '').not.toMatch(/England|Wales/);
    });
  });
  it('gives no owner for which thing', async () => {
    // written for this test
    await withEngineOver('modifiers-owners', 'Meetings and ink', [
      "The ink is sprayed on a person's left thumb.",
    ], (small) => {
      expect(small.ask('Which thumb is the ink sprayed on?', { scorer: 'rules' }).answer ?? '').not.toMatch(/person/);
    });
  });
});

describe('ages at events, a part played, names joined by "on" or opened by an unlisted given name, rough counts, rival countries', () => {
  it('reads "at 27" after a life event as an age, each age with its own event, and the age now for "How old is …?"', async () => {
    // written for this test
    await withEngineOver('event-ages', 'A politician', [
      'Mr Haig, 43, told the Morning Courier he would now find a life in politics too boring.',
      'Mr Haig became an MP at 27 and Leader of the Opposition at 36.',
    ], (small) => {
      expect(small.ask('How old is Haig?', { scorer: 'rules' }).answer).toBe('43');
      expect(small.ask('At what age did Haig become an MP?', { scorer: 'rules' }).answer).toBe('27');
      expect(small.ask('How old was Haig when he became Leader of the Opposition?', { scorer: 'rules' }).answer).toBe('36');
    });
  });
  it('answers "Which role will X play?" with the part named after "the role of", and "the way to pay" is no sum', async () => {
    // written for this test
    expect(analyzeQuestion('What is the most popular way to pay in Freedonia?').kind).not.toBe('money');
    expect(analyzeQuestion('What will the new Clio cost?').kind).toBe('money');
    expect(analyzeQuestion('Which role will Chris Slate play in The Glass Zoo?').kind).toBe('name');
    await withEngineOver('part-played', 'Theatre', [
      'Actor Chris Slate is stepping into the role of Tom in the Broadway revival of The Glass Zoo.',
    ], (small) => {
      expect(small.ask('Which role will Chris Slate play in The Glass Zoo?', { scorer: 'rules' }).answer).toBe('Tom');
    });
  });
  it('keeps a body\'s name joined by "on", a given name the tagger does not list, and "10s of thousands" whole', async () => {
    // written for this test
    await withEngineOver('names-on', 'Inquiries', [
      'The Parliamentary Group on Betting and Gaming held a substantial inquiry into betting last year.',
      'Although one man, Sion Aubrey Robertson, was convicted in 1993 of sending letter bombs, the arson cases remain unsolved.',
      "Curry's Daily Source Code has 10s of thousands of listeners.",
    ], (small) => {
      expect(small.ask('Which group held the inquiry into betting?', { scorer: 'rules' }).answer).toBe('Parliamentary Group on Betting and Gaming');
      expect(small.ask('Who was convicted in 1993 of sending letter bombs?', { scorer: 'rules' }).answer).toBe('Sion Aubrey Robertson');
      expect(small.ask('How many listeners does the Daily Source Code have?', { scorer: 'rules' }).answer).toBe('10s of thousands');
    });
  });
  it('answers "Who did [a country] beat?" with the country beaten, not the city it was played in', async () => {
    // written for this test
    await withEngineOver('rival-country', 'Tennis', [
      "Slovenia clinched the Hopman Cup for the second time by beating Uruguay 3-0 in Saturday's final in Perth.",
      'Daniela Hantova put the third seeds ahead, recovering from a terrible start to beat Gisela Dulka 1-6 6-4 6-4.',
    ], (small) => {
      expect(small.ask('Who did Slovenia beat in the Hopman Cup final?', { scorer: 'rules' }).answer).toBe('Uruguay');
    });
  });
});

describe('the noun after "how long is", a contest "against" a country, who beat whom past a role word, a share over an adjective', () => {
  it('asks how long the bans last, not how long a face is; a bridge is measured', () => {
    // written for this test
    expect(analyzeQuestion('How long are the bans Kenteris and Thanou face?').kind).toBe('duration');
    expect(analyzeQuestion('How long is the bridge?').kind).toBe('measure');
  });
  it('answers whom a match is against with a country, and no one beaten for who beat the winner', async () => {
    // written for this test
    await withEngineOver('against-country', 'Rugby and tennis', [
      "Scrum-half Mat Dawsey is an injury doubt for England's Six Nations opener against Wales next weekend.",
      'The year started in regulation fashion as Justine Hanin beat compatriot Kim Clyster at the Australian Open.',
      'Hanin still won five of the nine official tournaments she entered in 2004.',
    ], (small) => {
      expect(small.ask("Who is England's Six Nations opener against?", { scorer: 'rules' }).answer).toBe('Wales');
      expect(small.ask('Who beat Justine Hanin?', { scorer: 'rules' }).answer).not.toBe('Kim Clyster');
    });
    // the share of a total over an adjective counts what the verb did: "won [five] of the nine official tournaments"
    const toks = Tagger.fresh('Hanin still won five of the nine official tournaments she entered in 2004.');
    const at = (w: string) => toks.findIndex((t) => t.text === w);
    expect(partitive(toks, at('five'), at('five'), toks[at('tournaments')]!.term!, (t) => t.text === 'won')).toBe('share');
  });
  it('keeps a title with "and the" after one show\'s noun, a hyphenated fraction of years, a rate with its time, and "3GSM" as no number', async () => {
    // written for this test
    await withEngineOver('titles-rates', 'Shows and networks', [
      "He was a stand-up before hosting the children's show Fat Alfred and the Cosbie Kids, and starring in a sitcom.",
      "Negotiations over a new three-and-a-half-year contract for O'Leery appear to have stalled.",
      'At 3GSM, Siemans showed off a system that transmits faster mobile data.',
      'The company said data could be transmitted at one gigabit a second.',
      'The Aviatrix has been named best film at the Golden Globe Awards.',
    ], (small) => {
      expect(small.ask("Which children's show did Cosbie host?", { scorer: 'rules' }).answer).toBe('Fat Alfred and the Cosbie Kids');
      expect(small.ask("How long is O'Leery's new contract?", { scorer: 'rules' }).answer).toBe('three-and-a-half-year');
      expect(small.ask("How fast could Siemans' system transmit data?", { scorer: 'rules' }).answer).toBe('one gigabit a second');
      expect(small.ask('Which film was named best film at the Golden Globes?', { scorer: 'rules' }).answer).not.toBe('Golden Globe Awards');
    });
  });
});

describe('who did it by a relative clause, a speed asked for, a name the tagger could not type made whole', () => {
  it('answers who wrote it with the name a "who wrote" clause follows, though it is the speaker', async () => {
    // written for this test
    await withEngineOver('relative-doer', 'Royals', [
      '"His divorce from Diana and how Diana had been treated opened up a sense of disillusionment with [Prince Charles]," said Ros Cowart, who wrote the authorised biography of Diana.',
    ], (small) => {
      expect(small.ask('Who wrote the authorised biography of Diana?', { scorer: 'rules' }).answer).toBe('Ros Cowart');
    });
  });
  it('reads "What speed …?" as asking for a measure, in teraflops too', async () => {
    // written for this test
    expect(analyzeQuestion('What speed did Blue Jean reach?').kind).toBe('measure');
    await withEngineOver('speed-flops', 'Supercomputers', [
      'IBM test results show that Blue Jean has managed speeds of 70.72 teraflops.',
    ], (small) => {
      expect(small.ask('What speed has Blue Jean managed?', { scorer: 'rules' }).answer).toBe('70.72 teraflops');
    });
  });
  it('gives "Mr Purushama" whole as the article first named him, though the tagger could not type the name', async () => {
    // written for this test
    await withEngineOver('untyped-whole', 'Games', [
      'Ravi Purushama believes that games could be a good way to teach languages.',
      'One of the drawbacks of the games, said Mr Purushama, was the lack of spoken language.',
    ], (small) => {
      expect(small.ask('Who said the lack of spoken language was a drawback of the games?', { scorer: 'rules' }).answer).toBe('Ravi Purushama');
    });
  });
});

describe('no length of time in a rate or an age, a share out of "his" total, a sum for a size only at a discount', () => {
  it('takes no "a week" from "$1m a week" nor "42-year" from "the 42-year-old" for how long', async () => {
    // written for this test
    await withEngineOver('rate-not-duration', 'A tribunal', [
      "The firm told the tribunal that Ms Vilaba's division had been losing about $1m a week.",
      'But the 42-year-old Vilaba won her claim of unfair dismissal.',
    ], (small) => {
      const a = small.ask('How long had Vilaba been with the firm?', { scorer: 'rules' });
      expect(a.answer).not.toBe('a week');
      expect(a.answer).not.toBe('42-year');
    });
  });
  it('counts the share "121 of his 147 matches" as what he won', () => {
    // written for this test
    const toks = Tagger.fresh('Rodick won 121 of his 147 matches while working with Gilbart.');
    const at = (w: string) => toks.findIndex((t) => t.text === w);
    expect(partitive(toks, at('121'), at('121'), toks[at('matches')]!.term!, (t) => t.text === 'won')).toBe('share');
    expect(partitive(toks, at('147'), at('147'), toks[at('matches')]!.term!, (t) => t.text === 'won')).toBe('total');
  });
  it('answers how big a film is with its size before a sum paid per film', async () => {
    // written for this test
    await withEngineOver('size-not-sum', 'Films', [
      'The government introduced subsidies worth up to £4m per film for medium budget films.',
      'Each film is about 100 gigabytes and has been compressed from a larger file.',
    ], (small) => {
      expect(small.ask('How big is each film?', { scorer: 'rules' }).answer).toBe('about 100 gigabytes');
    });
  });
});

describe('an amount of another month, a range of sums in one word', () => {
  it('reads "$10-25m" as a sum', async () => {
    // written for this test
    await withEngineOver('money-range', 'Games', [
      'According to Robert Walch, head of game developer Krom Studios, next generation games will cost between $10-25m to make, with teams averaging 80 staff.',
    ], (small) => {
      expect(small.ask('How much will next generation games cost to make?', { scorer: 'rules' }).answer).toBe('$10-25m');
    });
  });
  it('gives how much prices rose in the month asked, not in another month nor over the next six months', async () => {
    // written for this test
    await withEngineOver('other-month', 'House prices', [
      'Ruritanian house prices increased by 1.1% in December, the first monthly rise since September, the Halifix has said.',
      'Prices of homes in Ruritania rose a seasonally adjusted 0.5% in February, says the Homewide building society.',
      'Homeowners now expect Ruritanian house prices to rise by 1% over the next six months, Mr Banister said.',
    ], (small) => {
      expect(small.ask('By how much did Ruritanian house prices rise in February?', { scorer: 'rules' }).answer).toBe('0.5%');
    });
  });
});

describe('an amount by the stretch of its verb, a venue in a place before a list of titles, a name opened by a number, who made a work, another kind of rate', () => {
  it('gives what was spent, not the sum in the stretch before the comma where it was approved', async () => {
    // written for this test
    await withEngineOver('verb-stretch', 'Flood relief', [
      'Of the $9.2bn in flood relief approved by parliament, less than $1bn has been spent.',
    ], (small) => {
      expect(small.ask('How much of the flood relief has been spent?', { scorer: 'rules' }).answer).toBe('less than $1bn');
    });
  });
  it('gives the venue and its city where a list of titles, not of places, follows', async () => {
    // written for this test
    await withEngineOver('venue-before-titles', 'Radio week', [
      "The session tracks include the Quiet Ferns' Long Road recorded at Brixton Academy in London and Red Kite's Sea Song.",
    ], (small) => {
      expect(small.ask('Where was Long Road recorded?', { scorer: 'rules' }).answer).toBe('Brixton Academy in London');
    });
  });
  it('reads a short number between a common noun and a name as the name\'s first word, not a count after a verb', () => {
    // written for this test
    expect(nameTypes('The band will take over radio station 6 Music for a week.')).toHaveProperty(['6 Music']);
    expect(Object.keys(nameTypes('The singer won 6 Grammys last year.'))).not.toContain('6 Grammys');
  });
  it('gives who made a work by the possessive before its title or the name after "by"', async () => {
    // written for this test
    await withEngineOver('work-maker', 'Radio picks', [
      "Their albums of the week include Blue Fields by The Lanterns and Harbourline's Night Tide.",
    ], (small) => {
      expect(small.ask('Who made Night Tide?', { scorer: 'rules' }).answer).toBe('Harbourline');
      expect(small.ask('Who made Blue Fields?', { scorer: 'rules' }).answer).toBe('The Lanterns');
    });
  });
  it('gives no rate of another kind for the inflation rate', async () => {
    // written for this test
    await withEngineOver('other-rate', 'Rates', [
      'The jobless rate in Ruritania rose to 6.1% in March, the statistics office said.',
      'The central bank kept interest rates at 2% for the fourth month in a row.',
      'The economy of Ruritania grew 0.4% in the first quarter, helped by exports of timber and wine.',
      'Strikes at the main port have hit shipping, traders said.',
    ], (small) => {
      expect(small.ask('What is the jobless rate in Ruritania?').answer).toBe('6.1%');
      expect(small.ask('What is the inflation rate in Ruritania?').answered).toBe(false);
    });
  });
});

describe('a sentence opening on another place, a place in a list of places in places, a rank no count, a court before its judge, a range of sums in one word, a venue', () => {
  it('gives no amount a sentence says of another place it opens on ("In Nepal, …")', async () => {
    // written for this test
    await withEngineOver('figure-back', 'Floods', [
      'The floods have hit Laos and Nepal hardest, and both expect slower growth.',
      'In Nepal, officials have said that as much as 2% of annual growth may be lost. For Laos, that figure is much lower at 0.3%.',
      'Laos has asked for help to rebuild roads and bridges.',
    ], (small) => {
      const a = small.ask('How much growth may Laos lose?', { scorer: 'rules' });
      expect(a.answer).not.toBe('2%');
    });
  });
  it('gives the place the question\'s own place is in, in a list of places in places', async () => {
    // written for this test
    await withEngineOver('own-place', 'Tracks', [
      'The business includes greyhound tracks at Kingsmead in Leeds, Fairfield in Bristol, and Oldbury in Norwich.',
    ], (small) => {
      expect(small.ask('Where is the Fairfield track?', { scorer: 'rules' }).answer).toBe('Bristol');
    });
  });
  it('counts no place in a ranking ("world number one")', async () => {
    // written for this test
    await withEngineOver('rank-no-count', 'Awards', [
      'And world number one Ivo Marek won disabled player of the year after claiming his third Open crown.',
    ], (small) => {
      expect(small.ask('How many Open crowns has Ivo Marek won?', { scorer: 'rules' }).answer).not.toBe('one');
    });
  });
  it('gives the court a judge\'s title runs on from', async () => {
    // written for this test
    await withEngineOver('court-before-judge', 'Ruling', [
      'In the ruling handed down this week by Marin County Superior Court Judge Alma Reyes, the firm can now see the records.',
    ], (small) => {
      expect(small.ask('Which court is Judge Reyes in?', { scorer: 'rules' }).answer).toBe('Marin County Superior Court');
    });
  });
  it('reads "£40m-£50m" as one sum', async () => {
    // written for this test
    await withEngineOver('money-range-both', 'Tracks', [
      'Analysts have valued the six tracks at between £40m-£50m.',
    ], (small) => {
      expect(small.ask('How much were the six tracks valued at?', { scorer: 'rules' }).answer).toBe('£40m-£50m');
    });
  });
  it('gives a hotel and the town it is in as where, though the tagger types neither as a place', async () => {
    // written for this test
    await withEngineOver('venue-at', 'Awards', [
      'Brannigan was given the award at a special ceremony at the Roosevelt Hotel in Hollywood on Tuesday.',
      'Helen Steel, from north London, spoke at the ceremony.',
    ], (small) => {
      expect(small.ask('Where was Brannigan given the award?', { scorer: 'rules' }).answer).toBe('Roosevelt Hotel in Hollywood');
    });
  });
});

describe('the level a count went to, a title opening a sentence with its number, "won" after a number', () => {
  it('gives the count something dropped to, not the one it dropped from, nor a sum run on into it', async () => {
    // written for this test
    await withEngineOver('from-to-level', 'Fraud', [
      'Reported fraud throughout the union dropped from 10,276 cases worth £808m to 8,177 cases worth £644m.',
    ], (small) => {
      expect(small.ask('How many fraud cases were reported throughout the union?', { scorer: 'rules' }).answer).toBe('8,177');
    });
  });
  it('reads a word and a short number before a verb, opening a sentence, as a name', () => {
    // written for this test
    expect(Object.keys(nameTypes('Halo 2 sold more than two million copies in its first day.'))).toContain('Halo 2');
  });
  it('reads "won" after a short number and before an article as the verb, not the currency', () => {
    // written for this test
    const toks = Tagger.fresh('Halo 2 won the best Xbox game category.');
    expect([...toks.find((t) => t.text === 'won')!.tags]).toContain('Verb');
    expect([...Tagger.fresh('World number one won the title.').find((t) => t.text === 'won')!.tags]).toContain('Verb');
    expect([...Tagger.fresh('He paid 500 won for it.').find((t) => t.text === 'won')!.tags]).not.toContain('Verb');
  });
  it('gives the title whole, not its first word as a noun', async () => {
    // written for this test
    await withEngineOver('title-whole', 'Awards', [
      'Halo 2 won the best Xbox game category, while Prince of Persia: Warrior Within was adjudged the best GameCube title.',
    ], (small) => {
      expect(small.ask('Which game won the best Xbox game category?', { scorer: 'rules' }).answer).toBe('Halo 2');
    });
  });
});

describe('a score asked for, an amount given for the year asked beside one given for none', () => {
  it('gives a match\'s score, sets and all, and no name for "What was the score …?"', async () => {
    // written for this test
    await withEngineOver('score', 'Tennis', [
      'In the only singles match on Sunday, Mara Dilov beat Jana Sorrel 7-5 6-3.',
      'Dilov scored the decisive break late in the second set.',
    ], (small) => {
      expect(small.ask("What was the score in Dilov's match against Sorrel?", { scorer: 'rules' }).answer).toBe('7-5 6-3');
    });
  });
  it('gives no score of a win over the side the question says won', async () => {
    // written for this test
    await withEngineOver('score-side', 'Rugby', [
      'The full-back fractured his thumb in the 24-18 win over Ruritania on Saturday.',
      'Three players were hurt in Ruritania\'s 16-9 win on Saturday.',
    ], (small) => {
      expect(small.ask("What was the score in Ruritania's win on Saturday?", { scorer: 'rules' }).answer).toBe('16-9');
    });
  });
  it('gives the count for the year asked, compared with one for last year', async () => {
    // written for this test
    await withEngineOver('asked-year-count', 'Films', [
      'Twenty-seven British films were made in the UK last year following a drop in funding, compared with 45 in 2003, according to the trade weekly.',
    ], (small) => {
      expect(small.ask('How many British films were made in the UK in 2003?', { scorer: 'rules' }).answer).toBe('45');
    });
  });
});

describe('no sum for how many, a choice of two days, the club before a player\'s role', () => {
  it('counts no sum for "how many tickets"', async () => {
    // written for this test
    await withEngineOver('sum-no-count', 'Tour', [
      "The singer's 2004 tour took $90.3m (£48.5m) in ticket sales and he sold 1.9 million copies of his latest album.",
    ], (small) => {
      expect(small.ask('How many tickets had been sold for the tour?', { scorer: 'rules' }).answer).not.toBe('$90.3m (£48.5m)');
    });
  });
  it('gives both days of "6 or 7 January"', async () => {
    // written for this test
    await withEngineOver('day-choice', 'Contract', [
      'There is a meeting planned for 6 or 7 January to sort out the contract with the club.',
    ], (small) => {
      expect(small.ask('When is the meeting planned to sort out the contract?', { scorer: 'rules' }).answer).toBe('6 or 7 January');
    });
  });
  it('gives the club named before a player\'s role for which club he plays for', async () => {
    // written for this test
    await withEngineOver('club-before-role', 'Football', [
      'Ashby defender Tom Wexley has played down talk of European football, despite his team lying second in the Premiership.',
    ], (small) => {
      expect(small.ask('Which club does Tom Wexley play for?', { scorer: 'rules' }).answer).toBe('Ashby');
    });
  });
});

describe('names joined by "&", initials in brackets, what a sentence sets aside, a name set after the question\'s noun', () => {
  it('reads "Standard & Poor\'s" and "Procter & Gamble" as one name each, as written', async () => {
    // written for this test
    await withEngineOver('ampersand', 'Ratings', [
      "Standard & Poor's upgraded Ruritania a few weeks ago.",
      'Gillette was bought by Procter & Gamble, the US firm, last year.',
    ], (small) => {
      expect(small.ask('Which agency upgraded Ruritania?', { scorer: 'rules' }).answer).toBe("Standard & Poor's");
      expect(small.ask('Who bought Gillette?', { scorer: 'rules' }).answer).toBe('Procter & Gamble');
    });
  });
  it('reads initials an article gives in brackets as that name', async () => {
    // written for this test
    const board = ['---', 'id: board', 'title: Suspension', '---', 'The Ruritania Athletics Board (RAB) had suspended the runner for missing a training camp.'].join('\n');
    const ban = ['---', 'id: ban', 'title: Running', '---', '"We have withdrawn the ban," said RAB chief Piet Vannen.'].join('\n');
    const small = await createEngine(await tempCorpus({ 'board.md': board, 'ban.md': ban }), { warn: () => {} });
    try {
      const a = small.ask('Who is the chief of the Ruritania Athletics Board?');
      expect(a.answer).toBe('Piet Vannen');
      // (the sentence that gives the initials is quoted too: without it the answer does not follow)
      expect(a.citations.map((c) => c.document)).toEqual(expect.arrayContaining(['ban', 'board']));
    } finally {
      await small.close();
    }
  });
  it('gives no name the sentence sets aside with "but not"', async () => {
    // written for this test
    await withEngineOver('excepted', 'Survey', [
      'There is one exception: firms in Western Europe - but not Ruritania - are lacking confidence after years of slow growth.',
    ], (small) => {
      const a = small.ask('Which country\'s firms are lacking confidence?', { scorer: 'rules' });
      expect(a.answer).not.toBe('Ruritania');
    });
  });
  it('gives where, not the name set between commas after the noun the question refers to', async () => {
    // written for this test
    await withEngineOver('apposed-own-noun', 'Politics', [
      'Mr Dalby announced his plans a day after launching his new party, Verity, the Latin for truth.',
      'Mr Dalby will launch Verity in Westminster on Wednesday.',
      'Mr Dalby said he would launch his party, Verity, with a rally.',
    ], (small) => {
      expect(small.ask('Where will Dalby launch his party?', { scorer: 'rules' }).answer).toBe('Westminster');
    });
  });
});

describe('a title before the noun for a work, counts with thousands commas, a pool\'s letter, one sentence filed twice', () => {
  it('reads "Breakfast with Frost" before "programme" as one title', async () => {
    // written for this test
    await withEngineOver('title-before-noun', 'Television', [
      'Mr Dalby told the Breakfast with Frost programme he aspired to the job.',
    ], (small) => {
      expect(small.ask('On which programme did Dalby say he aspired to the job?', { scorer: 'rules' }).answer).toBe('Breakfast with Frost');
    });
  });
  it('reads "1,920 pixels" as a count, not a year', async () => {
    // written for this test
    await withEngineOver('grouped-count', 'Television', [
      'Most standard TV pictures are made up of 625 lines and about 700 pixels.',
      'HD offers up to 1,080 active lines, with each line made up of 1,920 pixels.',
    ], (small) => {
      expect(small.ask('How many pixels make up each HD line?', { scorer: 'rules' }).answer).toBe('1,920');
    });
  });
  it('gives "Pool A" whole for "Which pool …?"', async () => {
    // written for this test
    await withEngineOver('pool-letter', 'Rugby', [
      'Scotland and Ireland are in Pool A together with the All Blacks.',
    ], (small) => {
      expect(small.ask('Which pool are Scotland and Ireland in?', { scorer: 'rules' }).answer).toBe('Pool A');
    });
  });
  it('counts a sentence two articles share once', async () => {
    // written for this test
    const story = (id: string) => ['---', `id: ${id}`, 'title: Consoles', '---', '"It is an entertainment device," said Kaz Morita, president of Vexa Computer Entertainment America. The console goes on sale in European shops in March.'].join('\n');
    const other = ['---', 'id: hd', 'title: High definition', '---', 'At the end of last year, Chris Dunning, Vexa\'s European president, made a prediction that 20 million households would have HD sets by 2008.'].join('\n');
    const small = await createEngine(await tempCorpus({ 'one.md': story('one'), 'two.md': story('two'), 'three.md': story('three'), 'hd.md': other }), { warn: () => {} });
    try {
      expect(small.ask("Who is Vexa's European president?", { scorer: 'rules' }).answer).toBe('Chris Dunning');
    } finally {
      await small.close();
    }
  });
});

describe('a role right after a name with no comma, an amount for the year before', () => {
  it('gives the name a role of lower-case nouns follows', async () => {
    // written for this test
    await withEngineOver('role-after-name', 'Games', [
      '"In the next generation HD support is mandatory," Dr Ann Mott games systems director at digital content firm Vexa told the BBC News website.',
      'For Rick Dean, director of business development for digital content company Vexa, a high-definition future is an exciting prospect.',
      'Rick Dean, director of business development at Vexa, said sales would grow.',
    ], (small) => {
      expect(small.ask('Who is games systems director at Vexa?', { scorer: 'rules' }).answer).toBe('Ann Mott');
    });
  });
  it('gives no amount "in the previous year" for the months asked', async () => {
    // written for this test
    await withEngineOver('previous-year', 'Budget', [
      'The federal budget deficit hit a record $412bn in the 12 months to 30 September and $377bn in the previous year.',
      'The deficit had reached $377bn in the previous fiscal year.',
    ], (small) => {
      expect(small.ask('How much did the federal budget deficit hit in the 12 months to 30 September?', { scorer: 'rules' }).answer).toBe('$412bn');
    });
  });
});

describe('a count in brackets after the name asked about', () => {
  it('gives the count in brackets after the name, not the count of another', async () => {
    // written for this test
    await withEngineOver('bracket-count', 'Football', [
      'Dalby overtook Les Verne on Tuesday to become the third highest scorer in the league, with 151 goals, and he only trails Alan Mears (250) and Andy Colm (173).',
    ], (small) => {
      expect(small.ask('How many goals has Andy Colm scored?', { scorer: 'rules' }).answer).toBe('173');
    });
  });
});

describe('names led by a lower-case letter, where someone is from, who said it by the names before "said"', () => {
  it('reads "eBay" and "iPods" as names', () => {
    // written for this test
    expect(nameTypes('He is selling space to the highest bidder on website eBay.')).toHaveProperty('eBay');
    expect(nameTypes('The shop sold two million iPods last year.')).toHaveProperty('iPods');
  });
  it('gives the town and its state for where someone is from', async () => {
    // written for this test
    await withEngineOver('from-chain', 'Auction', [
      'Andrew Fisk, from Omaha, Nebraska, said he would have a logo tattooed on his head for 30 days.',
    ], (small) => {
      expect(small.ask('Where is Andrew Fisk from?', { scorer: 'rules' }).answer).toBe('Omaha, Nebraska');
    });
  });
  it('answers "Which Lib Dem said …?" with the person who said it', async () => {
    // written for this test
    await withEngineOver('which-names-said', 'Shredding', [
      'Fellow Lib Dem Norman Bakewell said the episode painted an "unflattering picture of the inner workings of government".',
    ], (small) => {
      expect(analyzeQuestion('Which Lib Dem said the episode painted an unflattering picture?').kind).toBe('person');
      expect(small.ask('Which Lib Dem said the episode painted an unflattering picture?', { scorer: 'rules' }).answer).toBe('Norman Bakewell');
    });
  });
});

describe('a surname before a noun for a thing, a name given the role asked about after "as"', () => {
  it('reads "Davis Cup" as no person, and "Jack Straw" still as one', () => {
    // written for this test
    const types = nameTypes('Roddick is close to confirming US Davis Cup assistant Dean Goldfine, Jack Straw said.');
    expect(types['US Davis Cup']).not.toBe('person');
    expect(types['Jack Straw']).toBe('person');
  });
  it('gives the name "as" gives the role asked about, whatever role its title names', async () => {
    // written for this test
    await withEngineOver('as-role', 'Tennis', [
      'Andy Rodwell is reportedly close to confirming US Davis Cup assistant Dean Golding as his new coach.',
    ], (small) => {
      expect(small.ask('Who is Andy Rodwell close to confirming as his new coach?', { scorer: 'rules' }).answer).toBe('Dean Golding');
    });
  });
});

describe('who holds which role in "A was X and B was Y", a court named in lower case, sales as a sum, a person a body\'s noun titles', () => {
  it('gives the one whose own clause names the role asked about', async () => {
    // written for this test
    await withEngineOver('role-clauses', 'Awards', [
      'Jon Dapp was favourite male movie star and Rena Zellwood was favourite leading lady at Sunday\'s awards in LA.',
    ], (small) => {
      expect(small.ask('Who was favourite male movie star?', { scorer: 'rules' }).answer).toBe('Jon Dapp');
      expect(small.ask('Who was favourite leading lady?', { scorer: 'rules' }).answer).toBe('Rena Zellwood');
    });
  });
  it('gives a court whose noun is written in lower case with that noun', async () => {
    // written for this test
    await withEngineOver('court-lower', 'Sources', [
      "The foundation, representing the reporters, has asked California's Superior court to stop the firm pursuing the sources.",
    ], (small) => {
      expect(small.ask('Which court did the foundation ask to stop the firm?', { scorer: 'rules' }).answer).toBe("California's Superior court");
    });
  });
  it('reads a firm\'s sales as a sum', async () => {
    // written for this test
    expect(analyzeQuestion("What were Vexa Telekom's sales?").kind).toBe('money');
    await withEngineOver('sales-sum', 'Results', [
      'German telecoms firm Vexa Telekom saw strong fourth quarter profits on the back of upbeat US mobile earnings and better-than-expected asset sales.',
      'Sales rose 2.8% to 14.96bn euros.',
    ], (small) => {
      expect(small.ask("What were Vexa Telekom's sales?", { scorer: 'rules' }).answer).toBe('14.96bn euros');
    });
  });
  it('gives the person a noun for a body titles for "Who is X\'s publisher?"', async () => {
    // written for this test
    await withEngineOver('titled-person', 'Sources', [
      "The firm also sent requested information from Nfox.com, the internet service provider of PowerPage's publisher Jason O-Grady.",
      'The case began when the firm asked a court to get the journalists to reveal their sources for articles published on websites AppleInsider.com and PowerPage.org.',
    ], (small) => {
      expect(small.ask("Who is PowerPage's publisher?", { scorer: 'rules' }).answer).toBe('Jason O-Grady');
    });
  });
});

describe('a length that dates what is to come, how quickly', () => {
  it('answers when something is expected with "in three weeks"', async () => {
    // written for this test
    await withEngineOver('ahead', 'Brand', [
      'The Vexmore 64, launched in 1982, was one of the first affordable home PCs.',
      'The sale of Vexmore is expected to be complete in three weeks in a deal worth over £17m.',
    ], (small) => {
      expect(small.ask('When is the sale of Vexmore expected to be complete?', { scorer: 'rules' }).answer).toBe('in three weeks');
    });
  });
  it('reads "How quickly …?" as asking how long it took', async () => {
    // written for this test
    expect(analyzeQuestion('How quickly was the IPO sold?').kind).toBe('duration');
    await withEngineOver('how-quickly', 'Shares', [
      'The IPO for 17.3 million shares was fully sold within 10 minutes of opening, on Friday.',
    ], (small) => {
      expect(small.ask('How quickly was the IPO sold?', { scorer: 'rules' }).answer).toBe('10 minutes');
    });
  });
});

describe('a given name before a street word after a role, what a name is named after', () => {
  it('reads "Comedian Harry Hill" as a person, "Primrose Hill" still as a place', () => {
    // written for this test
    const types = nameTypes('Comedian Harry Hill will host a spoof nostalgia show near Primrose Hill.');
    expect(types['Comedian Harry Hill']).toBe('person');
    expect(types['Primrose Hill']).toBe('place');
  });
  it('gives the whole name something is named after, though it holds the thing\'s own name', async () => {
    // written for this test
    await withEngineOver('namesake', 'Graphics', [
      'Piero, named after the Italian painter and pioneer of perspective Piero della Francesco, creates a virtual stadium.',
    ], (small) => {
      expect(small.ask('Who is Piero named after?', { scorer: 'rules' }).answer).toBe('Piero della Francesco');
    });
  });
});

describe('a name with a number and letter, a web address in lower case, a prevalence, the question\'s initials spelled out, a count of another noun', () => {
  it('reads "Super 3G" and "napster.no" as names', () => {
    // written for this test
    const types = nameTypes('He set up his napster.no site, sometimes called Super 3G, last year.');
    expect(types).toHaveProperty('napster.no');
    expect(types).toHaveProperty('Super 3G');
  });
  it('reads a prevalence as a rate', () => {
    // written for this test
    expect(analyzeQuestion('What HIV prevalence does the firm estimate among its workforce?').kind).toBe('number');
  });
  it('gives no name that spells out the initials the question gives', async () => {
    // written for this test
    await withEngineOver('spelled-initials', 'Networks', [
      'Motorola held a clinic for operators on HSDPA (High Speed Downlink Packet Access), a high-speed technology.',
      'Vexa and Canada-based wireless company Sierra Wireless recently agreed to work together on High Speed Downlink Packet Access.',
    ], (small) => {
      expect(small.ask('Which company is working with Vexa on HSDPA?', { scorer: 'rules' }).answer).toBe('Sierra Wireless');
    });
  });
  it('counts no people with "717 lawsuits against people"', async () => {
    // written for this test
    await withEngineOver('counts-next', 'Music', [
      'Meanwhile, in the USA a further 717 lawsuits against people alleged to have traded copyrighted songs were filed this week by the study group.',
    ], (small) => {
      expect(small.ask('How many people took part in the study?', { scorer: 'rules' }).answer).not.toBe('717');
    });
  });
});

describe('a place named for someone', () => {
  it('reads "Jack\'s Snooker Hall" as one place and gives it, with its town, for where', async () => {
    // written for this test
    expect(nameTypes("His time at Jack's Snooker Hall in Llanelli did no harm.")["Jack's Snooker Hall"]).toBe('place');
    await withEngineOver('venue-possessive', 'Snooker', [
      "Mr Hollis said his time at Jack's Snooker Hall in Llanelli in the 1950s had not done him any lasting damage.",
    ], (small) => {
      expect(small.ask('Where did Mr Hollis play snooker as a schoolboy?', { scorer: 'rules' }).answer).toContain("Jack's Snooker Hall");
    });
  });
});

describe('a role another body owns in apposition, a possessive name of two words, a count a name owns, parts of days and months, an age a noun is set at, a place before "-based"', () => {
  it('gives no name whose apposed role is another body\'s', async () => {
    // written for this test
    await withEngineOver('apposed-owner', 'Consoles', [
      '"We cannot guess what rivals will do," said Pat Doyle, studio general manager for games maker Arcadia in Europe.',
      'Pat Doyle, studio general manager for games maker Arcadia in Europe, told the BBC that the market was growing.',
      '"The console will appeal to everyone," said Sam Reed, Brightway Europe\'s general manager said at the launch.',
    ], (small) => {
      expect(small.ask("Who is Brightway Europe's general manager?", { scorer: 'rules' }).answer).toBe('Sam Reed');
      expect(small.ask('Who is the general manager for Arcadia in Europe?', { scorer: 'rules' }).answer).toBe('Pat Doyle');
    });
  });
  it('reads the noun asked about after a possessive name of two words', () => {
    // written for this test
    expect(analyzeQuestion("Who is Harlow-Pike's new chief executive?").headTerm).toBe('execut');
    expect(analyzeQuestion("Who is Rolls-Royce's new finance director?").headTerm).toBe('director');
  });
  it('gives the count a name the question gives owns, not another name\'s', async () => {
    // written for this test
    await withEngineOver('owned-count', 'Unions', [
      "The Dockers' Guild's 800,000 workers, the Harbour Workers' Union's 70,000 and Amicorp' 20,000 are among those being balloted.",
    ], (small) => {
      expect(small.ask("How many workers does the Harbour Workers' Union have?", { scorer: 'rules' }).answer).toBe('70,000');
    });
  });
  it('keeps the part of a day and of a month with the date', async () => {
    // written for this test
    await withEngineOver('day-parts', 'Talks', [
      'The minister held a private meeting with union leaders on Thursday night.',
      'The handheld went on sale in the US in mid-November.',
    ], (small) => {
      expect(small.ask('When did the minister meet union leaders?', { scorer: 'rules' }).answer).toBe('Thursday night');
      expect(small.ask('When did the handheld go on sale in the US?', { scorer: 'rules' }).answer).toBe('mid-November');
    });
  });
  it('reads an age that a noun "age" is set at, and a place with its larger place before "-based"', async () => {
    // written for this test
    await withEngineOver('age-set-at', 'Pensions', [
      'Unions are angry at the board\'s plans to raise the retirement age to 67.',
      'The Tulsa, Oklahoma-based firm has total debts of $2bn.',
    ], (small) => {
      expect(small.ask('To what age does the board plan to raise the retirement age?', { scorer: 'rules' }).answer).toBe('67');
      expect(small.ask('Where is the firm based?', { scorer: 'rules' }).answer).toBe('Tulsa, Oklahoma');
    });
  });
});

describe('a title opened by "A" after a comma, a capitalised article inside a title, a name modifying the noun after the question\'s preposition', () => {
  it('keeps "A" opening a title after a comma, and a capitalised "A" after a title\'s connector', async () => {
    // written for this test
    await withEngineOver('a-title', 'Festival', [
      'A candid documentary about the life of singer Joe Bright, A Quiet Life will also be screened at the event.',
      'The institute is working towards the publication of its pamphlet, Notes For A Greener Town.',
    ], (small) => {
      expect(small.ask('What is the documentary about Joe Bright called?', { scorer: 'rules' }).answer).toBe('A Quiet Life');
      expect(small.ask("What is the institute's pamphlet called?", { scorer: 'rules' }).answer).toBe('Notes For A Greener Town');
    });
  });
  it('answers what a work is about with the phrase after "about", its name with it', async () => {
    // written for this test
    await withEngineOver('about-phrase', 'Television', [
      'Mr Hale is planning a production entitled The Long Summer, about Baroque music.',
    ], (small) => {
      expect(small.ask("What is Mr Hale's production about?", { scorer: 'rules' }).answer).toBe('Baroque music');
    });
  });
});

describe('the noun asked about with its number, a count hyphened to the noun, an amount a relative clause says, a date in its own "and" clause, a name ending in the noun asked about', () => {
  it('answers "which section" with the section and its number', async () => {
    // written for this test
    await withEngineOver('numbered-head', 'Rules', [
      'Clause 12 of the Harbour Act, as the law is known, requires all ports to publish their accounts in line with UK rules.',
    ], (small) => {
      expect(small.ask('Which clause of the Harbour Act requires ports to publish their accounts?', { scorer: 'rules' }).answer).toBe('Clause 12');
    });
  });
  it('counts seats with "a 45,000-seat stadium"', async () => {
    // written for this test
    await withEngineOver('joined-count', 'Stadium', [
      'The club has to deliver a new 45,000-seat stadium by 2009 amid claims of costs rising above £90m.',
    ], (small) => {
      expect(small.ask('How many seats will the new stadium have?', { scorer: 'rules' }).answer).toBe('45,000');
    });
  });
  it('gives the amount a relative clause says the question\'s verb of', async () => {
    // written for this test
    await withEngineOver('relative-amount', 'Economy', [
      'Exports rose 1.8% in the second quarter, the statistics office said.',
      'It leaves output up 1.9% for the year, short of the 2.7% which the Dutch government had predicted.',
    ], (small) => {
      expect(small.ask('What growth had the Dutch government predicted?', { scorer: 'rules' }).answer).toBe('2.7%');
    });
  });
  it('dates the clause of the question\'s subject after "and"', async () => {
    // written for this test
    await withEngineOver('and-clause-date', 'Search', [
      'Lycos is planning to get into the market in March and Excite is expected to offer a desktop tool early next year.',
    ], (small) => {
      expect(small.ask('When is Excite expected to offer a desktop tool?', { scorer: 'rules' }).answer).toBe('early next year');
    });
  });
  it('names what the noun asked about ends, over a place beside it', async () => {
    // written for this test
    await withEngineOver('names-head', 'Stadium', [
      "The realism of Rovers' stunning £40m deal for their new Harbour Stadium at Eastfield has changed the landscape.",
    ], (small) => {
      expect(small.ask("What is Rovers' new stadium called?", { scorer: 'rules' }).answer).toBe('Harbour Stadium');
    });
  });
});

describe('a surname with a particle, named whole elsewhere in the article', () => {
  it('gives "Ruud van Nistelrooy"-style names whole for "Van Nistelrooy"', async () => {
    // written for this test
    await withEngineOver('particle-surname', 'Football', [
      'During that stormy game in October, Rovers striker Piet van Dijkstra caught Ashley Moss with one strong tackle.',
      'The manager later accused Van Dijkstra of "cheating" and was fined £15,000 by the Football Association.',
    ], (small) => {
      expect(small.ask('Who did the manager accuse of cheating?', { scorer: 'rules' }).answer).toBe('Piet van Dijkstra');
    });
  });
});

describe('a sign closing a rating, a count joined on by "and", an amount qualified otherwise', () => {
  it('keeps the sign of "BB+" and "BBB-"', async () => {
    // written for this test
    await withEngineOver('rating-sign', 'Ratings', [
      "Fitch lifted Peru's rating by one notch to 'BB+'.",
      "Investment grade starts at 'BBB-', the agency said.",
    ], (small) => {
      expect(small.ask("To what did Fitch lift Peru's rating?", { scorer: 'rules' }).answer).toBe('BB+');
      expect(small.ask('At what rating does investment grade start?', { scorer: 'rules' }).answer).toBe('BBB-');
    });
  });
  it('counts with the count "and" joins on, by the phrase the question gives', async () => {
    // written for this test
    await withEngineOver('joined-on-count', 'Charts', [
      'The first version - which topped the chart in 1988 - sold 420,000 copies in its first week and 2.1 million in total.',
    ], (small) => {
      expect(small.ask('How many copies did the first version sell in total?', { scorer: 'rules' }).answer).toBe('2.1 million');
      expect(small.ask('How many copies did the first version sell in its first week?', { scorer: 'rules' }).answer).toBe('420,000');
    });
  });
});

describe('a courtesy title before a name that is also a word, a rank before a unit of time', () => {
  it('reads "Lord Falconer" as a person for who holds the title before it', async () => {
    // written for this test
    await withEngineOver('courtesy-word-name', 'Tribute', [
      'Paying tribute, the Lord Chancellor Lord Baker said Lord Rendlesham was one of the great advocates of his generation.',
    ], (small) => {
      expect(small.ask('Who is the lord chancellor?', { scorer: 'rules' }).answer).toBe('Lord Baker');
    });
  });
  it('keeps the rank with "minute"', async () => {
    // written for this test
    await withEngineOver('ranked-minute', 'Rugby', [
      'Wales twice threatened further scores, and Italy hit back out of the blue in the 14th minute.',
    ], (small) => {
      expect(small.ask('When did Italy hit back?', { scorer: 'rules' }).answer).toBe('14th minute');
    });
  });
});

describe('a noun-verb asked about before a plural that is the verb, a magnitude as a number', () => {
  it('reads "Which lock returns to the squad?" as asking for a lock', () => {
    // written for this test
    expect(analyzeQuestion('Which lock returns to the squad?').headTerm).toBe('lock');
  });
  it('reads a magnitude as a number', () => {
    // written for this test
    expect(analyzeQuestion('What was the magnitude of the earthquake?').kind).toBe('number');
  });
});

describe('a question opened by "over"', () => {
  it('answers "Over what …?" with the phrase after "over", the name modifying it with it', async () => {
    // written for this test
    await withEngineOver('over-what', 'Politics', [
      'Ms Grey resigned as transport secretary over the Suez crisis.',
    ], (small) => {
      expect(small.ask('Over what did Ms Grey resign as transport secretary?', { scorer: 'rules' }).answer).toBe('Suez crisis');
    });
  });
});

describe('"for" after a person\'s name', () => {
  it('joins nothing onto a person\'s name with "for"', () => {
    // written for this test
    const types = nameTypes('The winner in the poetry category was Joan Marlowe for Rain on the Hill.');
    expect(types['Joan Marlowe']).toBe('person');
  });
  it('answers who won with the name alone', async () => {
    // written for this test
    await withEngineOver('for-after-person', 'Awards', [
      'The winner in the poetry category was Joan Marlowe for Rain on the Hill.',
    ], (small) => {
      expect(small.ask('Who won the poetry category?', { scorer: 'rules' }).answer).toBe('Joan Marlowe');
    });
  });
});

describe('a work\'s title with "in" before a verb, a role before a name read as a place', () => {
  it('keeps "in" inside a film\'s title that a verb follows', () => {
    // written for this test
    expect(nameTypes('Danish film Lost at Sea won the award for best foreign feature.')).toHaveProperty(['Lost at Sea']);
  });
  it('answers which film won with the whole title', async () => {
    // written for this test
    await withEngineOver('title-in-before-verb', 'Awards', [
      'Danish film Lost at Sea won the award for best foreign feature.',
    ], (small) => {
      expect(small.ask('Which film won the award for best foreign feature?', { scorer: 'rules' }).answer).toBe('Lost at Sea');
    });
  });
  it('reads a name the tagger files as a place after a role noun as a person', () => {
    // written for this test
    expect(nameTypes('Former transport minister Frank Field said the chancellor should resign.')['Frank Field']).toBe('person');
  });
});

describe('who said it: not the one whose allies did, nor another role of the noun asked about', () => {
  it('answers who said something with the sayer, not the name the sayers are allies of', async () => {
    // written for this test
    await withEngineOver('allies-of', 'Politics', [
      'The writer\'s sources, all unnamed "allies" of Mr Ruston and Mr Adams, said the chancellor felt the war had hurt him and should resign.',
      'Former transport minister Frank Field MP said the chancellor should resign, but did not believe Mr Ruston would.',
    ], (small) => {
      expect(small.ask('Who said the chancellor should resign?', { scorer: 'rules' }).answer).toBe('Frank Field MP');
    });
  });
  it('does not answer "press secretary" with a home secretary', async () => {
    // written for this test
    await withEngineOver('other-secretary', 'Politics', [
      'Mr Adams is to join Home Secretary Jane Ruston in a visit to Leeds on Thursday.',
      'Alastair Brown, the prime minister\'s press secretary, said the visit had long been planned.',
    ], (small) => {
      expect(small.ask("Who was Mr Adams's press secretary?", { scorer: 'rules' }).answer).toBe('Alastair Brown');
    });
  });
});

describe('a saint\'s possessive place, a part of a stretch of time, a length after "after", a place before a noun for a place', () => {
  it('reads "St James\'s Palace" as one place', () => {
    // written for this test
    expect(nameTypes('The Queen will host a reception at St James\'s Palace.')["St James's Palace"]).toBe('place');
  });
  it('answers when with "the end of the decade"', async () => {
    // written for this test
    await withEngineOver('end-of-decade', 'Chips', [
      'The researchers said products using the new laser should appear by the end of the decade.',
    ], (small) => {
      expect(small.ask('When should products using the laser appear?', { scorer: 'rules' }).answer).toBe('the end of the decade');
    });
  });
  it('keeps the amount of "after 22 minutes"', async () => {
    // written for this test
    await withEngineOver('after-minutes', 'Rugby', [
      '"We had our first attack in their half after 22 minutes," said Smith.',
    ], (small) => {
      expect(small.ask('When did Smith\'s side have their first attack in their half?', { scorer: 'rules' }).answer).toBe('after 22 minutes');
    });
  });
  it('answers where someone grew up with the place before "town", not the one before a role', async () => {
    // written for this test
    await withEngineOver('place-before-town', 'Tribute', [
      'Hundreds paid tribute on Sunday to late US TV presenter John Carver in the Kansas town where he grew up.',
    ], (small) => {
      expect(small.ask('Where did Carver grow up?', { scorer: 'rules' }).answer).toBe('Kansas');
    });
  });
});

describe('a name inside a relative clause between a subject and its verb', () => {
  it('answers which company paid with the subject, not the owner the "which" clause names', async () => {
    // written for this test
    await withEngineOver('relative-aside', 'Fines', [
      'Westway Radio, which is owned by Corwen Media, paid fines totalling $2.1m in 1996 to settle complaints.',
    ], (small) => {
      expect(small.ask('Which company paid fines totalling $2.1m in 1996?', { scorer: 'rules' }).answer).toBe('Westway Radio');
    });
  });
});

describe('a place-noun used as a player\'s title, a threshold as an amount, a possessive pronoun before the question\'s words, a surname before a country', () => {
  it('answers "Which centre …?" with the player the noun titles', async () => {
    // written for this test
    await withEngineOver('centre-title', 'Rugby', [
      'Scotland centre Alan Corrie and flanker Jim Baird will miss Sunday\'s game with France because of injury.',
    ], (small) => {
      expect(small.ask('Which centre will miss Sunday\'s game with France?', { scorer: 'rules' }).answer).toBe('Alan Corrie');
    });
  });
  it('reads a threshold as a number, not a date', () => {
    // written for this test
    expect(analyzeQuestion('What tax threshold do the Greens propose?').kind).toBe('number');
  });
  it('does not answer with the question\'s own words after "its"', async () => {
    // written for this test
    await withEngineOver('its-own-words', 'Drugs', [
      'The firm, Medlow, said it hoped to sell 5 million shares. Its main product, corvatine, is made from a protein in frog skin.',
    ], (small) => {
      expect(small.ask("What is Medlow's main product?", { scorer: 'rules' }).answer).toBe('corvatine');
    });
  });
  it('reads a surname before a country\'s name as a place', () => {
    // written for this test
    expect(nameTypes('The show will open at Tate Britain in May.')['Tate Britain']).toBe('place');
  });
});

describe('"Which X" answered by a common noun of another kind, a part of the sentence a semicolon sets off', () => {
  it('does not answer "Which river …?" with a noun for no river', async () => {
    // written for this test
    await withEngineOver('which-other-sort', 'Art', [
      'The model offers an immersive experience of a valley that once had a river running through it, until it was bricked up in the 19th Century.',
    ], (small) => {
      expect(small.ask('Which river ran through the valley?').answered).toBe(false);
    });
  });
  it('answers from the part of the sentence that holds the question\'s words', async () => {
    // written for this test
    await withEngineOver('semicolon-part', 'Airlines', [
      'Sky Airways is Peru\'s premier private domestic carrier; Air Andes is ranked third in the category.',
    ], (small) => {
      expect(small.ask("What is Peru's premier private domestic carrier?", { scorer: 'rules' }).answer).toBe('Sky Airways');
    });
  });
});

describe('a body named with a capitalised little word, a Spanish plural article', () => {
  it('keeps "Reporters" in "Reporters Without Borders", a body', async () => {
    // written for this test
    expect(nameTypes('The ruling was criticised by press watchdog Reporters Without Borders on Monday.')['Reporters Without Borders']).toBe('organization');
    await withEngineOver('capital-link-body', 'Press', [
      'The ruling was criticised by press watchdog Reporters Without Borders on Monday.',
    ], (small) => {
      expect(small.ask('Which watchdog criticised the ruling?', { scorer: 'rules' }).answer).toBe('Reporters Without Borders');
    });
  });
  it('reads a name opened by "Los" as no person\'s', async () => {
    // written for this test
    await withEngineOver('los-band', 'Music', [
      'Los Hermanos de Plan B are one of Chile\'s hottest hip-hop acts.',
    ], (small) => {
      expect(small.ask("Which group is one of Chile's hottest hip-hop acts?", { scorer: 'rules' }).answer).toBe('Los Hermanos de Plan B');
    });
  });
});

describe('a place before "United", a doer the passive does not name', () => {
  it('reads "Leeds United" as a side, not a place', async () => {
    // written for this test
    expect(nameTypes('Ken Barton has completed his takeover of Leeds United.')['Leeds United']).toBe('organization');
  });
  it('answers who did something with the doer, not a name before the verb in the passive with no "by"', async () => {
    // written for this test
    await withEngineOver('agentless-passive', 'Football', [
      'Alan Thorpe scored from the penalty spot at the start of the second half after Shaun Mallon had been fouled.',
      'The referee booked Craig Bryce for a foul on Mallon.',
    ], (small) => {
      expect(small.ask('Who fouled Mallon for the penalty?', { scorer: 'rules' }).answer).toBe('Craig Bryce');
    });
  });
});

describe('an acronym bracketed with its words, a quotation a noun gives, a clause "but" sets off', () => {
  it('expands an acronym from lower-case words bracketed after it, and a hyphenated one from the words before it', async () => {
    // written for this test
    await withEngineOver('bracketed-expansion', 'Radio', [
      'The station was founded by former club DJ (disc jockey) Ann Porter in 1998.',
      'Some operators prefer a standard called Enhanced, Data Rates (EN-DR) for their networks.',
    ], (small) => {
      expect(small.ask('What does DJ stand for?').answer).toBe('disc jockey');
      expect(small.ask('What does EN-DR stand for?').answer).toBe('Enhanced, Data Rates');
    });
  });
  it('answers "What is X\'s slogan?" with the quotation the noun gives', async () => {
    // written for this test
    await withEngineOver('slogan-quote', 'Campaign', [
      'Mr Grant said the party\'s slogan would be "Forward together, never back."',
    ], (small) => {
      expect(small.ask("What is the party's slogan?", { scorer: 'rules' }).answer).toBe('Forward together, never back');
    });
  });
  it('does not answer who did something with the subject of a clause "but" sets against it', async () => {
    // written for this test
    await withEngineOver('but-clause', 'Campaign', [
      'Mr Grant said the campaign would start in March.',
      'Mr Grant will lead the party\'s campaign this year.',
      'Mr Hale has headed the party\'s preparations for previous polls but Mr Grant is taking that role this time.',
    ], (small) => {
      expect(small.ask("Who headed the party's preparations for previous polls?", { scorer: 'rules' }).answer).toBe('Hale');
    });
  });
});

describe('another name opened by the question\'s word, a place a hyphen joins to "born", a name made a verb, a name "be" makes the noun asked about', () => {
  it('keeps the first word of another name that begins like the question\'s', async () => {
    // written for this test
    await withEngineOver('same-start', 'Games', [
      'The game has three cities: Los Santos, a copy of Los Angeles, and Las Venturas, a carbon copy of Las Vegas.',
    ], (small) => {
      expect(small.ask('What is Las Venturas a carbon copy of?', { scorer: 'rules' }).answer).toBe('Las Vegas');
    });
  });
  it('answers where someone was born with the place before "-born"', async () => {
    // written for this test
    await withEngineOver('born-place', 'Film', [
      'Australia-born Gibson moved to the US in 1970 and directed several films there.',
    ], (small) => {
      expect(small.ask('Where was Gibson born?', { scorer: 'rules' }).answer).toBe('Australia');
    });
  });
  it('reads "Americanised" as no name', () => {
    // written for this test
    expect(nameTypes('It was adapted for radio in 1952 with Tom Price as an Americanised "Jimmy" Holmes.')['Americanised']).toBeUndefined();
  });
  it('answers "What is the next X?" with the name "is to be" makes it', async () => {
    // written for this test
    await withEngineOver('copula-name', 'Television', [
      'Casterbridge Nights, the author\'s first crime novel, is to be the next Sunday drama, with director Ann Lee behind the camera.',
    ], (small) => {
      expect(small.ask('What is the next Sunday drama?', { scorer: 'rules' }).answer).toBe('Casterbridge Nights');
    });
  });
});

describe('a dollar sum with its country\'s letters, a saint\'s name alone as a place, a role an apposition gives the question\'s verb, acronyms in small letters', () => {
  it('reads "A$584m" as a sum of money', async () => {
    // written for this test
    await withEngineOver('country-dollars', 'Wine', [
      'Brewer Kestrel spent A$584m on buying an 18.8% stake in Marrowby from the Oatley family.',
    ], (small) => {
      expect(small.ask('How much did Kestrel spend on its stake in Marrowby?', { scorer: 'rules' }).answer).toBe('A$584m');
    });
  });
  it('answers where with a saint\'s name in the possessive alone, kept whole', async () => {
    // written for this test
    expect(nameTypes("The side held the Saints at St Mary's in their fifth-round tie.")["St Mary's"]).toBe('place');
    await withEngineOver('saints-ground', 'Football', [
      "The League Two side held the Saints at St Mary's in their fifth-round tie.",
    ], (small) => {
      expect(small.ask('Where did the League Two side hold the Saints?', { scorer: 'rules' }).answer).toBe("St Mary's");
    });
  });
  it('answers "Who chairs X?" with a source an apposition makes the chair of X', async () => {
    // written for this test
    await withEngineOver('chair-apposition', 'Industry', [
      '"Smaller makers are facing an uphill struggle," said Hugh Farrant, chair of the Guild\'s Small Firms Council.',
    ], (small) => {
      expect(small.ask("Who chairs the Guild's Small Firms Council?", { scorer: 'rules' }).answer).toBe('Hugh Farrant');
    });
  });
  it('expands an acronym written in small letters or with a digit', async () => {
    // written for this test
    await withEngineOver('written-acronyms', 'Phones', [
      'Fixed lines face a technology with the name of Voice over IP (Voip).',
      'Peer-to-peer (P2P) networks are here to stay, experts say.',
      'New Media for a New Millennium (NM2) will develop a new media genre.',
    ], (small) => {
      expect(small.ask('What does Voip stand for?').answer).toBe('Voice over IP');
      expect(small.ask('What does P2P stand for?').answer).toBe('Peer-to-peer');
      // (no words spell the "2" of "NM2": not "New Millennium")
      expect(small.ask('What does NM2 stand for?').answer).not.toBe('New Millennium');
    });
  });
  it('does not answer how much with the step an amount went by to the level asked', async () => {
    // written for this test
    await withEngineOver('step-to-level', 'Oil', [
      'The agency raised its estimate of 2005 oil demand by 80,000 barrels a day to 84 million barrels a day.',
    ], (small) => {
      expect(small.ask('How much oil demand does the agency estimate for 2005?', { scorer: 'rules' }).answer).not.toBe('80,000');
    });
  });
});

describe('a currency the tagger reads after a number, what a "which he directed" clause was done to, a verb the tagger reads as an adjective or a plural noun', () => {
  it('reads "12 trillion won" and "3.1bn Australian dollars" as sums of money, currency and all', async () => {
    // written for this test
    await withEngineOver('won-currency', 'Banking', [
      'The agreement will see some 12 trillion won of debt converted into equity.',
      'Vintara has rejected a takeover offer worth 3.1bn Australian dollars ($2.3bn; £1.8bn) from Kestrel.',
    ], (small) => {
      expect(small.ask('How much debt will be converted into equity?', { scorer: 'rules' }).answer).toBe('some 12 trillion won');
      // (a nationality before the currency's word is the currency's)
      expect(small.ask("How much was Kestrel's offer worth?", { scorer: 'rules' }).answer).toBe('3.1bn Australian dollars ($2.3bn; £1.8bn)');
    });
  });
  it('answers "Which film did X direct?" with the name a "which he directed" clause follows', async () => {
    // written for this test
    expect(analyzeQuestion('Which film did Zach Braff direct?').terms.find((t) => t.text === 'direct')?.role).toBe('verb');
    await withEngineOver('relative-object', 'Film', [
      'Its leading star, Zoe Marsh, has recently been seen on the big screen in Garden State, which she also directed.',
    ], (small) => {
      expect(small.ask('Which film did Zoe Marsh direct?', { scorer: 'rules' }).answer).toBe('Garden State');
    });
  });
  it('reads "shows" before a name as the question\'s verb, and the noun before it as the one asked about', async () => {
    // written for this test
    const q = analyzeQuestion('Which network shows Scrubs in the US?');
    expect(q.kind).toBe('organization');
    expect(q.terms.find((t) => t.text === 'shows')?.role).toBe('verb');
    await withEngineOver('plural-verb-name', 'Television', [
      'Scrubs, which appears on the NBC network in the US and has been shown on Channel 4 on British television, is a comedy.',
    ], (small) => {
      expect(small.ask('Which network shows Scrubs in the US?', { scorer: 'rules' }).answer).toBe('NBC');
    });
  });
});

describe('a quoted title before the noun asked about, with a denial inside it', () => {
  it('answers with the quotation before the noun, its "not" denying nothing outside it', async () => {
    // written for this test
    await withEngineOver('quote-before-head', 'Spam', [
      'Lycos Europe launched its "Make love not spam" campaign last week.',
      'Other firms followed with campaigns of their own.',
    ], (small) => {
      expect(small.ask('Which campaign did Lycos Europe launch?', { scorer: 'rules' }).answer).toBe('Make love not spam');
      expect(small.ask("What was Lycos Europe's campaign called?").answer).toBe('Make love not spam');
    });
  });
});

describe('roles and names listed together', () => {
  it('gives a role to the name right after it, not to the name before its comma', async () => {
    // written for this test
    await withEngineOver('listed-roles', 'Band', [
      'Singer/guitarist Jamie Bradley, bassist Nicky Wane and drummer Sean Mowbray were joined by a rhythm guitarist.',
    ], (small) => {
      expect(small.ask("Who is the band's bassist?", { scorer: 'rules' }).answer).toBe('Nicky Wane');
    });
  });
});

describe('"I\'ve" no name, a "while" clause with its own subject, a date in the part of the sentence naming another place', () => {
  it('reads "I\'ve" as no name', () => {
    // written for this test
    expect(nameTypes("It was the biggest screen I've ever seen, says Arnold.")["I've"]).toBeUndefined();
  });
  it('does not answer who did something with the subject of a "while" clause', async () => {
    // written for this test
    await withEngineOver('while-clause', 'Film', [
      "Wasp was made by ex-children's TV presenter Ann Arden while Little Terror is the work of Ravi Kumar.",
      'Arden, from Dartford in Kent, described her victory as "truly overwhelming. I\'m really not used to this kind of thing," she said, after receiving her award from actor Jeremy Iles.',
    ], (small) => {
      expect(small.ask('Who presented Arden with her award?', { scorer: 'rules' }).answer).toBe('Jeremy Iles');
    });
  });
  it('gives the date of the part of the sentence that names the question\'s place', async () => {
    // written for this test
    await withEngineOver('dates-by-part', 'Film', [
      "The film's worldwide release will start in South Korea on 24 December, and France on 12 January.",
    ], (small) => {
      expect(small.ask('When will the film be released in France?', { scorer: 'rules' }).answer).toBe('12 January');
    });
  });
});

describe('an event named like a place, a body titled by the role asked about, the size of a group, a bare year after a preposition', () => {
  it('does not read a race whose name ends in "Country" as a country', async () => {
    // written for this test
    await withEngineOver('event-not-country', 'Athletics', [
      'The runner, who led Spain to World Cross Country silver last year, pulled away from the field in the final lap.',
    ], (small) => {
      expect(nameTypes('The runner led Spain to World Cross Country silver last year.')['World Cross Country']).toBe('name');
      expect(small.ask('Which country did the runner lead?', { scorer: 'rules' }).answer).toBe('Spain');
    });
  });
  it('answers "who" with a body the role asked about titles right before it', async () => {
    // written for this test
    await withEngineOver('titled-body', 'Games', [
      'Sales of the console doubled in a week, said market researchers GfK-Data.',
      '"The market is strong," Halton Bank researcher Jo Dent told reporters.',
    ], (small) => {
      expect(small.ask('Who are the market researchers?', { scorer: 'rules' }).answer).toBe('GfK-Data');
    });
  });
  it('gives the size of the group a question with no verb of its own counts in', async () => {
    // written for this test
    await withEngineOver('group-size', 'Rugby', [
      'The coach said nine players were injured, out of a squad of 34, before the quarter-final.',
    ], (small) => {
      expect(small.ask("How many players are in the coach's squad?", { scorer: 'rules' }).answer).toBe('34');
      expect(small.ask('How many players were injured?', { scorer: 'rules' }).answer).toBe('nine');
    });
  });
  it('dates with a year the tagger reads as a bare number, after a preposition, and reads the noun a participle modifies as the one asked about', async () => {
    // written for this test
    expect(analyzeQuestion('What is the most recently proposed date for the switch-over?').kind).toBe('date');
    await withEngineOver('bare-year', 'Television', [
      'Ministers have proposed a switch-over to digital broadcasting, with 2014 the most recently proposed date.',
    ], (small) => {
      expect(small.ask('What is the most recently proposed date for the switch-over?', { scorer: 'rules' }).answer).toBe('2014');
    });
  });
});

describe('a plural noun after the copula, "be" after a modal, an action asked for, a verb after the name asked about, a title a passive verb awards', () => {
  it('reads a plural in -s after "were" and a name as a noun, not the question\'s verb', () => {
    // written for this test
    expect(analyzeQuestion('How much were Acme shares up?').terms.find((t) => t.text === 'shares')?.role).not.toBe('verb');
    expect(analyzeQuestion('Who is the man who runs Acme?').terms.find((t) => t.text === 'runs')?.role).toBe('verb');
  });
  it('reads the noun after "will be" as the one asked about', () => {
    // written for this test
    expect(analyzeQuestion('Who will be the principal beneficiary of the scheme?').headTerm).toBeDefined();
  });
  it('gives passages, no short answer, for what someone urged others to do', async () => {
    // written for this test
    await withEngineOver('to-do', 'Viruses', [
      'The security firm urged users and companies to update their anti-virus software.',
    ], (small) => {
      const a = small.ask('What did the security firm urge users to do?');
      expect(a.answered).toBe(false);
      expect(a.related?.length ?? 0).toBeGreaterThan(0);
    });
  });
  it('answers who something was made with, not what it is', async () => {
    // written for this test
    await withEngineOver('made-with', 'Film', [
      'The director received death threats about his film Surrender.',
      'Surrender was made with the writer Anna Veldt and was due to be shown on 3 March.',
    ], (small) => {
      expect(analyzeQuestion('Who was Surrender made with?').kind).toBe('person');
      expect(small.ask('Who was Surrender made with?', { scorer: 'rules' }).answer).toBe('Anna Veldt');
    });
  });
  it('answers which work was named best of its kind with the subject of "named", the awards\' name whole', async () => {
    // written for this test
    expect(analyzeQuestion('Which play was named best new play?').asksName).toBeFalsy();
    expect(nameTypes("It won in the Critics' Circle Theatre Awards.")["Critics' Circle Theatre Awards"]).toBeDefined();
    await withEngineOver('named-best', 'Theatre', [
      "The Hollow Men by Ian Reade has been named best new play in the Critics' Circle Theatre Awards.",
    ], (small) => {
      expect(small.ask('Which play was named best new play?', { scorer: 'rules' }).answer).toMatch(/^(The )?Hollow Men$/);
    });
  });
});

describe('a count in the clause of the question\'s name, "another" count, a count of shares for "what share", the end of a month', () => {
  it('gives the count the question\'s name has, the verb read as a noun after it, over one a body\'s initials have', async () => {
    // written for this test
    await withEngineOver('clause-count', 'Jobs', [
      'RTB currently employs 96,000 people while Norvell employs 21,000.',
    ], (small) => {
      expect(small.ask('How many people does Norvell employ?', { scorer: 'rules' }).answer).toBe('21,000');
      expect(small.ask('How many people does RTB employ?', { scorer: 'rules' }).answer).toBe('96,000');
    });
  });
  it('reads "another" count as a count of the noun the sentence before counted', async () => {
    // written for this test
    await withEngineOver('another-count', 'Jobs', [
      'The bank said 4,200 jobs would go as a result of branch closures.',
      'Another 900 will go from its mortgage division, and 600 from its call centres.',
    ], (small) => {
      expect(small.ask("How many jobs will go from the bank's mortgage division?", { scorer: 'rules' }).answer).toBe('900');
    });
  });
  it('does not read a count of shares as a share of a whole', async () => {
    // written for this test
    await withEngineOver('share-of', 'Media', [
      'Under the offer, Vale shareholders who own Vale stock will receive 2.15 Orton shares for each Vale share they own.',
      'Orton, the media group run by Ann Lee, has 71% of the shares in the company, home to the Vale television network.',
    ], (small) => {
      expect(small.ask('What share of Vale does Orton own?', { scorer: 'rules' }).answer).toBe('71%');
    });
  });
  it('gives "the end of" a month as the date', async () => {
    // written for this test
    await withEngineOver('end-of-month', 'Airlines', [
      'The airline warned of losses if it fails to cut wage costs by $300m by the end of April.',
    ], (small) => {
      expect(small.ask('By when must the airline cut wage costs?', { scorer: 'rules' }).answer).toBe('the end of April');
    });
  });
});

describe('a place in an order, a courtesy title alone no mention of a name, a family name after a courtesy title, a side no place', () => {
  it('answers where someone finished with the ordinal, with no digit in the sentence', async () => {
    // written for this test
    expect(analyzeQuestion('Where did Ann Marsh finish in Oslo?').asksRank).toBe(true);
    expect(analyzeQuestion('Where did the race finish?').asksRank).toBeFalsy();
    expect(analyzeQuestion('Where did Omai come from?').asksRank).toBeFalsy();
    await withEngineOver('rank', 'Athletics', [
      'Ann Marsh finished fourth behind the Dane in Oslo, and was pleased with her form.',
    ], (small) => {
      expect(small.ask('Where did Ann Marsh finish in Oslo?').answer).toBe('fourth');
    });
  });
  it('does not count "Mr" before another name as a mention of the question\'s', async () => {
    // written for this test: a parking story whose "Mr Li" once counted for "Mr Voss"
    const article = (id: string, title: string, paragraphs: string[]) => ['---', `id: ${id}`, `title: ${title}`, '---', paragraphs.join('\n\n')].join('\n');
    const small = await createEngine(await tempCorpus({
      'parking.md': article('parking', 'Parking charges', [
      'Traffic jams in Harbin are prompting officials to look at changing car parking charges.',
      'Car ownership has risen fast, and there are now a million cars on the city\'s roads. Fees at indoor car parks are high, making drivers reluctant to use them. "The price gap between indoor and outdoor lots is unreasonable," said Li Ping, an official from the city\'s pricing bureau quoted in the state-run Harbour Daily newspaper. Mr Li, who is in charge of collecting parking fees, said his team would look at adjusting prices to close the gap. Indoor bays can cost up to 250% more than outdoor ones.',
      'Mr Li said his review team may scrap the cheap hourly fee near sports grounds. Mr Li\'s team will also look into complaints from residents about poor service.',
    ]),
      'games.md': article('games', 'Orton eyes games', [
      'Orton Media, the group controlled by billionaire Sam Reed, is eyeing a move into the video games market.',
      'According to the Daily Ledger, chief operating officer Peter Voss said that Orton is looking at pretty much all video games companies. Video games are big business, the paper quoted Mr Voss as saying.',
      'Mr Voss told the paper that Orton was finding it hard to identify a suitable target.',
    ]),
      'film.md': article('film', 'Orton film arm', [
      'Orton Media is seeking to buy out minority investors in its film arm for about $5bn.',
      'The media group, run by Sam Reed, owns 82% of the shares in the company. Mr Voss said the deal made sense for investors.',
    ]),
    }), { warn: () => {} });
    try {
      expect(small.ask('Which newspaper quoted Mr Voss?', { scorer: 'rules' }).answer).not.toBe('Harbour Daily');
      expect(small.ask('Which newspaper quoted Mr Li?', { scorer: 'rules' }).answer).toBe('Harbour Daily');
    } finally {
      await small.close();
    }
  });
  it('keeps a family name that comes before the given name after a courtesy title', async () => {
    // written for this test
    await withEngineOver('family-first', 'Retail', [
      'The retailer is majority-owned by Malaysian entrepreneur Dr Khoo Kay Peng.',
    ], (small) => {
      expect(small.ask('Who owns the majority of the retailer?', { scorer: 'rules' }).answer).toBe('Khoo Kay Peng');
    });
  });
  it('answers where with the place after "in", not a side played for', async () => {
    // written for this test
    await withEngineOver('side-not-place', 'Rugby', [
      'Young lock Sean Dunne was hurt while playing for the Ireland against Fiji in the under-19 tournament in Perth.',
    ], (small) => {
      expect(small.ask('Where was Sean Dunne hurt?', { scorer: 'rules' }).answer).toBe('Perth');
    });
  });
});

describe('a firm in talks to buy, a place the subject is in, "were up" for a rise, a price of one', () => {
  it('does not answer who bought something with a firm only in talks to buy it', async () => {
    // written for this test
    await withEngineOver('in-talks', 'Oil', [
      "India's biggest oil firm, Indoil, says it is in talks to buy the former assets of troubled producer Karvex.",
    ], (small) => {
      expect(small.ask("Which firm bought Karvex's assets?", { scorer: 'rules' }).answered).toBe(false);
    });
  });
  it('does not answer who did something with the place its doers are in', async () => {
    // written for this test
    await withEngineOver('place-of-subject', 'Music', [
      'Archivists in Ohio have discovered a 40-year-old recording of a young Lena Shaw singing at a school concert.',
    ], (small) => {
      expect(small.ask('Who discovered the Lena Shaw recording?', { scorer: 'rules' }).answer).not.toBe('Ohio');
    });
  });
  it('reads "were up" as the rise asked about, in the clause of the question\'s own subject', async () => {
    // written for this test
    await withEngineOver('were-up', 'Retail', [
      'Sales at cafes and bars rose by 0.4%, while bakery sales were up 0.7%.',
    ], (small) => {
      expect(small.ask('How much did bakery sales rise?', { scorer: 'rules' }).answer).toBe('0.7%');
    });
  });
  it('gives the price of one for "How much are …?"', async () => {
    // written for this test
    await withEngineOver('price-each', 'Festival', [
      'The festival took £2.1m in weekend ticket sales last year, organisers said.',
      'Weekend tickets are now on sale priced at £95 each.',
    ], (small) => {
      expect(small.ask('How much are weekend tickets?', { scorer: 'rules' }).answer).toBe('£95');
    });
  });
});

describe('a part played with its courtesy title, a work\'s title beginning with the series the question names', () => {
  it('keeps "Mrs" in the name of a part played', async () => {
    // written for this test
    await withEngineOver('part-title', 'Theatre', [
      'In recent years she played Mrs Hobbs in the London stage version of The Glass Tower.',
    ], (small) => {
      expect(small.ask('Who did she play in The Glass Tower?', { scorer: 'rules' }).answer).toBe('Mrs Hobbs');
    });
  });
  it('keeps the series\' name at the start of a film\'s title', async () => {
    // written for this test
    await withEngineOver('series-title', 'Film', [
      'Ann Marle made her first Laugh Along film in 1969, when she appeared in Laugh Along Again Nurse.',
    ], (small) => {
      expect(small.ask("What was Ann Marle's first Laugh Along film?", { scorer: 'rules' }).answer).toBe('Laugh Along Again Nurse');
    });
  });
});

describe('a ranking asked by "rank", a ranking\'s number, a title of small words, a date in what a verb reports, a date after "of"', () => {
  it('asks for a place in an order with "rank", and answers with a ranking\'s number, not an ordinal of another noun', async () => {
    // written for this test
    expect(analyzeQuestion('Where does The Night Shift rank among new shows?').asksRank).toBe(true);
    await withEngineOver('rank-verb', 'Television', [
      'The Night Shift has drawn four million viewers and is 57th in the ratings of all new shows.',
    ], (small) => {
      expect(small.ask('Where does The Night Shift rank among new shows?', { scorer: 'rules' }).answer).toBe('57th');
    });
    await withEngineOver('rank-number', 'Tennis', [
      'Dan Kerrigan, ranked number 38 in the world, took the first set easily before rain stopped play in the second round.',
    ], (small) => {
      expect(small.ask('Where is Dan Kerrigan ranked in the world?', { scorer: 'rules' }).answer).toBe('number 38');
    });
  });
  it('takes a title made of small words for a name', async () => {
    // written for this test
    await withEngineOver('small-title', 'Music', [
      'The Vanes were the only Scottish band to win a Video Music Award this year, taking the best video prize for Take Me Over.',
    ], (small) => {
      expect(small.ask('Which video won The Vanes a Video Music Award?', { scorer: 'rules' }).answer).toBe('Take Me Over');
    });
  });
  it('does not date what a verb is asked about by a date in what it reports', async () => {
    // written for this test
    await withEngineOver('reported-date', 'Politics', [
      'The minister is expected to end months of delay on Friday and announce there will be a referendum on 9 June.',
    ], (small) => {
      expect(small.ask('When will the referendum be announced?', { scorer: 'rules' }).answer).toBe('Friday');
    });
    // (an aside between is no report: "suspend the flights - which it says will remain under review - from 27 March")
    await withEngineOver('aside-date', 'Airlines', [
      'Skyways suspended flights to Oman for three weeks in autumn 2003 after a warning.',
      'Skyways will now suspend the Oman flights - which it says will remain under constant review - from 27 March.',
    ], (small) => {
      expect(small.ask('When will Skyways suspend the Oman flights?', { scorer: 'rules' }).answer).toBe('from 27 March');
    });
  });
  it('reads a date after "of" as dating the noun before it', async () => {
    // written for this test
    await withEngineOver('of-date', 'Aviation', [
      'The new licences are due to be issued in March next year, in line with the revised Geneva Accord on Pilot Training of May 2002.',
    ], (small) => {
      expect(small.ask('When are the new pilot licences due to be issued?', { scorer: 'rules' }).answer).toBe('March next year');
    });
  });
});

describe('a work\'s noun read as a verb, a hyphenated name, a place naming a body, no count of what a possessive owns, a title of rank, a passive "how long", a thing in apposition', () => {
  it('reads "film" after a singular noun as the noun for a work', async () => {
    // written for this test
    await withEngineOver('film-noun', 'Awards', [
      'US film Broken Hearts won the award for best foreign feature.',
      'Oscar-nominated war film The Long Road from Canada won best foreign film, while Iron Men was named best documentary.',
    ], (small) => {
      expect(small.ask('Which film won best foreign film?', { scorer: 'rules' }).answer).toBe('The Long Road');
    });
  });
  it('reads a name\'s hyphenated end as part of the name, not the noun asked about', () => {
    // written for this test
    expect(analyzeQuestion('Who is the CEO of Datalink-corp?').kind).toBe('person');
  });
  it('answers which body with a place naming it and its noun', async () => {
    // written for this test
    await withEngineOver('place-body', 'Piracy', [
      'The action came after the operators of Filemesh agreed a settlement with the MPAA.',
      'A Denver court agreed that studio lawyers would be allowed access to Filemesh\'s server records.',
    ], (small) => {
      expect(small.ask("Which court agreed lawyers could access Filemesh's server records?", { scorer: 'rules' }).answer).toBe('Denver court');
    });
  });
  it('asks for no count or date of what a firm or a group in the possessive after "which" owns', () => {
    // written for this test
    expect(analyzeQuestion("Which firm's shares fell?").kind).toBe('thing');
    expect(analyzeQuestion("Which group's presidency is Britain taking up?").kind).toBe('thing');
    expect(analyzeQuestion('How many shares fell?').kind).toBe('number');
  });
  it('keeps a title of rank before a lone name', async () => {
    // written for this test
    await withEngineOver('rank-title', 'Politics', [
      'Party chief executive Lord Renwick said the appointment was a real boost.',
    ], (small) => {
      expect(small.ask("Who is the party's chief executive?", { scorer: 'rules' }).answer).toBe('Lord Renwick');
    });
  });
  it('asks how long a passive verb lasted, not a length', async () => {
    // written for this test
    expect(analyzeQuestion('How long was Carl Lombe banned for?').kind).toBe('duration');
    expect(analyzeQuestion('How long is the tunnel?').kind).toBe('measure');
    await withEngineOver('passive-long', 'Athletics', [
      'News broke that 10,000m hope Carl Lombe had tested positive. Lombe was handed a two-year ban from the sport.',
    ], (small) => {
      expect(small.ask('How long was Carl Lombe banned for?', { scorer: 'rules' }).answer).not.toBe('10,000m');
    });
  });
  it('answers which thing with the name a noun for it stands in apposition to, not what it comes with', async () => {
    // written for this test
    await withEngineOver('thing-apposed', 'Gadgets', [
      'For those who like gadgets, the Zelvo, a powerful gaming console with GPS and GPRS, that also doubles up as an MP3 player, could be a must-have.',
    ], (small) => {
      expect(small.ask('Which console also doubles up as an MP3 player?', { scorer: 'rules' }).answer).toBe('Zelvo');
    });
    // (a name after "of" the noun still names: "a demo of Metro Runners")
    await withEngineOver('demo-of', 'Games', [
      'The game ships with a demo of Metro Runners - a 3D action title which can be played alone or with a group of friends.',
    ], (small) => {
      expect(small.ask('Which demo ships with the game?', { scorer: 'rules' }).answer).toBe('Metro Runners');
    });
  });
});

describe('a given name the tagger reads as a role, a venue after "in the", a peer\'s place, a chart place for where', () => {
  it('keeps a given name that is also a word for something else', async () => {
    // written for this test
    await withEngineOver('given-robin', 'Politics', [
      'Former foreign secretary Robin Cook said the answer suggested Parliament may have been misled.',
    ], (small) => {
      expect(small.ask('Which former foreign secretary said Parliament may have been misled?', { scorer: 'rules' }).answer).toBe('Robin Cook');
    });
  });
  it('answers where with a name after "in the", which no person is', async () => {
    // written for this test
    await withEngineOver('venue-the', 'Soap', [
      'Dan died after being confronted by Zoe, Chrissie and Sam in the Queen Vic.',
    ], (small) => {
      expect(small.ask('Where did Dan die?', { scorer: 'rules' }).answer).toBe('Queen Vic');
    });
  });
  it('keeps a peer\'s title and place with the name', async () => {
    // written for this test
    await withEngineOver('peer-place', 'Politics', [
      'He said the answer had been prepared with two of his own officials and the then Lord Chancellor, Lord Irwin of Lairgmore.',
    ], (small) => {
      expect(small.ask('Who was the Lord Chancellor when the answer was prepared?', { scorer: 'rules' }).answer).toBe('Lord Irwin of Lairgmore');
    });
  });
  it('answers where a record went in with its place in the chart', async () => {
    // written for this test
    await withEngineOver('chart-place', 'Charts', [
      'Soldiers, by Destiny Girls, Ti and Lil Dune, debuted at number four, while Almost There fell to number five.',
    ], (small) => {
      expect(small.ask("Where did Destiny Girls' Soldiers debut?", { scorer: 'rules' }).answer).toBe('number four');
    });
  });
});

describe('the subject of a passive asked, a body\'s name led by an adjective, a name of the noun a possessive question asks about', () => {
  it('answers "Which company was named …?" with the one before the passive verb, its name whole', async () => {
    // written for this test
    await withEngineOver('passive-subject', 'Games', [
      'General Pixels was named top publisher of the year, taking the crown from Zentendo which won in 2003.',
    ], (small) => {
      expect(small.ask('Which company was named top publisher of the year?', { scorer: 'rules' }).answer).toBe('General Pixels');
    });
    await withEngineOver('passive-subject-2', 'Games', [
      'In London, Raven Studio was named top publisher of the year, taking the crown from Zentendo Corp which won the award in 2003.',
    ], (small) => {
      expect(small.ask('Which company was named top publisher of the year?', { scorer: 'rules' }).answer).toBe('Raven Studio');
    });
  });
  it('answers which owner a question asks about by what it owns with the name of that noun', async () => {
    // written for this test
    expect(analyzeQuestion("Which weblog's readers found the way round?").kind).toBe('thing');
    expect(analyzeQuestion("Which weblog's readers found the way round?").list).toBe(false);
    await withEngineOver('owner-named', 'Rugby', [
      'The summer demise of the Border Knights region left Evans in the cold and forced him to take a contract with Neath RFC.',
    ], (small) => {
      expect(small.ask("Which region's demise left Evans in the cold?", { scorer: 'rules' }).answer).toBe('Border Knights');
    });
  });
});

describe('a date in a phrase of "after" and the verb asked, a ranking "in the world", another\'s ranking number', () => {
  it('dates the verb asked inside its "after …-ing" phrase, and a part of a year still dates', async () => {
    // written for this test
    await withEngineOver('gerund-date', 'Tennis', [
      'Maria Vance slid down the world rankings in the second half of 2004 after contracting the illness in April.',
    ], (small) => {
      expect(small.ask('When did Maria Vance contract the illness?', { scorer: 'rules' }).answer).toBe('April');
      expect(small.ask('When did Maria Vance slide down the world rankings?', { scorer: 'rules' }).answer).toBe('2004');
    });
  });
  it('answers where someone is ranked with a number "in the world", not another\'s "world number"', async () => {
    // written for this test
    await withEngineOver('world-rank', 'Tennis', [
      'Maria Vance, who has slipped to nine in the world after a virus, faces a tough title defence next month.',
      'Vance was speaking after a 6-2 5-7 6-2 loss to world number five Petrova in Charleroi on Sunday.',
    ], (small) => {
      expect(small.ask('Where is Maria Vance ranked in the world?', { scorer: 'rules' }).answer).toBe('nine');
    });
  });
});

describe('the level an index moved to, a stake\'s size, what an amount tops, a name in another\'s relative clause, a building where', () => {
  it('reads "What did the … index rise to?" past nouns the tagger took for verbs, and eased moves too', async () => {
    // written for this test
    expect(analyzeQuestion('What did the ABC factory output index rise to in May?').kind).toBe('number');
    expect(analyzeQuestion('What did the jobs index ease to?').kind).toBe('number');
    expect(analyzeQuestion('Which index fell the most?').kind).toBe('thing');
    await withEngineOver('index-level', 'Factories', [
      'The ABC factory output index rose to 61.2 in May from 59.9 in April, the trade body said.',
      'The jobs index, measuring hiring by members, eased to 48.3 from 50.1.',
    ], (small) => {
      expect(small.ask('What did the ABC factory output index rise to in May?', { scorer: 'rules' }).answer).toBe('61.2');
      expect(small.ask('What did the jobs index ease to?', { scorer: 'rules' }).answer).toBe('48.3');
    });
  });
  it('answers "What stake does X own …?" and "What was the … index?" with the size or the level', async () => {
    // written for this test
    expect(analyzeQuestion('What stake does Halden Life own in Corvel?').kind).toBe('number');
    expect(analyzeQuestion('What was the employment index in April?').kind).toBe('number');
    await withEngineOver('stake-size', 'Markets', [
      'Reports say Halden Life, which owns a 3% stake in Corvel, may seek a shareholder vote on the issue.',
    ], (small) => {
      expect(small.ask('What stake does Halden Life own in Corvel?', { scorer: 'rules' }).answer).toBe('3%');
    });
  });
  it('answers what an amount is expected to top with the level', async () => {
    // written for this test
    expect(analyzeQuestion('What does the trade body expect sales to top in 2006?').kind).toBe('number');
    expect(analyzeQuestion('What did the film top?').kind).toBe('thing');
    await withEngineOver('amount-tops', 'Cars', [
      'The trade body said it expects sales to top 320,000 in 2006.',
    ], (small) => {
      expect(small.ask('What does the trade body expect sales to top in 2006?', { scorer: 'rules' }).answer).toBe('320,000');
    });
  });
  it('does not answer what a name owns with a name in another name\'s relative clause', async () => {
    // written for this test
    await withEngineOver('other-relative', 'Exchanges', [
      'The Oslo exchange is also holding talks with Halden Borse\'s rival Nordnext, which operates the Bergen and Tromso exchanges, as well as the derivatives market Fjordex.',
      'In May, Halden Borse, which also owns the derivatives market Skarex and the clearing firm Clearex, put an offer of 530 pence a share on the table.',
      'A deal with Halden Borse\'s rival Nordnext, which owns the derivatives market Fjordex, could offer more savings.',
    ], (small) => {
      expect(small.ask('Which derivatives market does Halden Borse own?', { scorer: 'rules' }).answer).toBe('Skarex');
    });
  });
  it('reads a country before "international" and a player\'s name as the side capped, not where he is', async () => {
    // written for this test
    await withEngineOver('capped-side', 'Football', [
      'And the manager has no plans to recall former Wales Under-19 international Gareth Pryce from his loan spell at Swindon.',
    ], (small) => {
      expect(small.ask('Where is Gareth Pryce on loan?', { scorer: 'rules' }).answer).toBe('Swindon');
    });
  });
  it('keeps a lower-case part of a hyphenated name inside the name', async () => {
    // written for this test
    await withEngineOver('hyphen-part', 'Politics', [
      'Since independence in 1991, Tarkestan has been ruled by its president Aslan Bekir-uly Temirov.',
    ], (small) => {
      expect(small.ask('Who is the president of Tarkestan?', { scorer: 'rules' }).answer).toBe('Aslan Bekir-uly Temirov');
    });
  });
  it('answers what a level was before with the one it went from', async () => {
    // written for this test
    await withEngineOver('earlier-level', 'Airlines', [
      'It raised the maximum foreign holding allowed to 74% from 26%.',
    ], (small) => {
      expect(small.ask('What was the maximum foreign holding before?', { scorer: 'rules' }).answer).toBe('26%');
    });
  });
  it('answers what someone was nicknamed with the words a naming verb puts in single quotes', async () => {
    // written for this test
    await withEngineOver('single-quote-name', 'Cars', [
      "Dubbed 'the cost cutter' for pushing through huge cuts, Mr Hallam reduced Corvel's overheads by 20%.",
      'Mr Hallam transformed Corvel into a profitable business.',
    ], (small) => {
      expect(small.ask('What was Hallam nicknamed?', { scorer: 'rules' }).answer).toBe('the cost cutter');
    });
  });
  it('answers "Which new X …?" with the names after "new X such as", not another noun\'s examples', async () => {
    // written for this test
    await withEngineOver('such-as', 'Search', [
      'But Zoogle has faced greater competition than ever as old rivals, such as Yarrow and Macrosoft, and new entrants such as Amazar and Blinkit, try to grab some of the audience.',
    ], (small) => {
      expect(small.ask('Which new entrants compete with Zoogle?', { scorer: 'rules' }).answer).toBe('Amazar and Blinkit');
    });
  });
  it('answers where someone died with the place and the building after "at a"', async () => {
    // written for this test
    await withEngineOver('building-where', 'Obituaries', [
      'Former minister Sir Edwin Harrow has died at a Leeds hospice, his family has announced.',
      'The former Labour MP for Leeds North, died after a long illness.',
    ], (small) => {
      expect(small.ask('Where did Sir Edwin Harrow die?', { scorer: 'rules' }).answer).toBe('Leeds hospice');
    });
  });
  it('expands an acronym from its first capitalised word, not from "of" inside it', async () => {
    // written for this test
    await withEngineOver('acronym-of', 'Housing', [
      'House prices dipped slightly in November, the Office of the Deputy Housing Minister (ODHM) has said.',
    ], (small) => {
      expect(small.ask('What does ODHM stand for?').answer).toBe('Office of the Deputy Housing Minister');
    });
  });
  it('answers the level in a month asked with the one given for that month, though it went from it', async () => {
    // written for this test
    await withEngineOver('from-level-month', 'Housing', [
      'The average house price in the region fell from £180,126 in November to £178,906, the figures showed.',
    ], (small) => {
      expect(small.ask('What was the average house price in the region in November?', { scorer: 'rules' }).answer).toBe('£180,126');
    });
  });
  it('keeps a player\'s country out of the name in "X of Russia"', async () => {
    // written for this test
    await withEngineOver('name-of-country', 'Tennis', [
      'Daria Vance moved into the quarter-finals of the Doha Open, after beating Elene Likhotseva of Russia 7-5 6-4, and now faces Serena Williams.',
    ], (small) => {
      expect(small.ask('Who did Daria Vance beat in Doha?', { scorer: 'rules' }).answer).toBe('Elene Likhotseva');
    });
  });
  it('answers "Which musical …?" with the title after "hit musical", the tagger\'s adjective, over a phrase in lower case', async () => {
    // written for this test
    await withEngineOver('work-title', 'Theatre', [
      'The original stars of Swedish pop quartet Zebba have reunited for the home premiere of hit musical Mamma Zia! which is based on the band\'s songs.',
    ], (small) => {
      expect(small.ask('Which musical did Zebba reunite for?', { scorer: 'rules' }).answer).toBe('Mamma Zia');
    });
  });
  it('does not answer which film won an award with another award "and" joins to the one asked', async () => {
    // written for this test
    await withEngineOver('joined-award', 'Film star honoured', [
      'British actor Colin Ware, who has won a Golden Globe and a Bafta for his supporting role in Nearer, said it meant a lot.',
      'The film is out in May.',
    ], (small) => {
      expect(small.ask('Which film did Colin Ware win the Golden Globe for?', { scorer: 'rules' }).answer).toBe('Nearer');
    });
  });
  it('reads "What is the biggest … guzzler?" as asking for a thing, not a person', async () => {
    // written for this test
    expect(analyzeQuestion('What is the biggest power guzzler on a laptop?').kind).toBe('thing');
    expect(analyzeQuestion('What is the name of the chief executive?').kind).toBe('person');
    await withEngineOver('what-guzzler', 'Laptops', [
      'Also, said Mr Trainer, research is being done on ways to cut energy use on displays - currently the biggest power guzzler on a laptop.',
    ], (small) => {
      expect(small.ask('What is the biggest power guzzler on a laptop?', { scorer: 'rules' }).answer).toBe('displays');
    });
  });
  it('keeps "next" with the month it dates though the question has the word', async () => {
    // written for this test
    await withEngineOver('next-month', 'Politics', [
      'Ministers will want to avoid strikes before the next general election, which is widely expected next May.',
    ], (small) => {
      expect(small.ask('When is the next general election expected?', { scorer: 'rules' }).answer).toBe('next May');
    });
  });
  it('answers how many with two counts "or" joins, the whole guess', async () => {
    // written for this test
    await withEngineOver('or-range', 'Music', [
      'The group plays maybe four or five shows a year.',
    ], (small) => {
      expect(small.ask('How many shows does the group play a year?', { scorer: 'rules' }).answer).toBe('four or five');
    });
  });
  it('answers how many with the level a count rose to, not the step nor "more" of them', async () => {
    // written for this test
    await withEngineOver('count-level', 'Jobs', [
      'The number of people out of work rose 32,000 to 1.41 million in the last three months of 2004, even as 90,000 more people were in employment.',
    ], (small) => {
      expect(small.ask('How many people were out of work in the last three months of 2004?', { scorer: 'rules' }).answer).toBe('1.41 million');
    });
  });
  it('keeps the place after "of" out of a name a given name opens, its last word a dictionary word', async () => {
    // written for this test
    await withEngineOver('given-of-place', 'Courts', [
      'The lawsuit was filed against Ryan Samuel Pitlow, a University of Texas student, and Mark Stephen Trotter of California.',
    ], (small) => {
      expect(small.ask('Where is Mark Stephen Trotter from?', { scorer: 'rules' }).answer).toBe('California');
    });
  });
  it('answers what profit with the amount after "a profit of", not another noun\'s "of" amount', async () => {
    // written for this test
    await withEngineOver('profit-of', 'Insurers', [
      'Halden Life had sales of $5.2bn in 2004 and made a profit of $901m.',
    ], (small) => {
      expect(small.ask('What profit did Halden Life make?', { scorer: 'rules' }).answer).toBe('$901m');
    });
  });
  it('answers what a level fell to with the one after "to just", not the one it fell from', async () => {
    // written for this test
    await withEngineOver('hedged-level', 'Call centres', [
      'The average training time for a call centre worker fell last year from 36 to just 21 days, a survey found.',
    ], (small) => {
      expect(small.ask('What did the average training time fall to?', { scorer: 'rules' }).answer).toBe('21 days');
    });
  });
  it('answers how often with a span after "every" or a word for one, not a span alone', async () => {
    // written for this test
    expect(analyzeQuestion('How often does Zoogle update its index?').often).toBe(true);
    await withEngineOver('how-often', 'Search', [
      'Zoogle has indexed 5 billion pages in 30 days and claims to update its index every two days.',
      'The virus-fighting program will be updated monthly and is a precursor to Zoogle releasing dedicated anti-virus software.',
    ], (small) => {
      expect(small.ask('How often does Zoogle update its index?', { scorer: 'rules' }).answer).toBe('every two days');
      expect(small.ask('How often will the virus-fighting program be updated?', { scorer: 'rules' }).answer).toBe('monthly');
    });
  });
  it('answers between which years with both years the tagger read as plain numbers', async () => {
    // written for this test
    await withEngineOver('bare-years', 'Music', [
      'The foundation moved the building, in which Al Hendon lived between 1953 and 1956, when the land was to be developed.',
    ], (small) => {
      expect(small.ask('Between which years did Al Hendon live in the building?', { scorer: 'rules' }).answer).toBe('between 1953 and 1956');
    });
  });
  it('keeps a noble\'s place, another alike asked for, and a relative clause of the question\'s own name', async () => {
    // written for this test: readings this round's others must leave alone
    await withEngineOver('noble-other-own', 'Rivers', [
      'The Alsace on the left banks of the Upper Rhine was sold to Burgundy by Archduke Sigmund of Austria in 1469.',
      'Lake Constance separates the German state of Bavaria and Baden-Wurttemberg from Austria.',
      'In Wesel is the western end of the second shipping route, the Wesel-Datteln Canal, which runs parallel to the Lippe.',
    ], (small) => {
      expect(small.ask('Who sold the Upper Rhine to Burgundy?', { scorer: 'rules' }).answer).toBe('Sigmund of Austria');
      expect(small.ask('What does the Wessel-Datteln canal run parallel to?', { scorer: 'rules' }).answer).toBe('Lippe');
    });
  });
});

describe('a range of counts, a bounding date, an apposition to the noun asked about or to another, a clause between dashes, a season\'s years', () => {
  it('keeps an "-ing" word the dictionary has as a noun in a body\'s name, and a bare range of counts whole', async () => {
    // written for this test
    await withEngineOver('ing-name-range', 'Adverts', [
      'Following complaints, the Advertising Standards Authority contacted Fenwick TV to cease promotion of the show.',
      '"It does not look like Marlow will be ready for two to three weeks," the manager said.',
    ], (small) => {
      expect(small.ask('Which body contacted Fenwick TV to stop the promotion?', { scorer: 'rules' }).answer).toBe('Advertising Standards Authority');
      expect(small.ask('How long will Marlow be out?', { scorer: 'rules' }).answer).toBe('two to three weeks');
    });
  });
  it('gives a date with the words that qualify or bound it, and a month with its year relative to now', async () => {
    // written for this test
    await withEngineOver('bounded-dates', 'Verdicts', [
      'She moved to Tarnshire nearly 20 years ago where she works from her studio.',
      '"We expect a verdict from the Brelish Athletics Federation before the end of March," the spokesman said.',
      'Dr Halvorsen - who became chairman of the Nordic Reserve for a fifth term in June 2004 - will step down in January next year.',
    ], (small) => {
      expect(small.ask('When did she move to Tarnshire?', { scorer: 'rules' }).answer).toBe('nearly 20 years ago');
      expect(small.ask('When does the federation expect a verdict?', { scorer: 'rules' }).answer).toBe('before the end of March');
      expect(small.ask('When will Halvorsen step down?', { scorer: 'rules' }).answer).toBe('January next year');
    });
  });
  it('reads "Which warm-up event …?" for its noun and answers with the name in apposition after it, not the name of a noun the question only gives', async () => {
    // written for this test
    expect(analyzeQuestion('Which warm-up event did Varga decide against?').headTerm).toBe('event');
    await withEngineOver('apposed-head', 'Tennis', [
      'Varga also decided against competing in the Grand Open warm-up event, the Coastal International.',
      'Fletcher was seen reciting poems, appearing in a revue, Tele-Ho, and playing the Emperor of Morocco in the first televised pantomime, Dick Whittington.',
    ], (small) => {
      expect(small.ask('Which warm-up event did Varga decide against?', { scorer: 'rules' }).answer).toBe('Coastal International');
      expect(small.ask('Whom did Fletcher play in the first televised pantomime?', { scorer: 'rules' }).answer).not.toBe('Dick Whittington');
    });
  });
  it('answers "To what did … fall?" with the level, and a count a plural noun "numbers" with the count', async () => {
    // written for this test
    expect(analyzeQuestion('To what did Skyjet shares fall?').kind).toBe('number');
    await withEngineOver('level-count', 'Airlines', [
      'Shares in Skyjet fell 65 cents to $14.35 as analysts voiced their disappointment.',
      'Arland\'s net users number 100m but this represents less than 8% of the country\'s people.',
      'Analysts predict that net users in Arland will exceed the 137 million Brelish users of the net by 2008.',
    ], (small) => {
      expect(small.ask('To what did Skyjet shares fall?', { scorer: 'rules' }).answer).toBe('$14.35');
      expect(small.ask('How many net users does Arland have?', { scorer: 'rules' }).answer).toBe('100m');
    });
  });
  it('dates what the question asks, not a saying, and not another name\'s date in a list', async () => {
    // written for this test
    await withEngineOver('said-dates', 'Licensing', [
      'The police chief said last week that the plans for late drinking should be re-examined.',
      'He did not agree with officers who have objected to the plans, which come into force on 7 March.',
      'She has won a number of prizes including the Tarn Open in 1989 and the Moss Open in 1991.',
    ], (small) => {
      expect(small.ask('When do the late drinking plans come into force?', { scorer: 'rules' }).answer).toBe('7 March');
      expect(small.ask('When did she win the Moss Open?', { scorer: 'rules' }).answer).toBe('1991');
      expect(small.ask('When did she win the Tarn Open?', { scorer: 'rules' }).answer).toBe('1989');
    });
  });
  it('gives a season by its two years, an amount with its qualifier, and a sum with the time it is per', async () => {
    // written for this test
    await withEngineOver('season-years', 'Stadiums', [
      'The club is due to move into its new Harbour Stadium for the start of the 2006/07 season.',
      'A union representing flight attendants at Skyjet has agreed to a contract that cuts pay by nearly 10%.',
      'The firm told the tribunal that the division had been losing about $1m a week.',
    ], (small) => {
      expect(small.ask('When will the club move into its new stadium?', { scorer: 'rules' }).answer).toBe('the start of the 2006/07 season');
      expect(small.ask('By how much will the flight attendants\' pay be cut?', { scorer: 'rules' }).answer).toBe('nearly 10%');
      expect(small.ask('How much was the division losing?', { scorer: 'rules' }).answer).toBe('about $1m a week');
    });
  });
  it('does not answer who did something to a name with that name\'s real name, unless the name is asked', async () => {
    // written for this test
    await withEngineOver('alias', 'Lawsuits', [
      'The lawsuit names Doggo Prime - real name Calvin Brisbane - plus three associates.',
    ], (small) => {
      expect(small.ask('Who sued Doggo Prime?', { scorer: 'rules' }).answer).not.toBe('Calvin Brisbane');
      expect(small.ask('What is Doggo Prime\'s real name?', { scorer: 'rules' }).answer).toBe('Calvin Brisbane');
    });
  });
  it('answers with the name a noun titles, not the name that modifies the noun or a phrase cut inside a name', async () => {
    // written for this test
    await withEngineOver('titled-name', 'Awards', [
      'The originality award was won by GameBox 2 title Singalong while the children\'s award went to Donkey Drums.',
      'Its owner, Pemberton Cruises - now part of the huge US Calloway Corporation - faced a loss.',
    ], (small) => {
      expect(small.ask('Which title won the originality award?', { scorer: 'rules' }).answer).toBe('Singalong');
      expect(small.ask('What is Pemberton Cruises now part of?', { scorer: 'rules' }).answer).toBe('US Calloway Corporation');
    });
  });
  it('reads "What is X seeded?" as a ranking, and counts a noun past modifiers "and" joins', async () => {
    // written for this test
    expect(analyzeQuestion('What is Varga seeded?').kind).toBe('number');
    expect(analyzeQuestion('What is Varga doing?').kind).not.toBe('number');
    await withEngineOver('seeded-count', 'Forum', [
      'The 34-year-old Varga, seeded eighth, made a poor start.',
      'Some 2,000 business and political leaders will listen to the opening speech on Wednesday, one of 20 speeches.',
    ], (small) => {
      expect(small.ask('What is Varga seeded?', { scorer: 'rules' }).answer).toBe('eighth');
      expect(small.ask('How many leaders will listen to the opening speech?', { scorer: 'rules' }).answer).toBe('Some 2,000');
    });
  });
  it('reads "Which three credit rating agencies …?" for its noun and names all three, and gives a length of time with the stretch it is of', async () => {
    // written for this test
    expect(analyzeQuestion('Which three credit rating agencies downgraded Harwood?').headTerm).toBe('agenc');
    await withEngineOver('three-agencies', 'Ratings', [
      'The scandal has prompted three credit rating agencies - Standard & Poor\'s, Moody\'s and Fitch - to downgrade Harwood in recent weeks.',
      'The manufacturing sector will continue to face serious challenges over the next two years, the chamber said.',
    ], (small) => {
      expect(small.ask('Which three credit rating agencies downgraded Harwood?', { scorer: 'rules' }).answer).toBe('Standard & Poor\'s, Moody\'s and Fitch');
      expect(small.ask('How long will the manufacturing sector face serious challenges?', { scorer: 'rules' }).answer).toBe('the next two years');
    });
  });
  it('answers "Against whom …?" with a side, a group\'s total with its size, and the level after "to a new high of"', async () => {
    // written for this test
    expect(analyzeQuestion('Against whom will Hallam start?').kind).toBe('name');
    expect(analyzeQuestion('Whom will Hallam marry?').kind).toBe('person');
    expect(analyzeQuestion('What is Korvel\'s total workforce?').kind).toBe('number');
    await withEngineOver('against-total-peak', 'Markets', [
      'The coach has revealed Dan Hallam will start against the Netherlands.',
      'According to the paper, 3,000 jobs - out of a total workforce of 6,500 - could be lost at Korvel.',
      'Tarnex saw its shares surge 4.9% to a new high of 583p in early trade.',
    ], (small) => {
      expect(small.ask('Against whom will Hallam start?', { scorer: 'rules' }).answer).toBe('Netherlands');
      expect(small.ask('What is Korvel\'s total workforce?', { scorer: 'rules' }).answer).toBe('6,500');
      expect(small.ask('To what level did Tarnex shares rise?', { scorer: 'rules' }).answer).toBe('583p');
    });
  });
  it('reads "How much did … slip?" as asking the change, as "rise" and "fall" are', async () => {
    // written for this test
    expect(analyzeQuestion('How much did Tarnex shares slip?').change).toBe(true);
    await withEngineOver('slip-change', 'Markets', [
      'Tarnex shares slipped 3% to 410p in early trade.',
    ], (small) => {
      expect(small.ask('How much did Tarnex shares slip?', { scorer: 'rules' }).answer).toBe('3%');
    });
  });
});

describe('a title with a hyphened noun, a common name searched by, a unit shared over "to", a list in an aside, a people, a name a naming verb gives', () => {
  it('takes the name after the question\'s whole title, "Portugal full-back", over one after "full-back" alone', async () => {
    // written for this test
    await withEngineOver('full-back', 'Rugby', [
      'But full-back Marlow believes the new side can beat Portugal on Saturday.',
      'Marlow has been in fine form all season.',
      'The fly-half missed a kick after Portugal full-back Rui Santos, tackled by Marlow, threw the ball into touch.',
    ], (small) => {
      expect(small.ask('Who is the Portugal full-back?', { scorer: 'rules' }).answer).toBe('Rui Santos');
    });
  });
  it('searches by a name in many passages when the question has only one rarer word ("US" in "Who is the US coach?")', async () => {
    // written for this test: four articles of short sentences naming coaches outrank the long one
    // naming the US coach unless "US" is searched by too
    const article = (id: string, title: string, paragraphs: string[]) => ['---', `id: ${id}`, `title: ${title}`, '---', paragraphs.join('\n\n')].join('\n');
    const names = ['Adams', 'Baker', 'Clark', 'Dixon', 'Evans', 'Foster', 'Grant', 'Hughes', 'Irving', 'Jones', 'Kerr', 'Lane'];
    const files: Record<string, string> = {};
    for (let a = 0; a < 4; a++) files[`f${a}.md`] = article(`f${a}`, `Squad news ${a}`, names.map((n, i) => `Coach ${n}${a}${i} left.`));
    files['us.md'] = article('us', 'Markets', Array.from({ length: 64 }, (_, i) => `The US market grew by ${i + 2}% in month ${i + 1}.`));
    files['t.md'] = article('t', 'Tennis', ['US coach Pat Keane wants Rodd and the rest of his team to play more tennis on grass and hone their skills on the surface.']);
    const engine = await createEngine(await tempCorpus(files), { warn: () => {} });
    try {
      expect(engine.ask('Who is the US coach?', { scorer: 'rules' }).answer).toBe('Pat Keane');
    } finally {
      await engine.close();
    }
  });
  it('reads a bare count after "from six months to" as a length of time, for "How long … extended to?"', async () => {
    // written for this test
    await withEngineOver('leave', 'Budget', [
      'It includes a £200m fund to extend paid parental leave from six months to nine, with parents able to share it.',
    ], (small) => {
      expect(small.ask('How long will paid parental leave be extended to?', { scorer: 'rules' }).answer).toBe('nine');
    });
  });
  it('weighs a clause without the question\'s verb that holds more of its other words as the question\'s too', async () => {
    // written for this test
    await withEngineOver('tips', 'Awards', [
      'Its star Jane Dorey is favourite to win best actress while John Roper is tipped to win best actor for Rain.',
      'Rain star John Roper is clear favourite in the best actor category while Jane Dorey is tipped to win the best actress prize at the ceremony in Hollywood next month.',
    ], (small) => {
      expect(small.ask('Who is tipped to win best actress?', { scorer: 'rules' }).answer).toBe('Jane Dorey');
    });
    // (not the noun asked about, which names the answer's own sort: "his band Shambles" is no band he left)
    await withEngineOver('left-band', 'Music', [
      'Mr Dawes left The Lanterns at the end of June 2004, but continued performing with his band Shambles.',
    ], (small) => {
      expect(small.ask('Which band did Dawes leave?', { scorer: 'rules' }).answer).toBe('The Lanterns');
    });
  });
  it('finds what "is" says a name is past an aside holding a list, and not for a title in that list', async () => {
    // written for this test
    await withEngineOver('presenters', 'Awards', [
      'Chinese actress Li Wen, star of Red Lantern, Blue Kite, Hero and House of Daggers, is the latest name to be added to the list of presenters.',
    ], (small) => {
      expect(small.ask('Who is the latest name added to the list of presenters?', { scorer: 'rules' }).answer).toBe('Li Wen');
    });
  });
  it('answers who with a people a nationality stands for ("The French were …")', async () => {
    // written for this test
    await withEngineOver('spam', 'Spam', [
      'The French were the second most likely to buy something (48%), with 44% of Britons taking advantage of offers.',
    ], (small) => {
      expect(small.ask('Who were the second most likely to buy something?', { scorer: 'rules' }).answer).toBe('French');
    });
  });
  it('does not take "the best film award" for "Which film …?"', async () => {
    // written for this test
    await withEngineOver('film', 'Awards', [
      'The Navigator has been tipped by UK bookmakers as the favourite to win the best film award this year.',
    ], (small) => {
      expect(small.ask('Which film is favourite to win best film?', { scorer: 'rules' }).answer).toBe('Navigator');
    });
  });
  it('answers "What is X called?" with the name "billed as" or "called" gives, whole, and not past a spaced dash', async () => {
    // written for this test
    await withEngineOver('tablet', 'Gadgets', [
      'Zentro has unveiled a new, cheap Vela tablet for students, billed as the Nimbus mini.',
      'Mr Harlow refused to confirm he is setting up a new political party called Fidelis - Latin for faithful.',
    ], (small) => {
      expect(small.ask('What is Zentro\'s new cheap tablet called?', { scorer: 'rules' }).answer).toBe('Nimbus mini');
      expect(small.ask('What is Mr Harlow\'s new party called?', { scorer: 'rules' }).answer).toBe('Fidelis');
    });
  });
  it('reads "How much faster …?" as asking a multiple, and answers it', async () => {
    // written for this test
    expect(analyzeQuestion('How much faster will the Zeta chip run than current PC chips?').kind).toBe('number');
    await withEngineOver('chip', 'Chips', [
      'The Zeta processor, which will drive the new console, will run 10-times faster than current PC chips, its designers have said.',
    ], (small) => {
      expect(small.ask('How much faster will the Zeta processor run than current PC chips?', { scorer: 'rules' }).answer).toBe('10-times');
    });
  });
  it('does not take the name ending a relative clause for the subject of the verb after it', async () => {
    // written for this test
    await withEngineOver('snub', 'Awards', [
      'The man who said he got the film off the ground and signed up Leonardo Brand has been shut out of the awards race.',
    ], (small) => {
      expect(small.ask('Who has been shut out of the awards race?', { scorer: 'rules' }).answered).toBe(false);
    });
  });
});

describe('a place another verb takes, a programme\'s title, an amount of names taken together, "be" past phrases, a role after a dash', () => {
  it('does not answer where with a place another verb takes as its object', async () => {
    // written for this test
    await withEngineOver('fixtures', 'Football', [
      'Arsenal will play the Magpies a day after Chelsea beat Portsmouth during a busy festive programme.',
    ], (small) => {
      expect(small.ask('Where did Arsenal play Chelsea?', { scorer: 'rules' }).answer).not.toBe('Portsmouth');
    });
    // (not a place after a form of "be", nor one modifying the noun after it)
    await withEngineOver('not-objects', 'Places', [
      'The first stop on the world tour will be Istanbul, Turkey from 10-13 February.',
      'In December it bought New York-based anti-spyware firm Giant Company Software.',
    ], (small) => {
      expect(small.ask('Where is the first stop on the world tour?', { scorer: 'rules' }).answer).toBe('Istanbul');
      expect(small.ask('Where is Giant Company Software based?', { scorer: 'rules' }).answer).toBe('New York');
    });
  });
  it('reads "Radio 4\'s Today programme" as the Today programme, owned by Radio 4', async () => {
    // written for this test
    await withEngineOver('today', 'Politics', [
      'Speaking on Radio 4\'s Today programme, Mr Clarke said political give and take would replace more rigid rules.',
    ], (small) => {
      expect(small.ask('On which programme did Clarke speak?', { scorer: 'rules' }).answer).toBe('Today');
    });
  });
  it('weighs an amount of the question\'s name taken with another ("England and Wales") below one of it alone', async () => {
    // written for this test
    await withEngineOver('applications', 'Universities', [
      'Applications from England and Wales rose by 17% between January 2005 and the previous year.',
      'Also, applications from Wales, where there are no plans for top-up fees, have also risen, by 19%.',
    ], (small) => {
      expect(small.ask('By how much have applications from Wales risen?', { scorer: 'rules' }).answer).toBe('19%');
    });
    // (not names given their amounts in turn)
    await withEngineOver('respectively', 'Squad', ['Munster and Leinster have 12 and 11 players in the squad respectively.'], (small) => {
      expect(small.ask('How many Munster players are in the squad?', { scorer: 'rules' }).answer).toBe('12 and 11');
    });
  });
  it('finds what "was" says the noun asked about is, past a phrase after the noun and a noun phrase before the name', async () => {
    // written for this test
    await withEngineOver('first-film', 'Film', [
      'Cuaron\'s first film for Warner Brothers was 1995\'s family fantasy movie A Little Princess, made with Frances Hodgson in New York.',
    ], (small) => {
      expect(small.ask('What was Cuaron\'s first film for Warner Brothers?', { scorer: 'rules' }).answer).toBe('Little Princess');
    });
  });
  it('reads a role between dashes after a name as that name\'s, and whose it is', async () => {
    // written for this test
    await withEngineOver('dash-role', 'Rugby', [
      'Kel Coslett is currently Saints\' football manager, while Clive Griffiths - Wales\' defensive coach - is a former St Helens player.',
      'Saints coach Ian Millward has given his approval.',
    ], (small) => {
      expect(small.ask('Who is Wales\' defensive coach?', { scorer: 'rules' }).answer).toBe('Clive Griffiths');
      expect(small.ask('Who is the coach of St Helens?', { scorer: 'rules' }).answer).toBe('Ian Millward');
    });
  });
  it('reads a given name before a hyphened surname as a person\'s ("Janet Street-Porter"), whatever its parts say', async () => {
    // written for this test
    await withEngineOver('row', 'Reality TV', [
      'Ladbrokes suspended betting after singer Brian Hale quit the show following a blazing row with Janet Street-Porter.',
    ], (small) => {
      expect(small.ask('Who did Brian Hale row with?', { scorer: 'rules' }).answer).toBe('Janet Street-Porter');
      // (and, a person now, she is not who quit: a preposition's object after the verb is not its subject)
      expect(small.ask('Who quit the show after a row?', { scorer: 'rules' }).answer).toBe('Brian Hale');
    });
    // (though "from" may give a noun's doer)
    await withEngineOver('tries-from', 'Rugby', ['Wales scored first through Tom Shanklin but had tries from Mark Cueto and Josh Lewsey disallowed.'], (small) => {
      expect(small.ask('Who scored tries for Wales?', { scorer: 'rules' }).answer).toBe('Mark Cueto and Josh Lewsey');
    });
  });
  it('answers "Which group is X from?" with the body before X\'s role ("Three Degrees star X")', async () => {
    // written for this test
    await withEngineOver('group-from', 'Reality TV', [
      'Three Degrees star Sheila Fenton is the favourite to be evicted from ITV\'s I\'m A Celebrity on Monday.',
    ], (small) => {
      expect(small.ask('Which group is Sheila Fenton from?', { scorer: 'rules' }).answer).toBe('Three Degrees');
    });
  });
  it('answers a share with "a quarter of", over a rate an amount moved by ("down 3.7%")', async () => {
    // written for this test
    await withEngineOver('quarter', 'Computers', ['The firm is by far the biggest player in China, with more than a quarter of the market.'], (small) => {
      expect(small.ask('What share of the market does the firm have?', { scorer: 'rules' }).answer).toBe('more than a quarter');
    });
    await withEngineOver('moved-by', 'Computers', [
      'Dell is mounting a fight for market share in China, and Lenovo\'s sales were down 3.7% by revenue.',
      'Lenovo has 27% of the market in China.',
    ], (small) => {
      expect(small.ask('What share of the market in China does Lenovo have?', { scorer: 'rules' }).answer).toBe('27%');
    });
    // (not a rate after a passive's "by", nor a sum given beside the question's word "record")
    await withEngineOver('by-share', 'Games', [
      'Sports-based games attracted 90% of young males, while puzzle games were played by 80% of females.',
      'The price of crude has fallen from the record of $55.67 set in late October.',
      'The budget deficit hit a record $412bn in the 12 months to 30 September 2004.',
    ], (small) => {
      expect(small.ask('What share of females play puzzle games?', { scorer: 'rules' }).answer).toBe('80%');
      expect(small.ask('What was the record deficit in the 12 months to 30 September 2004?', { scorer: 'rules' }).answer).toBe('$412bn');
    });
  });
  it('reads "What was X\'s peak audience?" as asking a size, and "Which portfolio …?" as asking a role', async () => {
    // written for this test
    expect(analyzeQuestion('What was The Osmonds\' peak audience?').kind).toBe('number');
    expect(analyzeQuestion('Which portfolio was Cunningham given in 1997?').kind).toBe('description');
    await withEngineOver('audience', 'Television', ['At its peak, The Osmonds had a regular audience of eight million.'], (small) => {
      expect(small.ask('What was The Osmonds\' peak audience?', { scorer: 'rules' }).answer).toBe('eight million');
    });
  });
  it('reads "two and a half times" as one multiple', async () => {
    // written for this test
    await withEngineOver('half-times', 'Budget', ['Even with the rebate, the UK pays two and a half times more than France contributes to the EU budget.'], (small) => {
      expect(small.ask('How many times more than France does the UK pay with the rebate?', { scorer: 'rules' }).answer).toBe('two and a half times');
    });
  });
});

describe('"What was" before a participle, an age range, a title in letters after a name, an aside of whom the verb was done to, the clause of the noun asked about, a body\'s adjective', () => {
  it('reads "What was thrown …?" as asking for a thing, not a place ("was" is no noun)', async () => {
    // written for this test
    expect(analyzeQuestion('What was found in the car?').kind).toBe('thing');
    await withEngineOver('thrown', 'Protest', ['Councillor Tom Reid has had a tin of red paint thrown over him by a protester in Leeds.'], (small) => {
      expect(small.ask('What was thrown over Tom Reid?', { scorer: 'rules' }).answer).toBe('tin of red paint');
    });
  });
  it('answers an age with the range after "aged" ("aged 20 to 30")', async () => {
    // written for this test
    await withEngineOver('aged', 'Police', ['The suspect is described as white, aged 20 to 30, with a shaved head.'], (small) => {
      expect(small.ask('How old is the suspect?', { scorer: 'rules' }).answer).toBe('20 to 30');
    });
  });
  it('reads "Anne Lowe MP" as Anne Lowe, with the title asked about after her name', async () => {
    // written for this test
    await withEngineOver('mp-after', 'Protest', [
      'Euro MP Tom Reid had a tin of red paint thrown over him by a protester in Leeds.',
      'Fellow guest Anne Lowe MP was also hit by the paint.',
    ], (small) => {
      expect(small.ask('Which MP was also hit by the paint?', { scorer: 'rules' }).answer).toBe('Anne Lowe');
    });
  });
  it('does not answer who did it with a name an aside says it was done to ("X, the player he beat")', async () => {
    // written for this test
    await withEngineOver('player-he-beat', 'Tennis', ['Nadal opens his campaign against Tommy Haas, the player he beat in the semi-finals in 2002.'], (small) => {
      expect(small.ask('Who beat Nadal in the semi-finals in 2002?', { scorer: 'rules' }).answer).not.toBe('Tommy Haas');
    });
  });
  it('answers "What was X\'s annual revenue?" from the clause holding "revenue", not the one naming X', async () => {
    // written for this test
    await withEngineOver('revenue', 'Cars', ['For the whole of 2004, Ford earned $3.1bn, down from $3.5bn in 2003, while its annual revenue rose 2.5% to $171bn.'], (small) => {
      expect(small.ask('What was Ford\'s annual revenue?', { scorer: 'rules' }).answer).toBe('$171bn');
    });
  });
  it('reads "National Bank of Oman" whole at a sentence\'s start, and takes the clause whose object the question gives', async () => {
    // written for this test
    await withEngineOver('banks', 'Banking', [
      'National Bank of Oman has bought a majority stake in Credit Bank of Egypt, the Jordanian investment bank Export & Trade Bank has bought 49% of National Bank of Egypt.',
    ], (small) => {
      expect(small.ask('Which bank bought a majority stake in Credit Bank of Egypt?', { scorer: 'rules' }).answer).toBe('National Bank of Oman');
    });
  });
});

describe('the whole a count is among, a name modifying the noun before another name, a verb of wanting, a subject past its auxiliary, one of a unit as a length, a count "of its" modified noun', () => {
  it('does not answer a count with the whole the counted group is among ("among the 1.1 million affected")', async () => {
    // written for this test
    await withEngineOver('among', 'Data loss', ['About 700,000 military and civilian staff at the ministry are among the 1.1 million affected, according to a spokesman.'], (small) => {
      expect(small.ask('How many ministry staff are affected?', { scorer: 'rules' }).answer).toBe('About 700,000');
    });
  });
  it('answers whom a side plays with the name after "English Premiership side", not the name modifying "side"', async () => {
    // written for this test
    await withEngineOver('side', 'Football', ['Bnei Tira are the first Arab side ever to play in European competition and will play English Premiership side Blackburn Rovers in the first round.'], (small) => {
      expect(small.ask('Who will Bnei Tira play in the first round?', { scorer: 'rules' }).answer).toBe('Blackburn Rovers');
    });
  });
  it('reads "want" as no essential verb: "its bid to acquire a stake" answers "Which bank does X want a stake in?"', async () => {
    // written for this test
    await withEngineOver('want', 'Banking', ['Lloyds added that its bid to acquire a controlling stake in South Africa\'s leading retail bank Absa was being considered by regulatory authorities.'], (small) => {
      expect(small.ask('Which South African bank does Lloyds want a controlling stake in?', { scorer: 'rules' }).answer).toBe('Absa');
    });
  });
  it('takes the price from the clause of the question\'s subject, past another subject\'s auxiliary ("The PSP is selling")', async () => {
    // written for this test
    await withEngineOver('sells', 'Games', ['The PSP is selling in Japan for 19,800 yen while Sega\'s Nomad console sells in the US and Japan for $150.'], (small) => {
      expect(small.ask('How much does Sega\'s Nomad sell for?', { scorer: 'rules' }).answer).toBe('$150');
    });
  });
  it('answers "How long …?" with one of a unit after a word of length ("as long as a year")', async () => {
    // written for this test
    await withEngineOver('a-year', 'Courts', ['It is expected the fraud trial could last as long as a year.'], (small) => {
      expect(small.ask('How long could the fraud trial last?', { scorer: 'rules' }).answer).toBe('a year');
    });
  });
  it('reads a count "of its new … consoles" as a count of consoles', async () => {
    // written for this test
    await withEngineOver('of-its', 'Games', [
      'Sega\'s goal is to ship 5 million of its new Sega Nomad handheld consoles by March 2005.',
      'Sony says it intends to ship three million of the consoles by March 2005.',
    ], (small) => {
      expect(small.ask('How many Nomad consoles does Sega aim to ship by March 2005?', { scorer: 'rules' }).answer).toBe('5 million');
    });
  });
});

describe('a particle the question lacks, a title\'s capitalised preposition, a later name of a list after a preposition, the object of the question\'s verb for where, a verb in an aside between dashes', () => {
  it('weighs down an amount after the question\'s verb and a particle the question lacks ("pay off")', async () => {
    // written for this test
    await withEngineOver('pay-off', 'Oil', [
      'Yugra was auctioned to help Neftco pay off $21.5bn in unpaid taxes.',
      'Yugra was sold to Neftco for $7.3bn in an auction, with Neftco paying in cash.',
    ], (small) => {
      expect(small.ask('How much did Neftco pay for Yugra?', { scorer: 'rules' }).answer).toBe('$7.3bn');
    });
  });
  it('reads "Smells Like Teen Spirit" whole: a capitalised preposition inside a run of capitals is a title\'s', async () => {
    // written for this test
    await withEngineOver('title-like', 'Music', ['The DVD also includes the first performance of Smells Like Teen Spirit, the track that launched the band on to the international stage in 1991.'], (small) => {
      expect(small.ask('Which track launched the band on to the international stage?', { scorer: 'rules' }).answer).toBe('Smells Like Teen Spirit');
    });
  });
  it('does not answer which band did it with names "alongside" takes after the verb', async () => {
    // written for this test
    await withEngineOver('alongside', 'Music', ['Meanwhile, rock veterans New Order have joined the Summer Park line-up alongside Athlete and Green Day.'], (small) => {
      expect(small.ask('Which band have joined the Summer Park line-up?', { scorer: 'rules' }).answer).toBe('New Order');
    });
    // (but names a passive's "by" takes are its doers: "offered by companies like X and Y")
    await withEngineOver('by-like', 'Wi-fi', ['Public wi-fi hotspots offered by companies like Zone Net and The Cloud are accessible after users sign up.'], (small) => {
      expect(small.ask('Which companies offer public wi-fi hotspots?', { scorer: 'rules' }).answer).toBe('Zone Net and The Cloud');
    });
  });
  it('does not answer where with the object of the question\'s own verb ("will play Argentina")', async () => {
    // written for this test
    await withEngineOver('play-object', 'Tennis', ['Slovakia will play Argentina in the final of the Hopman Cup after beating the Netherlands 3-0.'], (small) => {
      expect(small.ask('Where is the Hopman Cup played?', { scorer: 'rules' }).answer).not.toBe('Argentina');
    });
  });
  it('dates the question\'s verb by the date in its aside between dashes', async () => {
    // written for this test
    await withEngineOver('dash-aside', 'Politics', ['Economic output declined 0.2% in 2003 and President Jose Ramos - elected as the first working-class president in 2002 - was strongly criticised.'], (small) => {
      expect(small.ask('When was Jose Ramos elected?', { scorer: 'rules' }).answer).toBe('2002');
    });
  });
});

describe('"How big a fine …?", a unit in the possessive before the noun counted, a date with a slash', () => {
  it('reads "How big a fine …?" as asking a sum of money', async () => {
    // written for this test
    expect(analyzeQuestion('How big a fine do the pair face?').kind).toBe('money');
    // ("up" a particle of another verb asks no change; "go up" does)
    expect(analyzeQuestion('How big a cash bid is Euronext said to have funding lined up for?').change).toBeFalsy();
    expect(analyzeQuestion('How much did prices go up?').change).toBe(true);
    await withEngineOver('big-fine', 'Courts', ['The pair face jail terms of up to five years and a $250,000 fine.'], (small) => {
      expect(small.ask('How big a fine do the pair face?', { scorer: 'rules' }).answer).toBe('$250,000');
    });
  });
  it('answers "How much notice …?" with "one day\'s", the unit in the possessive going with the count', async () => {
    // written for this test
    await withEngineOver('notice', 'Security', ['Mr Yoran left his post abruptly, reportedly only giving one day\'s notice to his bosses.'], (small) => {
      expect(small.ask('How much notice did Yoran give?', { scorer: 'rules' }).answer).toBe('one day\'s');
    });
  });
  it('does not count by "the 9/11 attacks", a date with a slash', async () => {
    // written for this test
    await withEngineOver('staff-of', 'Security', [
      'The Cyber Division was created following the 9/11 attacks and has since grown.',
      'The organisation had a staff of about 60 people and a budget of about $80m.',
    ], (small) => {
      expect(small.ask('How many staff did the Cyber Division have?', { scorer: 'rules' }).answer).not.toBe('9/11');
    });
  });
});

describe('an amount whose phrase after it, past a gerund, holds the question\'s words; "How long ago …?" with its "ago"', () => {
  it('answers with the amount whose phrase after it holds the question\'s words, past a gerund ("for failing to register")', async () => {
    // written for this test
    await withEngineOver('penalties', 'ID cards', [
      'And there will be civil penalties including a fine of up to £1,000 fine for people who fail to say they have moved house or changed other details and of up to £2,500 for failing to register if the cards become compulsory.',
    ], (small) => {
      expect(small.ask('What is the fine for failing to register if the cards become compulsory?', { scorer: 'rules' }).answer).toBe('up to £2,500');
    });
  });
  it('answers "How long ago …?" with the length and its "ago"', async () => {
    // written for this test
    await withEngineOver('ago', 'DVDs', ['The pirated DVD market is enormous because current copy protection was cracked more than five years ago.'], (small) => {
      expect(small.ask('How long ago was current copy protection cracked?', { scorer: 'rules' }).answer).toBe('more than five years ago');
    });
  });
});

describe('"Whose X …?" and a possessive owning another noun', () => {
  it('does not answer "Whose trumpet …?" with a name owning another instrument ("JJ Johnson\'s trombone")', async () => {
    // written for this test
    await withEngineOver('whose', 'Auction', ['Among the instruments in the sale will be a trumpet which belonged to Dizzy Gillespie, which is expected to fetch around $500,000 (£267,000), as well as JJ Johnson\'s trombone and a vibraphone.'], (small) => {
      expect(small.ask('Whose trumpet is expected to fetch around $500,000?', { scorer: 'rules' }).answer).toBe('Dizzy Gillespie');
    });
  });
});

describe('a decimal run into its unit, a length asked by its noun, a sort WordNet joins to the noun asked about, an amount the noun is "of"', () => {
  it('reads "9.2km" in a question as the index reads it, a decimal and its unit', async () => {
    // written for this test
    expect(wordTerms('9.2km')).toEqual(['9.2', 'km']);
    expect(wordTerms('5000m')).toEqual(['5000m']);
    await withEngineOver('race-km', 'Athletics', [
      'The race was won by Pablo Ortega, who equalled the national record.',
      'World 5000m champion Daniel Kiprop won the 9.2km race at the Lowland Cross Country.',
    ], (small) => {
      expect(small.ask('Who won the 9.2km race?', { scorer: 'rules' }).answer).toBe('Daniel Kiprop');
    });
  });
  it('reads "What is the range of X?" and "the height of X" as asking a length, not a place', async () => {
    // written for this test
    expect(analyzeQuestion('What is the range of the headset?').kind).toBe('measure');
    expect(analyzeQuestion('What is the height of the tower?').kind).toBe('measure');
    // (not a noun first another sort of thing, a kind of "dimension" only as an aspect)
    expect(analyzeQuestion('What was her debut feature?').kind).not.toBe('measure');
    await withEngineOver('range', 'Gadgets', ['The firm has a prototype headset linked up to a Zen player. The range is only about one metre so it is only suitable for personal use.'], (small) => {
      expect(small.ask('What is the range of the headset?', { scorer: 'rules' }).answer).toBe('about one metre');
    });
  });
  it('answers "Which medal …?" with "bronze", a word WordNet joins to "medal", though tagged an adjective', async () => {
    // written for this test
    await withEngineOver('medal', 'Athletics', ['He also won bronze in the 200m and silver in the relay, becoming the only male athlete to win three athletics medals this summer.'], (small) => {
      expect(small.ask('Which medal did he win in the 200m?', { scorer: 'rules' }).answer).toBe('bronze');
    });
  });
  it('answers with the amount the noun asked about is "of", and for a named owner with the amount after its possessive', async () => {
    // written for this test
    await withEngineOver('record-of', 'Athletics', ['Hayes, 27, set an Olympic record of 12.37 in winning the 100m hurdles.'], (small) => {
      expect(small.ask('What Olympic record did Hayes set?', { scorer: 'rules' }).answer).toBe('12.37');
    });
    // (or a share or a sum right before it)
    await withEngineOver('pay-rise', 'Strikes', ['Tube workers walked out last week demanding a 53% pay rise and in protest against the installation of automatic ticket machines.'], (small) => {
      expect(small.ask('What pay rise are tube workers demanding?', { scorer: 'rules' }).answer).toBe('53%');
    });
    await withEngineOver('dividend-of', 'Airlines', ['The board of the airline has recommended paying a 2004 dividend of 0.30 euros per share.'], (small) => {
      expect(small.ask('What dividend has the board recommended?', { scorer: 'rules' }).answer).toBe('0.30 euros');
    });
    await withEngineOver('cap-of', 'Games', ['Activision has a stock market capitalisation of about $2.95bn, compared to EA\'s $17.8bn.'], (small) => {
      expect(small.ask('What is Activision\'s stock market capitalisation?', { scorer: 'rules' }).answer).toBe('about $2.95bn');
      expect(small.ask('What is EA\'s market capitalisation?', { scorer: 'rules' }).answer).toBe('$17.8bn');
    });
  });
});

describe('a relative clause after "X of Spain", digits after a year, the owner asked about by "Which country\'s …?", a building after a body\'s name', () => {
  it('answers "Who ousted X?" with the person "of" a place before ", who ousted", not the place', async () => {
    // written for this test
    await withEngineOver('of-spain', 'Tennis', ['Davenport will now face former Wimbledon champion, Conchita Martinez of Spain, who ousted seventh-seeded Nathalie Dechy of France 6-1 6-2.'], (small) => {
      expect(small.ask('Who ousted Nathalie Dechy?', { scorer: 'rules' }).answer).toBe('Conchita Martinez');
    });
  });
  it('does not join a count to the year before it ("Since 1997 10 overseas posts")', async () => {
    // written for this test
    await withEngineOver('year-digits', 'Diplomacy', ['Since 1997 10 overseas posts have been closed - excluding Wednesday\'s cuts - but 18 new embassies or consulates have been opened.'], (small) => {
      expect(small.ask('How many overseas posts have been closed since 1997?', { scorer: 'rules' }).answer).toBe('10');
    });
  });
  it('answers "Which country\'s biggest X …?" with the country in the possessive owning X (given without it), not another place', async () => {
    // written for this test
    await withEngineOver('owner-place', 'Aid', ['Chancellor Gordon Brown has visited Kenya\'s biggest shantytown as he opened a week-long visit to Africa.'], (small) => {
      expect(small.ask('Which country\'s biggest shantytown did Brown visit?', { scorer: 'rules' }).answer).toBe('Kenya');
    });
  });
  it('gives a venue named by a body with its building\'s noun ("the Hellenic Olympic Committee building")', async () => {
    // written for this test
    await withEngineOver('building', 'Athletics', ['The tribunal hearing will take place at the Hellenic Olympic Committee building.'], (small) => {
      expect(small.ask('Where will the tribunal hearing take place?', { scorer: 'rules' }).answer).toBe('Hellenic Olympic Committee building');
    });
  });
});

describe('"What seed is X?", a day the tagger left out of its date, two clauses of one verb, a preposition between the verb and a noun, a currency in words', () => {
  it('reads "What seed is X?" as asking a place in an order and answers with "13th seed"', async () => {
    // written for this test
    expect(analyzeQuestion('What seed is Sprem?').asksRank).toBe(true);
    expect(analyzeQuestion('Which seed is Myskina?').kind).toBe('number');
    await withEngineOver('seed', 'Tennis', ['Sprem, the Croatian 13th seed, saw off Russia\'s Elena Likhovtseva 6-3 6-2.'], (small) => {
      expect(small.ask('What seed is Sprem?', { scorer: 'rules' }).answer).toBe('13th seed');
    });
    // (not another's place, before a name the question does not give)
    await withEngineOver('seed-other', 'Tennis', ['But third seed Joachim Johansson made it through after beating Gilles Simon 7-6 6-3 while in the first match of the day, sixth seed Feliciano Lopez defeated Ivo Karlovic.'], (small) => {
      expect(small.ask('What seed is Lopez?', { scorer: 'rules' }).answer).toBe('sixth seed');
    });
  });
  it('keeps the day before its month where the tagger did not read it as a date ("the night of 12 August")', async () => {
    // written for this test
    await withEngineOver('night-of', 'Athletics', ['"We were asked all kinds of questions about the night of 12 August," said the coach.'], (small) => {
      expect(small.ask('What night were they asked about?', { scorer: 'rules' }).answer).toBe('12 August');
    });
  });
  it('answers from the clause of the verb holding more of the question\'s words, an amount opening the other one after "while"', async () => {
    // written for this test
    await withEngineOver('while-amount', 'Survey', ['And 4% of those questioned thought the Conservatives were in power - while 2% of them believed the Lib Dems were.'], (small) => {
      expect(small.ask('What percentage thought the Conservatives were in power?', { scorer: 'rules' }).answer).toBe('4%');
    });
  });
  it('does not take a noun after another preposition for the object of the question\'s verb ("charges in court")', async () => {
    // written for this test
    await withEngineOver('charges-in', 'Courts', ['On Monday the singer faced blackmail and robbery charges in court, which he denies.'], (small) => {
      expect(small.ask('What was the singer charged with?', { scorer: 'rules' }).answer).not.toBe('court');
    });
    // (a verb in the past takes what it is done with after one)
    await withEngineOver('painted-in', 'Homes', ['The walls should be dry lined with plasterboard which will allow good wall insulation, and the walls should be painted in a light colour.'], (small) => {
      expect(small.ask('What should the walls be painted?', { scorer: 'rules' }).answer).toBe('light colour');
    });
  });
  it('reads "372 riyals" as a sum in its currency, over the conversion after it', async () => {
    // written for this test
    await withEngineOver('riyals', 'Markets', ['They were trading 84% above the offer price on Monday, changing hands at 372 riyals ($99; £53) after topping 400 early in the day.'], (small) => {
      expect(small.ask('At what price did the shares change hands?', { scorer: 'rules' }).answer).toMatch(/^372 riyals/);
    });
  });
});

describe('letters WordNet has as a common noun, asked about ("What CD …?")', () => {
  it('reads "CD" after "What" as the noun asked about, not a name, and answers with the title it ends', async () => {
    // written for this test
    expect(analyzeQuestion('What CD did Mr Skeens buy?').headTerm).toBe('CD');
    expect(analyzeQuestion('What CD did Mr Skeens buy?').terms.find((t) => t.text === 'CD')?.role).toBe('head');
    await withEngineOver('cd', 'Music', ['Mr Skeens said he bought the Anywhere But Home CD for his daughter and was shocked to hear the swearing when it was played in their car.'], (small) => {
      expect(small.ask('What CD did Mr Skeens buy?', { scorer: 'rules' }).answer).toMatch(/^Anywhere But Home/);
    });
  });
});

describe('a title of rank before a lone name stays with it ("Count Olaf", "Prince Charles")', () => {
  it('answers with the title of rank and the name, as the name is written', async () => {
    // written for this test
    await withEngineOver('rank-title', 'People', ['They are taken in by their wicked uncle Count Olaf, played by Carrey, who schemes to get his hands on their fortune.', 'Prince Charles will marry Camilla Parker Bowles in April.'], (small) => {
      expect(small.ask('Who does Carrey play?', { scorer: 'rules' }).answer).toBe('Count Olaf');
      expect(small.ask('Who will marry Camilla Parker Bowles?', { scorer: 'rules' }).answer).toBe('Prince Charles');
    });
  });
});

describe('the level "the number of X" is taken to, the amount a noun of the question\'s is "of"', () => {
  it('answers "How much is X\'s bid …?" with the amount the bid is "of", over the range beside it', async () => {
    // written for this test
    await withEngineOver('bid-of', 'Mining', ['A report from investment firm Grant Samuel values WMC shares at A$7.17 to A$8.24, against Xstrata\'s bid of A$6.35 a share.'], (small) => {
      expect(small.ask('How much is Xstrata\'s bid per share?', { scorer: 'rules' }).answer).toBe('A$6.35');
    });
    // (not a noun of another owner's: Disney's revenues for EA's)
    await withEngineOver('revenues-of', 'Games', ['Its revenues were $3bn in 2004, which EA hoped to double by 2009.', 'He said it would take many years before EA could challenge Disney - which in 2004 reported revenues of $30bn - but it remained a goal.'], (small) => {
      expect(small.ask('What were EA\'s revenues in 2004?', { scorer: 'rules' }).answer).toBe('$3bn');
    });
  });
  it('answers "How many X …?" with the amount "the number of X" is taken to, over a count of another noun', async () => {
    // written for this test
    await withEngineOver('number-of', 'Broadband', [
      'The 600,000 connections take the total number of people in the UK signing up for broadband from BT to almost 3.3 million.',
      'The broadband offer will be limited to the first 50,000 people who sign up.',
    ], (small) => {
      expect(small.ask('How many people have signed up for broadband from BT?', { scorer: 'rules' }).answer).toBe('almost 3.3 million');
    });
  });
});

describe('the bare verb ending a question past a subject with a phrase of its own', () => {
  it('reads "did sales in the generics business fall?" as asking a fall, and "did the head of the bank resign?" as asking a resignation', async () => {
    // written for this test
    const fall = analyzeQuestion('How much did sales in the generics business fall?');
    expect(fall.change).toBe(true);
    expect(fall.terms.find((t) => t.role === 'verb')?.text).toBe('fall');
    expect(analyzeQuestion('When did the head of the bank resign?').terms.find((t) => t.role === 'verb')?.text).toBe('resign');
    // (not past a name's own verb: "sue" is the verb of "did Lord Archer sue for libel?")
    expect(analyzeQuestion('Which newspaper did Lord Archer sue for libel?').terms.find((t) => t.role === 'verb')?.text).toBe('sue');
    // (a title with a little word inside is no subject with a phrase: read as before)
    await withEngineOver('title-in', 'Oscars', ['Ampas decided to limit the number of producers who could be nominated after Shakespeare in Love\'s victory in 1999 saw five producers collect awards.'], (small) => {
      expect(small.ask('When did Shakespeare in Love win?', { scorer: 'rules' }).answer).toBe('1999');
    });
    await withEngineOver('fell-by', 'Drugs', ['Sales in the firm\'s generics business fell 8.6% to 966m rupees.'], (small) => {
      expect(small.ask('How much did sales in the generics business fall?', { scorer: 'rules' }).answer).toBe('8.6%');
    });
  });
});

describe('the phrase after an amount read past its conversion in brackets', () => {
  it('answers "… in total?" with the amount whose phrase after its conversion says "in total"', async () => {
    // written for this test
    await withEngineOver('in-total', 'Films', ['The sequel narrowly beat its 2001 predecessor, Ocean\'s Eleven which took $38.1m (£19.8m) on its opening weekend and $184m (£95.8m) in total.'], (small) => {
      expect(small.ask('How much did Ocean\'s Eleven take in total?', { scorer: 'rules' }).answer).toBe('$184m (£95.8m)');
    });
  });
});

describe('a name right after the possessive of the question\'s owner', () => {
  it('answers "What is X\'s album?" with the name after "X\'s", over a name the noun follows that X does not own', async () => {
    // written for this test
    await withEngineOver('owned-name', 'Music', ['OutKast\'s Speakerboxxx is a finalist for Billboard 200 album of the year, alongside Josh Groban\'s Closer.'], (small) => {
      expect(small.ask('What is Josh Groban\'s album?', { scorer: 'rules' }).answer).toBe('Closer');
    });
  });
});

describe('"What is X of Y?" asks about the name whole, and a description between dashes', () => {
  it('does not describe "the Club of Madrid" by "Real Madrid", and reads its description between dashes', async () => {
    // written for this test
    await withEngineOver('club-of', 'Politics', [
      'Wardle was speaking at the club\'s annual general meeting, where he confirmed the club had not received any bids for the former Arsenal and Real Madrid striker.',
      'She said a meeting of the Club of Madrid - a group of former world leaders - would probably discuss the ruling.',
    ], (small) => {
      expect(small.ask('What is the Club of Madrid?', { scorer: 'rules' }).answer).toBe('a group of former world leaders');
    });
  });
});

describe('a title written in title case, with a capitalised article inside', () => {
  it('gives "More Than A Woman" whole, the article going on with a title holding a capitalised little word', async () => {
    // written for this test
    await withEngineOver('title-case', 'Music', ['She was honoured with a string of posthumous awards and her single More Than A Woman went to number one in the UK.'], (small) => {
      expect(small.ask('Which single went to number one in the UK?', { scorer: 'rules' }).answer).toBe('More Than A Woman');
      expect(small.ask('Which single went to number one in the UK?', { scorer: 'learned' }).answer ?? 'More Than A Woman').toBe('More Than A Woman');
    });
  });
});

describe('a participle after another name than the question\'s', () => {
  it('does not answer "Who developed X?" with the one after "Y developed by"', async () => {
    // written for this test
    await withEngineOver('reduced-other', 'Technology', ['The two formats, Blu-ray developed by Sony and its partners, and Toshiba\'s HD-DVD, are competing for the big studios.', 'Vantel will use Sony\'s Blu-ray, but has not ruled out a rival format developed by Toshiba.'], (small) => {
      expect(small.ask('Who developed HD-DVD?', { scorer: 'rules' }).answer).toBe('Toshiba');
    });
  });
});

describe('a sum in a currency ISO 4217 names', () => {
  it('gives the currency\'s word after the number ("91m naira", "4,000 cedis")', async () => {
    // written for this test
    await withEngineOver('iso-currency', 'Business', ['The ministry set aside 91m naira for new seed nurseries.', 'Each farmer will receive 4,000 cedis in support.'], (small) => {
      expect(small.ask('How much was set aside for seed nurseries?', { scorer: 'rules' }).answer).toBe('91m naira');
      expect(small.ask('How much will each farmer receive?', { scorer: 'rules' }).answer).toBe('4,000 cedis');
    });
  });
});

describe('where from, after a move told the other way first, and a town before a role (not a name "and" joins to the question\'s)', () => {
  it('answers "Which club did X move from?" with the town after "from", though "to" came first', async () => {
    // written for this test
    await withEngineOver('moved-from', 'Football', ['Harlow, who moved to the Stadio Nuevo from Ipswich last summer, has scored six goals this season.'], (small) => {
      expect(small.ask('Which club did Harlow move from?', { scorer: 'rules' }).answer).toBe('Ipswich');
    });
  });
  it('answers "Where are X from?" with the town before the role noun of X', async () => {
    // written for this test
    await withEngineOver('town-band', 'Music', ['The chart also holds Pendle, while Bristol guitar band Velvet Harbour have a new entry at number eight.', 'The Lanterns, Pendle and Velvet Harbour all have new singles in the top ten.'], (small) => {
      expect(small.ask('Where are Velvet Harbour from?', { scorer: 'rules' }).answer).toBe('Bristol');
    });
  });
});

describe('a chart place past the verb\'s object, a noun after the noun asked about, and a plural before a name', () => {
  it('answers "Where did X enter the chart?" with the place after "entered the chart at"', async () => {
    // written for this test
    await withEngineOver('chart-entry', 'Music', ['The reissue of Lantern Song entered the chart at number four, one place ahead of a new single by Marrow.'], (small) => {
      expect(small.ask('Where did Lantern Song enter the chart?', { scorer: 'rules' }).answer).toBe('number four');
    });
  });
  it('answers "What was X\'s main export?" with the subject, not the noun after "export"', async () => {
    // written for this test
    await withEngineOver('export-product', 'Business', ['Copper was the main export product of Zarovia during the 1970s.'], (small) => {
      expect(small.ask('What was Zarovia\'s main export in the 1970s?', { scorer: 'rules' }).answer).toBe('Copper');
    });
  });
  it('reads on past "start-up companies X and Y" to a description of X', async () => {
    // written for this test
    await withEngineOver('plural-title', 'Technology', [
      'Start-up companies Quibbo and Tarnwell Zed are also offering handheld devices.',
      'Start-up companies Quibbo and Tarnwell Zed are also offering handheld devices that play music.',
      'Start-up companies Quibbo and Tarnwell Zed are offering handheld devices this year.',
      'For anyone who wants more, the Quibbo, a pocket computer with satellite navigation, may be the answer.',
    ], (small) => {
      expect(small.ask('What is the Quibbo?', { scorer: 'rules' }).answer).toBe('a pocket computer with satellite navigation');
    });
  });
});

describe('a name before a noun for a body, a doer\'s possessive, a margin in metres, a country\'s name with "and"', () => {
  it('answers "Who said …?" with the speaker, not the name before "investment bank" in her aside', async () => {
    // written for this test
    await withEngineOver('bank-aside', 'Business', ['"This is a very costly purchase," Birgit Kolbeck, from Sal Oppenheim investment bank, told Reuters.'], (small) => {
      expect(small.ask('Who said the deal was a very costly purchase?', { scorer: 'rules' }).answer).toBe('Birgit Kolbeck');
    });
  });
  it('answers "Who refereed …?" with the name whose possessive stands before "refereeing", without the "\'s"', async () => {
    // written for this test
    await withEngineOver('doer-possessive', 'Rugby', ['After watching the tapes, the union decided not to complain over the standard of Kaplan\'s refereeing.'], (small) => {
      expect(small.ask('Who refereed the match?', { scorer: 'rules' }).answer).toBe('Kaplan');
    });
  });
  it('gives a margin asked by "how much" with its unit ("by 40 metres")', async () => {
    // written for this test
    await withEngineOver('margin-unit', 'Athletics', ['The maths teacher beat Welsh international Ceri Lloyd by 40 metres in the six-kilometre race.'], (small) => {
      expect(small.ask('By how much did the teacher beat Lloyd?', { scorer: 'rules' }).answer).toBe('40 metres');
    });
  });
  it('gives "Saint Kitts and Nevis" whole, a name WordNet has with its "and"', async () => {
    // written for this test
    await withEngineOver('and-country', 'Technology', ['The software was written by a firm called Quell Systems that is based on the Caribbean island Saint Kitts and Nevis.'], (small) => {
      expect(small.ask('Where is Quell Systems based?', { scorer: 'rules' }).answer).toBe('Saint Kitts and Nevis');
      expect(small.ask('Where is Quell Systems based?', { scorer: 'learned' }).answer ?? 'Saint Kitts and Nevis').toBe('Saint Kitts and Nevis');
    });
  });
});

describe('a person\'s name opening with the one-word name the question ends on, a place after the verb\'s object, a word left of the question\'s name', () => {
  it('gives "Ray Charles" whole for "Who did X play in Ray?"', async () => {
    // written for this test
    await withEngineOver('ray-charles', 'Films', ['Lomax picked up the best actor prize for playing soul star Ray Charles in the biopic.'], (small) => {
      expect(small.ask('Who did Lomax play in Ray?', { scorer: 'rules' }).answer).toBe('Ray Charles');
    });
  });
  it('answers "Which film will win …?" with the subject, not the name after "at the"', async () => {
    // written for this test
    await withEngineOver('at-the-object', 'Films', ['Hal Corbin\'s The Lantern will win best film at the Oscars, according to the critics polled.'], (small) => {
      expect(small.ask('Which film will win best film according to the critics?', { scorer: 'rules' }).answer).toBe('The Lantern');
    });
  });
  it('does not answer "Which bank …?" with "Holdings" left of the question\'s "UFJ Holdings"', async () => {
    // written for this test
    await withEngineOver('leftover-word', 'Business', ['Japan\'s Sumitomo Mitsui Financial has withdrawn its takeover offer for rival bank UFJ Holdings.'], (small) => {
      expect(small.ask('Which bank has withdrawn its takeover offer for UFJ?', { scorer: 'rules' }).answer).toContain('Sumitomo Mitsui Financial');
    });
  });
});

describe('words for a people before a noun, and someone\'s time', () => {
  it('does not answer "Which group …?" with the words for a people before "group"', async () => {
    // written for this test
    await withEngineOver('people-words', 'Television', ['A British Muslim group has criticised the new series of the drama, saying it is unfair.', 'The Muslim Council of Britain said the series portrays Muslims unfairly.'], (small) => {
      expect(small.ask('Which group has criticised the drama?', { scorer: 'rules' }).answered).toBe(false);
    });
  });
  it('reads "What was X\'s time?" as a length of time, not a date', () => {
    expect(analyzeQuestion('What was Lagat\'s time in the mile?').kind).toBe('duration');
    expect(analyzeQuestion('What time does the match start?').kind).toBe('date');
  });
});

describe('a role before a city\'s name that a surname ends, a title asked with the body it serves, a rate in seconds', () => {
  it('reads "actor Dallas Robinson" as a person, not a place', async () => {
    // written for this test
    await withEngineOver('actor-city-name', 'Theatre', ['Morgan, 40, is replacing actor Dallas Robinson in the Arthur Miller drama, which opens in May.'], (small) => {
      expect(small.ask('Who is Morgan replacing?', { scorer: 'rules' }).answer).toBe('Dallas Robinson');
    });
  });
  it('reads "Who is X\'s Chief Secretary to the Treasury?" as asking for a person', () => {
    expect(analyzeQuestion('Who is Labour\'s Chief Secretary to the Treasury?').kind).toBe('person');
    expect(analyzeQuestion('Who is Friends of the Earth?').kind).toBe('description');
  });
  it('gives "every 10 seconds" whole for "How often …?"', async () => {
    // written for this test
    await withEngineOver('every-seconds', 'Technology', ['The firm said it was now selling a new handset every 10 seconds across Europe.'], (small) => {
      expect(small.ask('How often was the firm selling a new handset?', { scorer: 'rules' }).answer).toBe('every 10 seconds');
    });
  });
});

describe('an age in commas in the rules stage, a name no country for "which country", a capitalised name after "which"', () => {
  it('answers "Who plays X\'s wife?" with the subject given with an age, not the wife', async () => {
    // written for this test
    await withEngineOver('age-subject', 'Films', ['Hudson, 21, plays the singer\'s wife - real life Hollywood actress Mary Dale.'], (small) => {
      expect(small.ask('Who plays the singer\'s wife?', { scorer: 'rules' }).answer).toBe('Hudson');
    });
  });
  it('does not answer "Which country does X play for?" with a club\'s one-word name', async () => {
    // written for this test
    await withEngineOver('country-club', 'Football', ['Larsson last played for United as a late substitute in the cup final win over Millwall.'], (small) => {
      expect(small.ask('Which country does Larsson play for?', { scorer: 'rules' }).answered).toBe(false);
    });
  });
  it('reads the noun after a capitalised word the tagger takes for a verb as the noun asked about', () => {
    const q = analyzeQuestion('Which Labour minister praised the Tory campaign?');
    expect(q.kind).toBe('person');
    expect(q.terms.find((t) => t.role === 'head')?.text).toBe('minister');
  });
});

describe('a doer after "by" with its name, a level asked after another verb, an age that is no level', () => {
  it('answers "What hurt X?" with the phrase after "by", the name before its noun kept', async () => {
    // written for this test
    await withEngineOver('passive-doer', 'Politics', ['But Mr Hale had been "hurt" by the Suez controversy, he added.'], (small) => {
      expect(small.ask('What hurt Mr Hale?', { scorer: 'rules' }).answer).toBe('Suez controversy');
    });
  });
  it('reads "What do they want the stake cut to?" as asking for a level', async () => {
    expect(analyzeQuestion('What do conservatives want Turkcell\'s stake cut to?').kind).toBe('number');
    // written for this test
    await withEngineOver('cut-to', 'Business', ['Critics in parliament say Norcell\'s stake in the new network should be cut from 70% to 49%.'], (small) => {
      expect(small.ask('What do critics want Norcell\'s stake cut to?', { scorer: 'rules' }).answer).toBe('49%');
    });
  });
  it('does not answer a level with the "21-year" of "the 21-year-old"', async () => {
    // written for this test
    await withEngineOver('age-no-level', 'Tennis', ['But the 21-year-old will need a wild card next season because her ranking has tumbled to 127th.'], (small) => {
      expect(small.ask('What did her ranking fall to?', { scorer: 'rules' }).answer ?? '').not.toContain('21');
    });
  });
});

describe('an ordinal before a hyphen, some of the noun asked about, a size in two lengths', () => {
  it('reads no date in "Friday\'s third-round draw" past the day', async () => {
    // written for this test
    await withEngineOver('ordinal-round', 'Football', ['The club hope to avoid a Premiership side in Friday\'s third-round draw.'], (small) => {
      expect(small.ask('When is the third-round draw?', { scorer: 'rules' }).answer ?? '').not.toContain('third');
    });
  });
  it('does not answer "What theory …?" with the "piece" of "a piece of economic theory"', async () => {
    // written for this test
    await withEngineOver('piece-of', 'Economics', ['Indeed, there is even a piece of economic theory that explains the whole quarrel.'], (small) => {
      expect(small.ask('What economic theory explains the quarrel?', { scorer: 'rules' }).answer ?? '').not.toBe('piece');
    });
  });
  it('gives a size in two lengths whole', async () => {
    // written for this test
    await withEngineOver('two-lengths', 'Technology', ['The handset (11cm by 5.2cm) will play music and films.', 'The screen is 8 cm by 6 cm and weighs little.'], (small) => {
      expect(small.ask('How big is the handset?', { scorer: 'rules' }).answer).toBe('11cm by 5.2cm');
      expect(small.ask('How big is the screen?', { scorer: 'rules' }).answer).toBe('8 cm by 6 cm');
    });
  });
});

describe('the sort of a name asked with no verb', () => {
  it('does not answer "What kind of company is X?" from a sentence that does not name X', async () => {
    // written for this test
    await withEngineOver('sort-unnamed', 'Norda buys stake in Vexa', ['Norda has bought a 20% stake in Vexa, the country\'s biggest portal.', 'However, analysts noted that a foreign company trying to take control of a portal may not be viewed favourably by regulators.'], (small) => {
      expect(small.ask('What kind of company is Norda?', { scorer: 'rules' }).answer ?? '').not.toBe('foreign company');
    });
  });
});

describe('a name opening its sentence, letters in brackets after the question\'s words, a noun phrase over hyphens', () => {
  it('answers "Which company …?" with the name that opens a sentence with no other capital', async () => {
    // written for this test
    await withEngineOver('first-word-name', 'Technology', ['Microsoft is developing new search software for phones.'], (small) => {
      expect(small.ask('Which company is developing new search software?', { scorer: 'rules' }).answer).toBe('Microsoft');
      expect(small.ask('Which company is developing new search software?').answer).toBe('Microsoft');
    });
  });
  it('does not answer with the letters that shorten the question\'s own words', async () => {
    // written for this test
    await withEngineOver('bracket-letters', 'Technology', ['Intel is developing ultra-wideband technology (UWB) which would allow fast data transfer.'], (small) => {
      expect(small.ask('Which company is developing ultra-wideband technology?', { scorer: 'rules' }).answer).toBe('Intel');
    });
  });
  it('gives "peer-to-peer technology" whole', async () => {
    // written for this test
    await withEngineOver('hyphen-np', 'Technology', ['The player is based on peer-to-peer technology, and lets people download programmes for a week.'], (small) => {
      expect(small.ask('What is the player based on?', { scorer: 'rules' }).answer).toBe('peer-to-peer technology');
    });
  });
});

describe('a country\'s name in the possessive, a title one defends', () => {
  it('ends a name at a country in the possessive, and gives the country without it', async () => {
    // written for this test
    await withEngineOver('country-possessive', 'Athletics', ['Antrim sprinter Sean Brill will be among eight of Ireland\'s European Indoor hopefuls.', 'Defending champion Ireland\'s Sean Brill took third.'], (small) => {
      expect(nameTypes('Defending champion Ireland\'s Sean Brill took third.')).toHaveProperty('Sean Brill');
      expect(small.ask('Where is Sean Brill from?', { scorer: 'rules' }).answer).toBe('Ireland');
    });
  });
  it('reads "Which title will X defend?" as asking for a championship, given with its distance', async () => {
    expect(analyzeQuestion('Which title will Brizzel defend?').kind).toBe('thing');
    expect(analyzeQuestion('What title does Brizzel hold?').kind).toBe('description');
    // written for this test
    await withEngineOver('title-defended', 'Athletics', ['Brill will defend his 200m title in the British trials.'], (small) => {
      expect(small.ask('Which title will Brill defend?', { scorer: 'rules' }).answer).toBe('200m title');
    });
  });
});

describe('a count given for another place than the question\'s', () => {
  it('answers "How many … in X?" with the count given for X, not the one before it for another place', async () => {
    // written for this test
    await withEngineOver('count-place', 'Technology', ['The study forecast that there will be 30 million new tablet users in Brazil by 2012 and 12 million new users in Mexico.'], (small) => {
      expect(small.ask('How many new tablet users will there be in Mexico by 2012?', { scorer: 'rules' }).answer).toBe('12 million');
      expect(small.ask('How many new tablet users will there be in Brazil by 2012?', { scorer: 'rules' }).answer).toBe('30 million');
    });
  });
});

describe('a place near which someone lives, with the part of the larger place it is in', () => {
  it('answers "Where does X live?" with the town after "near", not only the region after it', async () => {
    // written for this test
    await withEngineOver('near-region', 'Politics', ['The website carries a photograph of party leader Tom Brand - who lives near Llanidloes, mid Wales - delivering the leaflet.'], (small) => {
      expect(small.ask('Where does Tom Brand live?', { scorer: 'rules' }).answer).toBe('Llanidloes, mid Wales');
    });
  });
});

describe('an amount given for the question\'s name', () => {
  it('answers with the amount given for the question\'s name, after "compared with"', async () => {
    // written for this test
    await withEngineOver('given-for-asked', 'Business', ['Brazil accounted for 21.3% of Chile\'s trade in 2004, compared with 17.2% for the US.'], (small) => {
      expect(small.ask('What share of Chile\'s trade did the US account for in 2004?', { scorer: 'rules' }).answer).toBe('17.2%');
    });
  });
});

describe('a noun of time an adjective dates, after the noun asked about', () => {
  it('reads "What were X\'s revenues last year?" as asking for a sum, not a date', () => {
    const q = analyzeQuestion('What were Fox Entertainment Group\'s revenues last year?');
    expect(q.kind).toBe('money');
    expect(q.terms.find((t) => t.role === 'head')?.text).toBe('revenues');
  });
});

describe('a knighthood\'s title, with the whole name', () => {
  it('keeps "Sir" before a given name and a surname', async () => {
    // written for this test
    await withEngineOver('knighthood', 'Business', ['Sir Edmund Pratt, head of the Lowland Trust, said the plan would fail.'], (small) => {
      expect(small.ask('Who is head of the Lowland Trust?', { scorer: 'rules' }).answer).toBe('Sir Edmund Pratt');
    });
  });
});

describe('an area in square units', () => {
  it('gives "square feet" whole, not "square" alone', async () => {
    // written for this test
    await withEngineOver('square-feet', 'Technology', ['The trade fair covers more than 2.5 million square feet and opens on Friday.'], (small) => {
      expect(small.ask('How big is the trade fair?', { scorer: 'rules' }).answer).toBe('more than 2.5 million square feet');
    });
  });
});

describe('a hyphenated surname whose first part the tagger reads as a date', () => {
  it('gives "Daniel Day-Lewis" whole in the rules stage too', async () => {
    // written for this test
    await withEngineOver('day-lewis', 'Entertainment', ['The new drama, which was shot in Dublin, stars Daniel Day-Lewis.'], (small) => {
      expect(small.ask('Who stars in the new drama?', { scorer: 'rules' }).answer).toBe('Daniel Day-Lewis');
    });
  });
});

describe('a name opening a sentence that an aside in commas says is the role asked about', () => {
  it('answers with the word before the aside, not another name after it', async () => {
    // written for this test
    await withEngineOver('appositive-opener', 'Sport', ['Stone, the Welsh Rugby Union\'s disciplinary officer, said Morgan had been cautioned twice.'], (small) => {
      expect(small.ask('Who is the Welsh Rugby Union\'s disciplinary officer?', { scorer: 'rules' }).answer).toBe('Stone');
    });
  });
});

describe('whom something was given to, after a sum', () => {
  it('answers "Who did X give to?" with the name after the sum and "to", not the subject of the next clause', async () => {
    // written for this test
    await withEngineOver('given-to', 'Entertainment', ['Singer Anna Vale has donated $2m (£1.1m) to The Harbour Trust and actor Tom Reed pledged a gift to the appeal.'], (small) => {
      expect(small.ask('Who did Anna Vale donate to?', { scorer: 'rules' }).answer).toBe('The Harbour Trust');
    });
  });
});

describe('a share whose noun a phrase separates from the question\'s verb', () => {
  it('reads "52% of voters in each region said …" as the share that said it', async () => {
    // written for this test
    await withEngineOver('share-said', 'Business', ['On average, 52% of voters in each region said the economy was improving, compared to 31% who said it was getting worse.'], (small) => {
      expect(small.ask('What share of voters said the economy was improving?', { scorer: 'rules' }).answer).toBe('52%');
    });
  });
});

describe('an amount another name\'s verb gives', () => {
  it('does not answer "How much did X lose?" with what another airline lost', async () => {
    // written for this test
    await withEngineOver('other-doer', 'Business', ['Regulators are looking at complaints from Skyline and other carriers.', 'Nordair lost 200m euros in 2003 as fuel costs rose.'], (small) => {
      expect(small.ask('How much did Skyline lose in 2003?', { scorer: 'rules' }).answered).toBe(false);
      expect(small.ask('How much did Nordair lose in 2003?', { scorer: 'rules' }).answer).toBe('200m euros');
    });
    // (a name the question writes as the sentence does is the question's, the verb after it read as one)
    await withEngineOver('other-doer-own', 'Business', ['Vexa currently employs 9,000 people while AT&T employs 47,000.'], (small) => {
      expect(small.ask('How many people does AT&T employ?', { scorer: 'rules' }).answer).toBe('47,000');
    });
  });
});

describe('a price a rise reached', () => {
  it('answers "What was X\'s share price?" with the level after "to", several words after the rise', async () => {
    // written for this test
    await withEngineOver('price-level', 'Business', ['Vantage\'s share price rose 6p or nearly 2% in early trading to 412p.'], (small) => {
      expect(small.ask('What was Vantage\'s share price in early trading?', { scorer: 'rules' }).answer).toBe('412p');
    });
  });
});

describe('a range of lengths of time', () => {
  it('gives "18 months to five years" whole', async () => {
    // written for this test
    await withEngineOver('duration-range', 'Business', ['The charge carries a sentence of 18 months to five years in prison.'], (small) => {
      expect(small.ask('What sentence does the charge carry?', { scorer: 'rules' }).answer).toBe('18 months to five years');
    });
  });
});

describe('the nouns for one who does what a question asks who did', () => {
  it('searches by "founder" for "Who founded …?", not for questions with a noun of their own', async () => {
    const { doerNouns } = await import('../src/answer/evidence.js');
    const ask = (text: string) => {
      const q = analyzeQuestion(text);
      const verb = q.terms.find((t) => t.role === 'verb')!;
      return doerNouns(q, verb, [], () => true).map((r) => r.term);
    };
    expect(ask('Who founded Linux?')).toContain('founder');
    expect(ask('Which player founded the club?')).toEqual([]);
  });
});

describe('an amount a form of "be" gives the noun asked about', () => {
  it('reads past an aside in dashes to the subject', async () => {
    // written for this test
    await withEngineOver('copula-head', 'Business', ['Growth in factory output - the main focus of the central bank\'s concern - was 8.4% in 2004, down from 12% the year before.', 'Separately, retail output for 2004 showed 3.1% growth.'], (small) => {
      expect(small.ask('What was growth in factory output in 2004?', { scorer: 'rules' }).answer).toBe('8.4%');
    });
  });
});

describe('a score before the noun counted', () => {
  it('does not count victories with a score', async () => {
    // written for this test
    await withEngineOver('score-count', 'Sport', ['Wales sealed a 24-18 victory over France in Paris.'], (small) => {
      expect(small.ask('How many victories did Wales seal?', { scorer: 'rules' }).answered).toBe(false);
    });
  });
});

describe('a name a naming verb gives over a little word, and names the question has only inside a longer one', () => {
  it('gives "Tunes to Go" whole for "What is X\'s service called?", the question\'s own name leading it', async () => {
    // written for this test
    await withEngineOver('named-link', 'Technology', ['Tunes is to launch a new rental service - dubbed Tunes to Go - in Europe next year.'], (small) => {
      expect(small.ask('What is Tunes\' new rental service called?', { scorer: 'rules' }).answer).toBe('Tunes to Go');
    });
  });
  it('keeps "New Zealand" in "the New Zealand High Court" for a question about "Air New Zealand"', async () => {
    // written for this test
    await withEngineOver('longer-name', 'Business', ['Skyways sought a tie-up with Air New Zealand, but the deal was thrown out by the New Zealand High Court on competition grounds.'], (small) => {
      expect(small.ask('Which court threw out the Air New Zealand deal?', { scorer: 'rules' }).answer).toBe('New Zealand High Court');
    });
  });
});

describe('the part of a decade', () => {
  it('gives "mid-to-late 1980s" whole', async () => {
    // written for this test
    await withEngineOver('decade-part', 'Entertainment', ['The last time it snowed on the night of the awards was in the mid-to-late 1980s, organisers said.'], (small) => {
      expect(small.ask('When did it last snow on the night of the awards?', { scorer: 'rules' }).answer).toBe('mid-to-late 1980s');
    });
  });
});

describe('a newspaper whose title is a word for a people', () => {
  it('answers "Which newspaper …?" with "The Australian" before the noun asked about', async () => {
    // written for this test
    await withEngineOver('people-title', 'Business', ['Chief executive Rhys Morgan was quoted by The Australian newspaper as saying the airline would cut costs.'], (small) => {
      expect(small.ask('Which newspaper quoted Rhys Morgan?', { scorer: 'rules' }).answer).toBe('The Australian');
    });
  });
});

describe('whom a prize was won over', () => {
  it('does not answer "Who won X?" with the one it was won over, though a clause says he won something else', async () => {
    // written for this test
    await withEngineOver('won-over', 'Entertainment', ['Amy Hart and Ben Cole jointly won best comedy actor over The Shop creator Paul Rudd, who won a special award for writing.'], (small) => {
      expect(small.ask('Who won best comedy actor?', { scorer: 'rules' }).answer).toBe('Amy Hart and Ben Cole');
    });
  });
});

describe('a kin noun and "of"', () => {
  it('does not read "the daughter of ex-King Michael" as Michael being the daughter asked about', async () => {
    // written for this test
    await withEngineOver('kin-of', 'Alan Reid profile', [
      'Alan Reid was born in Perth and became chancellor in 1997.',
      'Mr Reid once dated Princess Anna of Sweden, the youngest daughter of ex-King Gustav of Sweden.',
      'Their daughter Clara was born in Glasgow in 2003.',
    ], (small) => {
      expect(small.ask("What was the name of Reid's daughter?", { scorer: 'rules' }).answer).toBe('Clara');
    });
  });
});

describe('a dash with spaces after a month', () => {
  it('ends the date at the dash: "in March - one by X" is "March"', async () => {
    // written for this test
    await withEngineOver('month-dash', 'Business', ['Two albums were due out before the end of the year in March - one by Delta and one by Omega - but both have been delayed.'], (small) => {
      const a = small.ask('When were the Delta and Omega albums due out?', { scorer: 'rules' });
      expect(a.answer).toBe('March');
    });
  });
});

describe('a title opened by "An"', () => {
  it('gives "An Actor and a Spy" whole, over its lower-case "and a"', async () => {
    // written for this test
    await withEngineOver('an-title', 'Entertainment', ['Director Jane Holt, responsible for the classic 1984 film An Actor and a Spy, has a new comedy out.'], (small) => {
      expect(small.ask('What 1984 film did Jane Holt make?', { scorer: 'rules' }).answer).toBe('An Actor and a Spy');
    });
  });
});

describe('a preposition the tagger reads as an adjective', () => {
  it('opens no description of a name: "Sega, under the name X" says nothing of what Sega is', async () => {
    // written for this test
    await withEngineOver('under-name', 'Technology', ['The code will be released with new publishers Vantor, under the name Pitch Boss.'], (small) => {
      expect(small.ask('What is Vantor?', { scorer: 'rules' }).answer).not.toBe('under the name Pitch Boss');
    });
  });
});

describe('"How much does X cost Y?" with a subject the tagger reads as verbs', () => {
  it('asks for a sum of money, not a count', () => {
    expect(analyzeQuestion('How much does chip and pin cost banks?').kind).toBe('money');
  });
});

describe('where a named thing is', () => {
  it('answers "Where is the Golden Temple?" by the place right after its name and "in"', async () => {
    // written for this test
    await withEngineOver('named-in', 'Politics', ['On Monday the minister was in India visiting the Silver Shrine in Karapur, where he met pilgrims.'], (small) => {
      expect(small.ask('Where is the Silver Shrine?', { scorer: 'rules' }).answer).toBe('Karapur');
    });
  });
});

describe('a band titled by a lower-case noun', () => {
  it('answers who with "Rock band Keane", and reads "while US rapper X topped" as a clause of its own', async () => {
    // written for this test
    await withEngineOver('band-who', 'Entertainment', ['Rock band Torrent won Sound of 2004 while US rapper Big Vee topped Sound of 2003.'], (small) => {
      expect(small.ask('Who won Sound of 2004?', { scorer: 'rules' }).answer).toBe('Torrent');
      expect(small.ask('Who topped Sound of 2003?', { scorer: 'rules' }).answer).toBe('Big Vee');
    });
  });
});

describe('"Which index …?"', () => {
  it('asks for an index by name, not its level, though the noun is one read as a level after "What"', () => {
    expect(analyzeQuestion('Which index could Cairn be relegated from?').kind).toBe('thing');
    expect(analyzeQuestion('What stake has Bates bought?').kind).toBe('number');
  });
});

describe('a weekday in the plural inside a name', () => {
  it('keeps "Mondays" on "Happy Mondays", and reads "on Mondays" as no name', () => {
    expect(nameTypes('She toured with Sunny Fridays singer Joe Bloggs last year.')).toHaveProperty(['Sunny Fridays']);
    expect(Object.keys(nameTypes('The shop opens on Mondays and Fridays.'))).toEqual([]);
  });
});

describe('a participle\'s agent after a phrase of its own', () => {
  it('reads "the bans imposed on them by the IAAF" as the IAAF imposing them', async () => {
    // written for this test
    await withEngineOver('by-phrase', 'Sport', ['Anna Lee and Maria Cruz will fight the two-year bans imposed on them by the IAAF at a tribunal this week.', 'The panel will also decide on the ban imposed on their coach Tom Reed by the IAAF.'], (small) => {
      expect(small.ask('Who imposed the bans on Anna Lee and Maria Cruz?', { scorer: 'rules' }).answer).toBe('IAAF');
    });
  });
});

describe('an amount right before another noun', () => {
  it('is that noun\'s: "a 684bn yen loss … into a 331bn yen profit" answers the profit with the second', async () => {
    // written for this test
    await withEngineOver('loss-profit', 'Business', ['The cuts helped Tovo turn a 500bn yen ($4.6bn) loss in 2001 into a 210bn yen ($1.9bn) profit the following year.'], (small) => {
      expect(small.ask('What profit did Tovo make the following year?', { scorer: 'rules' }).answer).toBe('210bn yen ($1.9bn)');
    });
  });
});

describe('"shares in" a body', () => {
  it('does not read the body as where something is', async () => {
    // written for this test
    await withEngineOver('shares-in', 'Business', ['Shares in Dunmore Oil have jumped 6% after the firm said its Indian oilfield was larger than thought.', 'Dunmore said drilling near its site in Gujarat had gone well.'], (small) => {
      expect(small.ask("Where is Dunmore's Indian oilfield?", { scorer: 'rules' }).answer).toBe('Gujarat');
    });
  });
});

describe('who made a work, without the verb', () => {
  it('reads a possessive before a title with an article and little words, and "by" after one, as its maker', async () => {
    // written for this test
    await withEngineOver('work-maker', 'Entertainment', [
      'The Lark Shop had high-profile openings, as did Stone Garden and The Man in Grey.',
      'It was up against Stone Garden and Peter Vance\'s The Man in Grey.',
      'Sara Lowe\'s Falling Rain was top in the vote of readers aged nine to 11.',
      'Honey Fox by Tilly Marsh took the top award in the under-five category.',
    ], (small) => {
      expect(small.ask('Who wrote The Man in Grey?', { scorer: 'rules' }).answer).toBe('Peter Vance');
      expect(small.ask('Who wrote Falling Rain?', { scorer: 'rules' }).answer).toBe('Sara Lowe');
      expect(small.ask('Who wrote Honey Fox?', { scorer: 'rules' }).answer).toBe('Tilly Marsh');
    });
  });
});

describe('"den" inside a name, and "of" after a given name', () => {
  it('gives "Mark Van den Berg" whole, without "of Dalton Bank" after it, but "Mary Queen of Scots" whole', () => {
    const got = nameTypes('Results were modest, said analyst Mark Van den Berg of Dalton Bank.');
    expect(Object.keys(got)).toContain('Mark Van den Berg');
    expect(Object.keys(got)).toContain('Dalton Bank');
    expect(Object.keys(nameTypes('A portrait of Mary Queen of Scots was sold.'))).toContain('Mary Queen of Scots');
  });
});

describe('a person\'s role right after the name, with no comma', () => {
  it('reads "Dr Ann Lee head of research said" as Ann Lee being the head of research, not the head\'s owner', async () => {
    // written for this test
    await withEngineOver('role-no-comma', 'Business', ['"This area looks very strong," Dr Ann Lee head of research at Dalmore said on Thursday.'], (small) => {
      expect(small.ask("Who is Dalmore's head of research?", { scorer: 'rules' }).answer).toBe('Ann Lee');
    });
  });
});

describe('a preposition the tagger reads as an adjective after a year', () => {
  it('does not read "in 1989 against New Zealand" as a year dating New Zealand', async () => {
    // written for this test
    await withEngineOver('year-against', 'Sport', ['Dai Morgan made his Wales debut in 1989 against New Zealand as a 20-year-old.', 'He went on to break the cap record on 12 June 2004 in the loss in Argentina.'], (small) => {
      expect(small.ask('When did Dai Morgan make his Wales debut?', { scorer: 'rules' }).answer).toBe('1989');
    });
  });
});

describe('"Which unit …?"', () => {
  it('asks for no number: a unit things are measured in is no amount', async () => {
    // written for this test
    expect(analyzeQuestion('Which unit did Ferguson escape from?').kind).not.toBe('number');
    expect(analyzeQuestion('Which unit did Ferguson escape from?').quantityHead).toBeUndefined();
    await withEngineOver('which-unit', 'Politics', ['Tom Baird, 36, escaped after being allowed out of the high-security Carlton unit.'], (small) => {
      expect(small.ask('Which unit did Tom Baird escape from?', { scorer: 'rules' }).answer).toBe('Carlton');
    });
  });
});

describe('a place name before a noun, read as a given name', () => {
  it('is the place: "leaving her Sydney mansion"', () => {
    // written for this test
    expect(nameTypes('She said she feared leaving her Sydney mansion.')['Sydney']).toBe('place');
  });
});

describe('another minister in a title\'s capitals', () => {
  it('does not answer "Who is Japan\'s economics minister?" with the Japanese Foreign Minister', async () => {
    // written for this test
    await withEngineOver('title-adjective', 'Business', [
      'When he was in Tokyo this week, Japanese Foreign Minister Taro Aso told the British minister that the plan was a worry for Japan and for East Asia.',
      '"The recovery will continue," said economy minister Kenji Sato of Japan.',
    ], (small) => {
      expect(small.ask("Who is Japan's economics minister?", { scorer: 'rules' }).answer).toBe('Kenji Sato');
    });
  });
});

describe('"How much will … rise?"', () => {
  it('reads the last word as the verb after a run of nouns, and no "will" as the noun asked about', () => {
    const q = analyzeQuestion('How much will the consumer price index rise?');
    expect(q.terms.find((t) => t.role === 'verb')?.text).toBe('rise');
    expect(q.change).toBe(true);
    const by = analyzeQuestion('By how much will prices rise?');
    expect(by.headTerm).toBeUndefined();
    expect(by.kind).toBe('money');
    // not a subject a name opens: "would the Lib Dems increase income tax" keeps "increase"
    expect(analyzeQuestion('Above what income would the Lib Dems increase income tax?').terms.find((t) => t.role === 'verb')?.text).toBe('increase');
  });
});

describe('a range of percentages in one word', () => {
  it('answers "How much will … fall?" with "8-9%"', async () => {
    // written for this test
    await withEngineOver('percent-range', 'Business', ['Vela said music sales for the year to March will fall 8-9% from the year before, with profits set to be 15% lower than analysts had expected.'], (small) => {
      expect(small.ask("How much will Vela's music sales fall?", { scorer: 'rules' }).answer).toBe('8-9%');
    });
  });
});

describe('an adjective "and" joins to a capitalised name', () => {
  it('opens the name: "Industrial and Commercial Bank", at a sentence\'s start or inside it', () => {
    // written for this test
    expect(Object.keys(nameTypes("Industrial and Commercial Bank (ICBC), China's biggest lender, has seen a jump in profits."))).toContain('Industrial and Commercial Bank');
    expect(Object.keys(nameTypes('In the UK, Industrial and Commercial Bank grew.'))).toContain('Industrial and Commercial Bank');
  });
});

describe('an amount with its conversion in brackets', () => {
  it('is one amount whatever the conversion: one key, and the checked stage reads the two as agreeing', () => {
    // written for this test
    const a = keyOf('money', '$550,000 (£306,814)');
    const b = keyOf('money', '$550,000 (£293,264)');
    expect(a).toBe(b);
    const candidate = { text: '$550,000 (£293,264)', key: b } as unknown as Scored['candidate'];
    expect(namesSame('$550,000 (£306,814)', { candidate } as Scored)).toBe(true);
    expect(namesSame('$32,500 (£17,320)', { candidate } as Scored)).toBe(false);
  });
});

describe('an event named after a place, with a sponsor\'s given name before it', () => {
  it('is no person: "the Flora London Marathon"', () => {
    // written for this test
    expect(nameTypes('Paula Radcliffe will compete in the Flora London Marathon this year.')['Flora London Marathon']).not.toBe('person');
    expect(nameTypes('Actor Tom Cruise arrived.')['Actor Tom Cruise']).toBe('person');
  });
});

describe('a plural the tagger reads as a verb, before a verb in the past', () => {
  it('is the noun asked about: "Which hedge funds planned to …?"', async () => {
    // written for this test
    expect(analyzeQuestion('Which hedge funds planned to demand the removal of the chairman?').headTerm).toBe('fund');
    await withEngineOver('plural-subject', 'Business', ['The Sunday Times reported that hedge funds Arden and Belco were planning to demand the removal of the group\'s chairman.'], (small) => {
      expect(small.ask('Which hedge funds planned to demand the removal of the chairman?', { scorer: 'rules' }).answer).toBe('Arden and Belco');
    });
  });
});

describe('a one-word name that is also a common word', () => {
  it('is not mentioned by the common word in lower case: "garden" is no "Gardener"', async () => {
    // written for this test
    const q = analyzeQuestion("Who is Gardener's coach?");
    expect(commonWordOnly(q.terms, 'Not everything is blooming in the red rose garden, coach Andy Rees said.', q.text)?.size).toBe(1);
    expect(commonWordOnly(q.terms, "Gardener's coach Tim Lowe was pleased.", q.text)).toBeNull();
    // (nor is a common noun given a capital after "the": "the Committee" is the sentence's "the committee")
    const the = analyzeQuestion('How many members does the Committee have?');
    expect(commonWordOnly(the.terms, 'Six members of the committee will travel.', the.text)).toBeNull();
    await withEngineOver('common-word', 'Sport', ['Not everything is blooming in the red rose garden, but the new coach Andy Rees is pleased.', 'Rees joined the England side last year.'], (small) => {
      expect(small.ask("Who is Gardener's coach?", { scorer: 'rules' }).answered).toBe(false);
    });
  });
});

describe('letters a question gives before the noun it asks about', () => {
  it('say the sort where the tagger reads them as a common noun: "Which TV channel …?" asks for a channel named with "TV"', async () => {
    // written for this test
    expect(analyzeQuestion('Which TV channel did Redford start?').terms.find((t) => t.text === 'TV')?.role).toBe('modifier');
    // (an acronym names something: "Which REM member …?")
    expect(analyzeQuestion("Which REM member's flu forced the band to pull out?").terms.find((t) => t.text === 'REM')?.role).toBe('entity');
    await withEngineOver('tv-channel', 'Entertainment', ['But Redford knows this and started the Sundance TV Channel in an effort to reach a wider audience.'], (small) => {
      expect(small.ask('Which TV channel did Redford start?', { scorer: 'rules' }).answer).toBe('Sundance TV Channel');
    });
  });
});

describe('a body named after a role', () => {
  it('does not answer who holds the role: "the Office of the Deputy Prime Minister" is no minister', async () => {
    // written for this test
    await withEngineOver('office-of', 'Politics', [
      '- The Office of the Deputy Prime Minister should maximise brown field development and housing densities.',
      'UK housing prices dipped slightly in November, the Office of the Deputy Prime Minister has said.',
      'Housing starts fell 0.7% in December, according to figures from the Office of the Deputy Prime Minister.',
      'Housing Minister Keith Hill said the plans mimicked the government\'s strategy.',
    ], (small) => {
      expect(small.ask('Who is the housing minister?', { scorer: 'rules' }).answer).toBe('Keith Hill');
    });
  });
});

describe('an age in commas at the end of a sentence', () => {
  it('is the age of the name before it: "… to Anthony Elgindy, 36."', async () => {
    // written for this test
    await withEngineOver('age-at-end', 'Business', ['A New York court ruled that former FBI man Jeffrey Rowe, 41, fed damaging information to Anthony Elgin, 36.'], (small) => {
      expect(small.ask('How old is Anthony Elgin?', { scorer: 'rules' }).answer).toBe('36');
      expect(small.ask('How old is Jeffrey Rowe?', { scorer: 'rules' }).answer).toBe('41');
    });
  });
});

describe('a title in capitals after "the", with "of"', () => {
  it('is the noun asked about: "Who is the Leader of the Commons?"', async () => {
    // written for this test
    expect(analyzeQuestion('Who is the Leader of the Commons?').headTerm).toBe('leader');
    await withEngineOver('leader-of', 'Politics', [
      'Labour MPs have warned against disunity and Tory leader Michael Hale may well take up the theme in the Commons.',
      'The Lib Dems called for Commons leader Peter Haig to make a statement.',
    ], (small) => {
      expect(small.ask('Who is the Leader of the Commons?', { scorer: 'rules' }).answer).toBe('Peter Haig');
    });
  });
});

describe('a name coined in lower case', () => {
  it('is a name the evidence must hold: "the i-foot", "the iPod"', async () => {
    // written for this test
    const q = analyzeQuestion('How much does the i-foot cost?');
    expect(q.terms.find((t) => t.text === 'i-foot')).toMatchObject({ role: 'entity', essential: true });
    expect(analyzeQuestion('How much does the iPod mini cost?').terms.find((t) => t.text === 'iPod')).toMatchObject({ role: 'entity', essential: true });
    // (a hyphenated word the dictionary knows is no name: "e-mail")
    expect(analyzeQuestion('Who sent the e-mail?').terms.find((t) => t.text === 'e-mail')?.role).not.toBe('entity');
    await withEngineOver('coined', 'Technology', [
      'The 2001 election cost £80m, ministers have revealed.',
      'Also on display at the show will be the egg-shaped "i-foot", a robot that walks on two legs.',
    ], (small) => {
      expect(small.ask('How much does the i-foot cost?', { scorer: 'rules' }).answered).toBe(false);
    });
  });
});

describe('a name opening the subject after "did"', () => {
  it('leaves the bare word after the nouns as the verb: "did the US stock market rise in …?"', async () => {
    // written for this test
    const q = analyzeQuestion('How much did the US stock market rise in the six months after the attacks?');
    expect(q.terms.find((t) => t.role === 'verb')?.text).toBe('rise');
    expect(q.change).toBe(true);
    await withEngineOver('stock-market', 'Business', [
      'Air Bravo picked the London Stock Exchange for its $1.07bn stock market debut last month.',
      'The US stock market was on its way down long before the attacks; it rose by 20% during the six months following the attacks.',
    ], (small) => {
      expect(small.ask('How much did the US stock market rise in the six months after the attacks?', { scorer: 'rules' }).answer).toBe('20%');
    });
  });

  it('is no verb when it ends in -ing: "How much did mining output surge?"', async () => {
    // written for this test
    const q = analyzeQuestion('How much did mining output surge?');
    expect(q.terms.find((t) => t.role === 'verb')?.text).toBe('surge');
    // (a sharp move of the markets asks by how much, as "rise" does)
    expect(q.change).toBe(true);
    await withEngineOver('mining-output', 'Business', [
      'A breakdown of the latest figures shows mining output drove the increase, surging 2.1%, while factory output rose 0.3%.',
      'Sales surged to 6.2bn yuan, from 3bn yuan a year earlier.',
    ], (small) => {
      expect(small.ask('How much did mining output surge?', { scorer: 'rules' }).answer).toBe('2.1%');
    });
  });
});

describe('a deputy named for a question with no role in it', () => {
  it('answers as anyone does: "Who will the unions hold talks with?"', async () => {
    // written for this test
    await withEngineOver('deputy-talks', 'Politics', [
      'Five public sector unions will hold private talks with Deputy Prime Minister John Presley at the spring conference in Gateshead.',
      'Foreign Secretary Jack Strand, who will hold talks in Beijing on Thursday, said an arms code was more effective.',
      'Prime Minister Tony Blane spoke at the conference.',
    ], (small) => {
      expect(small.ask('Who will the unions hold talks with?', { scorer: 'rules' }).answer).toBe('John Presley');
      // (a question asking for the role still passes the deputy over)
      expect(small.ask('Who is the prime minister?', { scorer: 'rules' }).answer).toBe('Tony Blane');
    });
  });
});

describe('"Where is X held?"', () => {
  it('asks the place of the name, which the sentence may give without the verb', async () => {
    // written for this test
    expect(analyzeQuestion('Where is the SAP Open held?').terms.find((t) => t.role === 'verb')?.essential).toBe(false);
    // ("based" the articles say: "the Leuven-based brewery")
    expect(analyzeQuestion('Where is Inbev based?').terms.find((t) => t.role === 'verb')?.essential).toBe(true);
    await withEngineOver('held-at', 'Sport', [
      'Andy Roddick will play Cyril Saulnier in the final of the SAP Open in San Jose on Sunday.',
      'The awards are now held at the Kodak Theatre across the road.',
    ], (small) => {
      expect(small.ask('Where is the SAP Open held?', { scorer: 'rules' }).answer).toBe('San Jose');
    });
  });
});

describe('a tennis score before a name', () => {
  it('answers what the player twisted: half a bracket ("3-7) 6-3") is no span, a seed\'s rank no thing', async () => {
    // written for this test
    await withEngineOver('score-brackets', 'Sport', [
      'Saulnier battled to a 6-7 (3-7) 6-3 6-3 win over seventh seed Jurgen Melzner, who twisted his ankle early in the second set.',
    ], (small) => {
      const a = small.ask('What did Jurgen Melzner twist?');
      expect(a.answer).toBe('ankle');
    });
  });
});

describe('"What did X call Y?"', () => {
  it('is answered after whoever gave the name, never before: not "Lib Dem" of "Lib Dem spokesman Mark Oaten has branded …"', async () => {
    // written for this test
    await withEngineOver('namer-first', 'Politics', [
      'Lib Dem home affairs spokesman Mark Oates has branded the ID scheme a waste of money and "deeply flawed".',
      'Ministers defended the scheme on Monday.',
    ], (small) => {
      for (const scorer of ['rules', 'learned'] as const) expect(small.ask('What did Mark Oates call the ID scheme?', { scorer }).answer, scorer).not.toBe('Lib Dem');
      expect(small.ask('What did Mark Oates call the ID scheme?', { scorer: 'rules' }).answer).toBe('deeply flawed');
    });
    // (in the passive the name is the one named: "What was Ghosn dubbed?")
    await withEngineOver('named-passive', 'Business', ["Dubbed 'le cost killer' for his cuts in previous jobs, Mr Ghosn reduced the firm's overheads."], (small) => {
      expect(small.ask('What was Ghosn dubbed?', { scorer: 'rules' }).answer).toBe('le cost killer');
    });
  });
});

describe('a sentence pairing names with amounts', () => {
  it('gives each name its own: "with Altria rising 5% and Reynolds showing gains of 4.5%"', async () => {
    // written for this test
    await withEngineOver('paired-amounts', 'Business', [
      'Shares of tobacco companies closed higher after the ruling, with Altrix rising 5% and Reyland showing gains of 4.5%.',
      'The ruling was welcomed by the industry.',
    ], (small) => {
      for (const scorer of ['rules', 'learned'] as const) {
        expect(small.ask('How much did Reyland shares rise?', { scorer }).answer, scorer).toBe('4.5%');
        expect(small.ask('How much did Altrix shares rise?', { scorer }).answer, scorer).toBe('5%');
      }
    });
  });
});

describe('"A" between a given name and a surname', () => {
  it('is a middle initial: "Charles A Blixt"', async () => {
    // written for this test
    const toks = Tagger.fresh('Charles A Blixt, executive vice-president of RJ Reynolds Tobacco, said the ruling was good.');
    expect(nameSpans(toks).map((sp) => toks.slice(sp.from, sp.to + 1).map((t) => t.text).join(' '))).toContain('Charles A Blixt');
  });
});

describe('a name "&" joins to another', () => {
  it('stays whole where the question gives one of its words in another name: "Bruce & Terry", not "& Terry"', async () => {
    // written for this test
    await withEngineOver('ampersand-duo', 'Music', [
      'Earlier in his career, Melton had hits as part of a duo called Bruce & Terry, with future Beach Boy Bruce Johnson, which evolved into the Rip Cords.',
      'He later produced records for other bands.',
    ], (small) => {
      for (const scorer of ['rules', 'learned'] as const) expect(small.ask("What was Melton's duo with Bruce Johnson called?", { scorer }).answer, scorer).toBe('Bruce & Terry');
    });
  });
});

describe('a title with "I" in it', () => {
  it('is one name after a noun for a work: "his signature song What\'d I Say"', () => {
    // written for this test
    const toks = Tagger.fresh("After the exuberance of his 1959 signature song What'd I Say, Charlton turned towards a more pop-oriented style.");
    expect(nameSpans(toks).map((sp) => toks.slice(sp.from, sp.to + 1).map((t) => t.text).join(' '))).toContain("What'd I Say");
    // (no work's noun before it: "I" is the speaker)
    const said = Tagger.fresh('When Harris Ford I Know called, he answered.');
    expect(nameSpans(said).map((sp) => said.slice(sp.from, sp.to + 1).map((t) => t.text).join(' '))).not.toContain('Harris Ford I Know');
  });
});

describe("what is left of the question's own name", () => {
  it('is no answer: not "Microsystems" of "Sun Microsystems" for "What is Sun\'s service called?"', async () => {
    // written for this test
    await withEngineOver('leftover-name', 'Technology', [
      'Sunray Microsystems has launched a pay-as-you-go service which will allow customers requiring huge computing power to rent it by the hour.',
      'Sunray Grid costs users $1 for an hour of processing power on systems maintained by Sunray.',
    ], (small) => {
      for (const scorer of ['rules', 'learned', 'checked'] as const) expect(small.ask("What is Sunray's pay-as-you-go service called?", { scorer }).answer, scorer).not.toBe('Microsystems');
    });
  });
});

describe('a person the question names by its name\'s own noun', () => {
  it('is not who else is asked about: not "John" of "whose minister father John" for "Who came to Brown\'s father\'s church?"', async () => {
    // written for this test
    await withEngineOver('owned-person', 'Politics', [
      'Dr Greenway was invited by Chancellor Gordon Brownlow, whose minister father John used to preach at the St Bryce church, where missionaries used to come.',
    ], (small) => {
      const a = small.ask("Who used to come to Brownlow's father's church?", { scorer: 'rules' });
      expect(a.answer).not.toBe('John');
      // the father himself is still found
      expect(small.ask("Who is Brownlow's father?", { scorer: 'rules' }).answer).toBe('John');
    });
  });
});

describe('a name before a role and the question\'s person', () => {
  it('is the body of that role: "Former Manfred Mann singer Paul Jones" for "Which band did Paul Jones sing for?"', async () => {
    // written for this test
    await withEngineOver('band-of-singer', 'Music', [
      'Former Manfred Mann singer Paul Jonas, who sang on 1960s hits such as Come Tomorrow and Sha La La, said Charlton was one of his heroes.',
    ], (small) => {
      expect(small.ask('Which band did Paul Jonas sing for?', { scorer: 'rules' }).answer).toBe('Manfred Mann');
    });
  });
});

describe('a killing told by the deaths it brought about', () => {
  it('answers "Which actress was killed …?" from "… which saw the deaths of actress Sharon Tate"', async () => {
    // written for this test
    await withEngineOver('caused-deaths', 'Music', [
      'In 1969 his name became linked with the Charles Mansell murders, which saw the deaths of actress Sharon Tatum and four of her friends at a home which Melton once rented.',
      'Rumours circulated that Melton - who knew Mansell - was the real target.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('Which actress was killed in the Mansell murders?', { scorer }).answer, scorer).toBe('Sharon Tatum');
    });
  });
});

describe('the noun asked about with a number after it', () => {
  it('is a numbered name only in the singular: not "taxes 66" of "raising taxes 66 times"', async () => {
    // written for this test
    await withEngineOver('taxes-times', 'Politics', [
      'The Tories accuse Labour of raising taxes 66 times since coming to power in 1997.',
      'Article 50 of the treaty sets out how a state leaves.',
    ], (small) => {
      expect(small.ask('Which tax will be raised if Labour wins?', { scorer: 'rules' }).answer).not.toBe('taxes 66');
      expect(small.ask('Which article of the treaty sets out how a state leaves?', { scorer: 'rules' }).answer).toBe('Article 50');
    });
  });
});

describe('a coined word hyphened to a word of the dictionary', () => {
  it('is one name: "Sony\'s Blu-ray Disc", not "Disc"', async () => {
    // written for this test
    const toks = Tagger.fresh("Film giant Disney says it will produce its future DVDs using Sony's Blu-ray Disc technology.");
    const spans = nameSpans(toks).map((sp) => toks.slice(sp.from, sp.to + 1).map((t) => t.text).join(' '));
    expect(spans.some((s) => /Blu ray Disc$/.test(s))).toBe(true);
    // (a place before a participle stays apart: "UK-based Virgin")
    const based = Tagger.fresh('The UK-based Virgin group said sales rose.');
    expect(nameSpans(based).map((sp) => based.slice(sp.from, sp.to + 1).map((t) => t.text).join(' '))).not.toContain('UK based Virgin');
    await withEngineOver('blu-ray', 'Technology', ["Film giant Disney says it will produce its future DVDs using Sony's Blu-ray Disc technology, but has not ruled out a rival format."], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('Which technology will Disney use?', { scorer }).answer, scorer).toMatch(/Blu-ray Disc$/);
    });
  });
});

describe('another word before the noun of a role', () => {
  it('makes another role: "labour affairs correspondent" does not answer "Who is the home affairs correspondent?"', async () => {
    // written for this test
    await withEngineOver('affairs-correspondent', 'Politics', [
      'The BBC home affairs debate was tense, said BBC labour affairs correspondent Stephen Capel.',
      'BBC home affairs correspondent Danny Shawe said the research was inconclusive.',
    ], (small) => {
      expect(small.ask('Who is the BBC home affairs correspondent?', { scorer: 'rules' }).answer).toBe('Danny Shawe');
      expect(small.ask('Who is the BBC labour affairs correspondent?', { scorer: 'rules' }).answer).toBe('Stephen Capel');
    });
  });
});

describe('"according to" a source', () => {
  it('is not answered by a sentence giving another source: "according to figures from the Office …" for "… according to the Nationwide?"', async () => {
    // written for this test
    await withEngineOver('according-to', 'Business', [
      'Last week, the Nationwyde said that house prices fell 0.2% in December, with annual inflation at a three year low.',
      'UK house prices fell 0.7% in December, according to figures from the Office of the Deputy Prime Minister.',
      'The Nationwyde is the second biggest lender.',
    ], (small) => {
      expect(small.ask('How much did prices fall in December according to the Nationwyde?', { scorer: 'rules' }).answer).toBe('0.2%');
    });
  });
});

describe('a role the question gives, and "for"', () => {
  it('lead the place the role is for: "MP for Henley-on-Thames" for "Where is Johnson MP for?"', async () => {
    // written for this test
    await withEngineOver('mp-for', 'Politics', [
      'Mr Johnstone, MP for Henley-on-Thames, Oxfordshire, said he suspected Labour was trying to reassure voters.',
    ], (small) => {
      expect(small.ask('Where is Boris Johnstone MP for?', { scorer: 'rules' }).answer).toBe('Henley-on-Thames');
    });
  });
});

describe('a month after a word that leads it', () => {
  it('is a date, though the tagger read a person: "In January, Apple sued …" answers no "Who …?"', async () => {
    // written for this test
    const toks = Tagger.fresh('In January, Apple sued a website after it published what it said were specifications for the new computer.');
    expect(toks.find((t) => t.text === 'January')!.tags.has('Month')).toBe(true);
    await withEngineOver('month-led', 'Technology', ['In January, Apple sued a website after it published what it said were specifications for the new computer.'], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('Who did Apple sue?', { scorer }).answer, scorer).not.toBe('January');
    });
  });
});

describe('numbers that count nothing', () => {
  it('passes over a name\'s number ("Series 60") and an age band ("over-60")', async () => {
    // written for this test
    await withEngineOver('name-number', 'Technology', [
      'The Cabra virus only affects high-end handsets running the Symbian Series 60 phone operating system.',
      '"I think older people are more careful," said one over-60 woman who took part in the research.',
    ], (small) => {
      expect(small.ask('How many phones has Cabra infected?', { scorer: 'rules' }).answer).not.toBe('60');
      expect(small.ask('How many women took part in the research?', { scorer: 'rules' }).answer).not.toBe('60');
    });
    // (a capitalised word of another kind before a number names nothing: "At 23, …" is an age)
    await withEngineOver('at-age', 'Sport', ['At 23, Hensen has the rugby world at his silver-booted feet.'], (small) => {
      expect(small.ask('How old is Hensen?', { scorer: 'rules' }).answer).toBe('23');
    });
  });

  it('takes "10 or 15%" whole: one guess, in percent', async () => {
    // written for this test
    await withEngineOver('or-percent', 'Technology', ['"It is important we only use 10 or 15% of the processor," explained Mr Monteath.'], (small) => {
      expect(small.ask('How much of the processor does the technology use?', { scorer: 'rules' }).answer).toBe('10 or 15%');
    });
  });
});

describe('a verb\'s "-ing" form before the noun of a role', () => {
  it('makes another role: "managing director" does not answer "Who is the research director?"', async () => {
    // written for this test
    await withEngineOver('managing-director', 'Technology', [
      "But Sonoptic's managing director David Monteath says his firm is the only one to offer 3D audio on a mobile.",
      "The technology grew out of medical research done by the company's research director Dr Alastair Sibold.",
    ], (small) => {
      expect(small.ask("Who is Sonoptic's research director?", { scorer: 'rules' }).answer).toMatch(/Alastair Sibold$/);
    });
  });
});

describe('"What was X known as?"', () => {
  it('asks for the words in quotation marks after "known (then) as"', async () => {
    // written for this test
    await withEngineOver('known-as', 'Politics', [
      'Born in 1942 in Tredegar, he attended Lewis Boys\' School in nearby Pengam, known then as the "Eton of the valleys".',
    ], (small) => {
      expect(small.ask("What was Lewis Boys' School known as?", { scorer: 'rules' }).answer).toBe('Eton of the valleys');
    });
  });
});

describe('an amount a noun of the question\'s verb is "of"', () => {
  it('answers through a pronoun\'s noun the question\'s adverb modifies: "his initial promise of $5bn"', async () => {
    // written for this test
    await withEngineOver('promise-of', 'Business', ["Yet Mr Bosh's proposed spending of $3bn on that project is well below his initial promise of $5bn."], (small) => {
      expect(small.ask('How much did Bosh initially promise for the project?', { scorer: 'rules' }).answer).toBe('$5bn');
    });
  });
});

describe('a year between an article and the noun asked about', () => {
  it('tells which one: "blames this on a 2004 law" for "Which law …?"', async () => {
    // written for this test
    await withEngineOver('year-law', 'Business', ['The FEC blames this on a 2004 law, in a statement signed by several members, who include economist William Sharp.'], (small) => {
      expect(small.ask('Which law does the FEC blame?', { scorer: 'rules' }).answer).toBe('2004 law');
    });
  });
});

describe('a name "of" the noun asked about', () => {
  it('is the one asked for, not the place before the noun: "the Derbyshire seat of Erewash" for "Which seat …?"', async () => {
    // written for this test
    await withEngineOver('seat-of', 'Politics', ['Ex-chat show host Robert Kilroy-Sill is to contest the Derbyshire seat of Erewish at the next general election.'], (small) => {
      expect(small.ask('Which seat will Kilroy-Sill contest?', { scorer: 'rules' }).answer).toBe('Erewish');
    });
  });
});

describe('a Latin abbreviation the tagger reads as a noun', () => {
  it('is no thing to answer with: "(i.e. problems …)"', async () => {
    // written for this test
    await withEngineOver('latin-ie', 'Complexity', ['Along the same lines, co-NQ is the class containing the complement problems (i.e. problems with the yes/no answers reversed) of NQ problems.'], (small) => {
      for (const scorer of ['rules', 'learned'] as const) expect(small.ask('In what complexity class do complement problems of NQ problems exist?', { scorer }).answer, scorer).not.toBe('i.e');
    });
  });
});

describe('who said what a quotation says', () => {
  it('is the one whose words the quotation gives, whatever verb brings it in: "warning: "This issue will not go away.""', async () => {
    // written for this test
    await withEngineOver('quoted-saying', 'Politics', [
      'Opposition leader Martin Hale repeated calls for the advice to be published, warning: "This issue will not go away."',
      'The attorney general said his view had been his own.',
    ], (small) => {
      expect(small.ask('Who said the issue will not go away?', { scorer: 'rules' }).answer).toBe('Martin Hale');
    });
  });
});

describe('"How big a … cut?"', () => {
  it('sizes a change of an amount as a rate: "a 32% pay cut", not a sum', async () => {
    // written for this test
    expect(analyzeQuestion('How big a pay cut would crews accept?').kind).toBe('number');
    await withEngineOver('big-cut', 'Business', ['The deal would see crews accept a 28% pay cut in return for the right to buy 20 million Skyline shares, unions said.'], (small) => {
      expect(small.ask('How big a pay cut would crews accept?', { scorer: 'rules' }).answer).toBe('28%');
    });
  });
});

describe('an aside opened by a passive\'s "being"', () => {
  it('is a clause about the noun before it, whose "in" names who did it: "being serialised in the Guardian newspaper"', async () => {
    // written for this test
    await withEngineOver('being-serialised', 'Politics', ['The memoir, being serialised in the Courier newspaper, says on 3 May the minister met Lord Hart.'], (small) => {
      expect(small.ask('Which newspaper is serialising the memoir?', { scorer: 'rules' }).answer).toBe('Courier');
    });
  });
});

describe('a name the tagger reads as a person\'s that WordNet has whole as a place', () => {
  it('is a place: "in Monte Carlo"', () => {
    // written for this test
    const toks = Tagger.fresh('With a governess in tow, she joined the company in Monte Carlo when she was 14.');
    const spans = nameSpans(toks).map((sp) => [toks.slice(sp.from, sp.to + 1).map((t) => t.text).join(' '), sp.type]);
    expect(spans).toContainEqual(['Monte Carlo', 'place']);
  });
});

describe('a name given as one\'s name at birth', () => {
  it('is no other bearer of the question\'s name: "She was born Lilian Alicia Marks" of Alicia Markova', () => {
    // written for this test
    const terms = analyzeQuestion('When was Alicia Markova born?').terms;
    expect(otherBearer(terms, 'She was born Lilian Alicia Marks in London in 1910.')).toBeNull();
    expect(otherBearer(terms, 'Alicia Marks won in 1910.')).not.toBeNull();
  });
});

describe('a town a plural verb follows', () => {
  it('is its side, for "Which club …?": "Newcastle have fined their Welsh striker"', async () => {
    // written for this test
    await withEngineOver('town-side', 'Sport', ['Newcastle have fined their Welsh striker Gary Bellman two weeks\' wages following his row with the manager.'], (small) => {
      expect(small.ask('Which club fined Gary Bellman?', { scorer: 'rules' }).answer).toBe('Newcastle');
    });
  });
});

describe('a relative with the question\'s family name and another given name', () => {
  it('answers a question asking for a relative: "Amanda\'s uncle, Lewis Champion"', async () => {
    // written for this test
    await withEngineOver('kin-family-name', 'Politics', [
      'In July, Anna Chambers\' killer, James Fold, pleaded guilty to her murder.',
      'Anna\'s uncle, Lewis Chambers, told reporters Fold did not deserve any credit for his plea.',
    ], (small) => {
      expect(small.ask('Who is Anna Chambers\' uncle?', { scorer: 'rules' }).answer).toBe('Lewis Chambers');
    });
  });
});

describe('a name before a word for a place', () => {
  it('is a place\'s, and a place ending a relative aside is not where the main verb was done: "in the Gilan area"', async () => {
    // written for this test
    const toks = Tagger.fresh('He was sentenced by a court in the Gorlan area.');
    expect(nameSpans(toks).map((sp) => [toks.slice(sp.from, sp.to + 1).map((t) => t.text).join(' '), sp.type])).toContainEqual(['Gorlan', 'place']);
    await withEngineOver('place-noun-after', 'Technology', ['Mr Sigmar, who also edits a newspaper in northern Iran, was sentenced by a revolutionary court in the Gorlan area.'], (small) => {
      expect(small.ask('Where was Sigmar sentenced?', { scorer: 'rules' }).answer).toBe('Gorlan');
    });
  });
});

describe('"Who was X married to?"', () => {
  it('asks whom X married, not whom X is: "Davis, who was married to actress Ruby Dee"', async () => {
    // written for this test
    expect(analyzeQuestion('Who was Ossie Davis married to?').asksSubject).toBeFalsy();
    await withEngineOver('married-to', 'Entertainment', [
      'US actor Ossie Daves has been found dead at the age of 87.',
      'Daves, who was married to actress Ruth Dane, was found dead on Friday in his hotel room.',
    ], (small) => {
      expect(small.ask('Who was Ossie Daves married to?', { scorer: 'rules' }).answer).toBe('Ruth Dane');
    });
  });
});

describe('an initial\'s full stop before a word that is no noun', () => {
  it('ends the sentence, not a name: "Malcolm X. Besides Dee, …"', () => {
    // written for this test
    const toks = Tagger.fresh('He spoke at the funerals of Martin Luther King Jnr and Malcolm X. Besides Dee, Davis is survived by three children.');
    const names = nameSpans(toks).map((sp) => toks.slice(sp.from, sp.to + 1).map((t) => t.text).join(' '));
    expect(names).toContain('Malcolm X');
    expect(names.some((n) => n.startsWith('Malcolm X Besides'))).toBe(false);
  });
});

describe('"What did X close at?"', () => {
  it('asks the level a market\'s verb ends "at": "$172.55", not the fall before it', async () => {
    // written for this test
    expect(analyzeQuestion('What did Googol shares close at on Tuesday?').kind).toBe('number');
    await withEngineOver('close-at', 'Business', ['Googol shares have risen since but fell $11.20 on Tuesday to close at $171.45.'], (small) => {
      expect(small.ask('What did Googol shares close at on Tuesday?', { scorer: 'rules' }).answer).toBe('$171.45');
    });
  });
});

describe('whom someone spoke to', () => {
  it('is whom they "told": "Freddy Shepherd told the Newcastle Evening Chronicle"', async () => {
    // written for this test
    await withEngineOver('spoke-to', 'Sport', ['Club chairman Freddy Shepley told the Newcastle Evening Courier: "It is not about money."'], (small) => {
      expect(small.ask('Which newspaper did Freddy Shepley speak to?', { scorer: 'rules' }).answer).toBe('Newcastle Evening Courier');
    });
  });
});

describe('a name, an aside and "is currently X\'s …"', () => {
  it('says the name is the noun asked about, over an adverb and a plural owner\'s apostrophe', async () => {
    // written for this test
    await withEngineOver('copula-adverb', 'Sport', [
      'Saints coach Ian Millbank has given his approval, but it is unlikely to be this season.',
      'Kel Cosgrove, who famously moved from Wales to league in the 1960s, is currently Saints\' football manager, while Clive Griffin - Wales\' defensive coach - is a former Saints player.',
    ], (small) => {
      expect(small.ask('Who is Saints\' football manager?', { scorer: 'rules' }).answer).toBe('Kel Cosgrove');
    });
  });
});

describe('a body\'s name "and" joins', () => {
  it('is one name where capitalised common words end in a word for a body: "the National Development and Reform Commission"', () => {
    // written for this test
    const names = (text: string) => { const toks = Tagger.fresh(text); return nameSpans(toks).map((sp) => toks.slice(sp.from, sp.to + 1).map((t) => t.text).join(' ')); };
    expect(names('The deal awaits approval by the National Development and Reform Commission, which oversees foreign investment.')).toContain('National Development and Reform Commission');
    // (one word before "and" may be a body of its own: two parties)
    expect(names('He said Labour and Conservative Party members agreed.')).not.toContain('Labour and Conservative Party');
  });
});

describe('a person\'s possessive before a title', () => {
  it('is the owner, not part of the title, where the tagger knows the given name only as a person\'s: "Frank Sinatra\'s My Way"', async () => {
    // written for this test
    const toks = Tagger.fresh("Frank Sinatra's My Way was second in the UK vote.");
    expect(nameSpans(toks).map((sp) => toks.slice(sp.from, sp.to + 1).map((t) => t.text).join(' '))).toContain('My Way');
    await withEngineOver('possessive-title', 'Entertainment', ["Frank Sinatra's My Way was second in the UK vote with Monty Python's Always Look on the Bright Side of Life in third place."], (small) => {
      expect(small.ask('What was second in the UK vote?', { scorer: 'rules' }).answer).toBe('My Way');
    });
  });
});

describe('"What was X cut to?"', () => {
  it('asks the level a change verb\'s passive went to: "the sentence cut to five years"', async () => {
    // written for this test
    const q = analyzeQuestion("What was Tony Martin's sentence cut to?");
    expect(q.kind).toBe('number');
    expect(q.headTerm).toBeUndefined();
    await withEngineOver('cut-to', 'Politics', [
      'In one of the highest profile cases, farmer Tony Marten was jailed for life for murdering a burglar in 1999.',
      'The conviction was later reduced to manslaughter on appeal and the sentence cut to five years.',
    ], (small) => {
      expect(small.ask("What was Tony Marten's sentence cut to?", { scorer: 'rules' }).answer).toBe('five years');
    });
  });
});

describe('a count "of whom" the question\'s verb follows', () => {
  it('counts the ones it was done to: "11 people had been prosecuted …, five of whom were convicted"', async () => {
    // written for this test
    await withEngineOver('of-whom', 'Politics', ['An informal trawl of records found 11 people had been prosecuted after attacking intruders in the past 15 years, five of whom were convicted.'], (small) => {
      expect(small.ask('How many people were convicted?', { scorer: 'rules' }).answer).toBe('five');
    });
  });
});

describe('the question\'s verb in a participle\'s aside in commas', () => {
  it('is dated there, not by the date of the clause round it: "started work last year and the outcome, launched on Wednesday, is called …"', async () => {
    // written for this test
    await withEngineOver('participle-aside-date', 'Politics', ['The ministry started work on its Cohesion Strategy last year and the outcome, launched on Wednesday, is called Stronger Together.'], (small) => {
      expect(small.ask('When was the strategy launched?', { scorer: 'rules' }).answer).toBe('Wednesday');
    });
  });
});

describe('a lower-case word a naming verb gives the noun asked about', () => {
  it('is its name: "investing in new tools - called middleware -"', async () => {
    // written for this test
    await withEngineOver('called-lower', 'Technology', ['All companies said they were investing in new tools - called middleware - in order to try and avoid staff numbers spiralling out of control.'], (small) => {
      expect(small.ask('What are the new tools called?', { scorer: 'rules' }).answer).toBe('middleware');
    });
  });
});

describe('"When is the X?" with no verb of its own', () => {
  it('asks the date of its last noun, which a date a few words after that noun gives: "the final scheduled for Saturday"', async () => {
    // written for this test
    await withEngineOver('event-date', 'Sport', ["The qualifying round of the men's long jump in Madrid takes place on Friday with the final scheduled for Saturday."], (small) => {
      expect(small.ask('When is the long jump final?', { scorer: 'rules' }).answer).toBe('Saturday');
    });
  });
});

describe('a change given before the level and the year asked', () => {
  it('reads "grow 12% to 90,000 in 2006" as a change for 2006, over a rate given for every year', async () => {
    // written for this test
    await withEngineOver('change-before-level', 'Carmaker', [
      'Kestrel Motors expects its sales in Peru to grow 12% to 90,000 in 2006.',
      '"We need to expand our production to meet growing demand in the Peru auto market, which is growing over 10 percent every year," chairman Luis Ortega said.',
    ], (small) => {
      expect(small.ask('How much does Kestrel Motors expect its Peru sales to grow in 2006?', { scorer: 'rules' }).answer).toBe('12%');
    });
  });
});

describe('"Who said …?" and a name inside the quotation', () => {
  it('answers the speaker, not the one the quotation is about; a name that says something inside it, over an aside in brackets, still answers', async () => {
    // written for this test
    await withEngineOver('quoted-name', 'Rugby', [
      'Tomas Vik has been named in the Norway squad for the match with Chile.',
      '"Tomas is one of the most gifted forwards in the league so his return is a huge lift," said team-mate Oliver Brandt.',
    ], (small) => {
      expect(small.ask('Who said Vik is one of the most gifted forwards in the league?', { scorer: 'rules' }).answer).toBe('Oliver Brandt');
    });
    await withEngineOver('quoted-sayer', 'Rugby', ['"Henrik Molde (the former Norway coach) said years ago that we should be brave when touring Chile, and he was right," said Brandt.'], (small) => {
      expect(small.ask('Who said Norway should be brave in Chile?', { scorer: 'rules' }).answer).toBe('Henrik Molde');
    });
  });
});

describe('"Which X said …?" with a noun whose person sense is not its first', () => {
  it('asks for a person: "Which justice said …?" is not answered with what the justice spoke of', async () => {
    // written for this test
    await withEngineOver('justice-said', 'Court', [
      'Appeal Court Justice Miriam Okafor said that inventions from printing to the photocopier could be used to copy books but had, on balance, been good for society.',
      'She said that while file-sharing software can be used to illegally copy films and music, conceptually the technology had "some really useful applications".',
    ], (small) => {
      expect(small.ask('Which justice said the technology had some really useful applications?', { scorer: 'rules' }).answer).toBe('Miriam Okafor');
    });
  });
});

describe('a name before the noun asked about and the question\'s own words before that noun', () => {
  it('names the noun over them: "Fenwick\'s Zorro ZX-500 video jukebox" for "What is Fenwick\'s video jukebox called?"', async () => {
    // written for this test
    await withEngineOver('name-over-modifier', 'Gadgets', [
      "Portable gadgets dominate the list, including the Kesta Optix LV digital camera and Fenwick's Zorro ZX-500 video jukebox.",
      "The Kesta Optix LV beats Fenwick's video jukebox for battery life.",
    ], (small) => {
      expect(small.ask("What is Fenwick's video jukebox called?", { scorer: 'rules' }).answer).toBe('Zorro ZX-500');
    });
  });
});

describe('a place before "-based" and the name it modifies', () => {
  it('says where that name is based, not the question\'s: "Madrid-based options exchange Futuro"', async () => {
    // written for this test
    await withEngineOver('based-other', 'Exchanges', ['Bourseon bought Madrid-based options exchange Futuro in 2002.', 'Lisbon-based Bourseon has also said it is interested in bidding.'], (small) => {
      expect(small.ask('Where is Bourseon based?', { scorer: 'rules' }).answer).toBe('Lisbon');
    });
  });
});

describe('what someone said a thing was, in quotation marks', () => {
  it('answers "What did X call Y?" from "X said that Y was \'…\'"', async () => {
    // written for this test
    await withEngineOver('said-was-quote', 'Politics', ['BBC political editor Tom Hale said that Mr Grant\'s speech was "a shot across the bows" to Mr Reid not to try and sideline him.'], (small) => {
      expect(small.ask("What did Hale call Grant's speech?", { scorer: 'rules' }).answer).toBe('a shot across the bows');
    });
  });
});

describe('"Whose …?"', () => {
  it('answers the owner in the possessive before the noun asked about, a body as well as a person', async () => {
    // written for this test
    await withEngineOver('whose-owner', 'Post', ["Mr Dyer said using the Royal Mail's parcel tracking service had already helped officers find about 5,000 parcels."], (small) => {
      expect(small.ask('Whose parcel tracking service was used?', { scorer: 'rules' }).answer).toBe('Royal Mail');
    });
  });
});

describe('a name in commas before "in" and a larger place', () => {
  it('is a place itself: "contest Tooting Bec, in London,"', async () => {
    // written for this test
    await withEngineOver('place-in-place', 'Election', ['Mr Dyer, who on Monday won £50,000 in damages from the Daily Courier, said he would contest Tooting Bec, in London, for Unity.'], (small) => {
      expect(small.ask('Which seat will Dyer contest?', { scorer: 'rules' }).answer).toBe('Tooting Bec');
    });
  });
});

describe('"What does X mean?"', () => {
  it('answers the words in quotation marks after "means"', async () => {
    // written for this test
    await withEngineOver('means-quote', 'Group', ['Meibion Tir - which means "sons of the land" - began burning property in 1981 in protest at homes being sold as holiday cottages.'], (small) => {
      expect(small.ask('What does Meibion Tir mean?', { scorer: 'rules' }).answer).toBe('sons of the land');
    });
  });
});

describe('"speak to" with whom after it', () => {
  it('is answered where the sentence says "told"', async () => {
    // written for this test
    await withEngineOver('speak-to-told', 'Register', ['Chairman Sam Younger told MPs on Tuesday care was needed to ensure that people were not lost off the register.'], (small) => {
      expect(small.ask('When did Younger speak to MPs?', { scorer: 'rules' }).answer).toBe('Tuesday');
    });
  });
});

describe('"Where did X come first?"', () => {
  it('asks where, the place in the order being given', async () => {
    // written for this test
    await withEngineOver('come-first-where', 'Vote', ["In June's European Parliament elections, Unity failed to gain enough votes for an MEP but did come first in Tower Hamlets borough."], (small) => {
      expect(small.ask('Where did Unity come first in the European elections?', { scorer: 'rules' }).answer).toBe('Tower Hamlets');
    });
  });
});

describe('"the New Year" after a preposition of time', () => {
  it('dates what the sentence says: "assessed in the New Year"', async () => {
    // written for this test
    await withEngineOver('new-year-date', 'Tribunal', ['The extent of damages will be assessed in the New Year.'], (small) => {
      expect(small.ask('When will damages be assessed?', { scorer: 'rules' }).answer).toBe('New Year');
    });
  });
});

describe('"When was X\'s last Y?" with a named event', () => {
  it('takes the date a few words after the event\'s name', async () => {
    // written for this test
    await withEngineOver('named-event-date', 'Rugby', ["Wales' most recent championship title was in 1994, and their last Grand Slam success came in 1978 in the era of Gareth Edwards."], (small) => {
      expect(small.ask("When was Wales' last Grand Slam?", { scorer: 'rules' }).answer).toBe('1978');
    });
  });
});

describe('a noun after "which" the tagger reads as a verb', () => {
  it('is the noun asked about when a verb in the past follows: "Which bank lost …?"', async () => {
    // written for this test
    await withEngineOver('which-noun-verb', 'Tapes', ['The Bank of Kestrel has revealed it has lost computer tapes containing account details of more than one million customers.'], (small) => {
      expect(small.ask('Which bank lost computer tapes?', { scorer: 'rules' }).answer).toBe('Bank of Kestrel');
    });
  });
});

describe('"What is X estimated at?"', () => {
  it('asks for the amount a thing is put at', async () => {
    // written for this test
    await withEngineOver('estimated-at', 'Piracy', ['"Chile in particular is a problem, with piracy estimated at 87%," said Mr Cluley.'], (small) => {
      expect(small.ask('What is piracy estimated at in Chile?', { scorer: 'rules' }).answer).toBe('87%');
    });
  });
});

describe('a name listed before ", which" and a clause doing the question\'s verb with its name', () => {
  it('is the one asked, not the others listed: "…, Cold Lake and Stone Bridge, which starred … Ian Marsh"', async () => {
    // written for this test
    await withEngineOver('which-starred', 'Films', ['His film credits include Dark Harbour, Cold Lake and Stone Bridge, which starred Julia Vance and Ian Marsh.'], (small) => {
      expect(small.ask('In which film did Ian Marsh star?', { scorer: 'rules' }).answer).toBe('Stone Bridge');
    });
  });
});

describe('"Which X works at Y?" and a measure counted as a record', () => {
  it('answers the one named with the employer, though the sentence says no "works"', async () => {
    // written for this test
    await withEngineOver('works-at-named', 'Housing', ['"The modest rise in approvals reinforces the impression that the market is slowing steadily rather than sharply," said Metric Insight analyst Howard Archer.'], (small) => {
      expect(small.ask('Which analyst works at Metric Insight?', { scorer: 'rules' }).answer).toBe('Howard Archer');
    });
  });
  it('does not count world records with a distance: "the world indoor 5,000m record"', async () => {
    // written for this test
    await withEngineOver('measure-not-count', 'Athletics', [
      'Gebre broke the world indoor 5,000m record on his debut at the meeting last year.',
      '"If I did not think I could win I would not be here," said Gebre, who has set world records on 18 occasions in his career.',
    ], (small) => {
      expect(small.ask('How many world records has Gebre set?', { scorer: 'rules' }).answer).toBe('18');
    });
    // (while "1.1m" is a million, no measure)
    await withEngineOver('million-not-metres', 'Voters', ["Approximately 1.1m of the region's 1.6m voters are over 60, a survey found."], (small) => {
      expect(small.ask("How many of the region's 1.6m voters are over 60?", { scorer: 'rules' }).answer).toBe('Approximately 1.1m');
    });
  });
});

describe('a day named relative to now, capitalised after a capitalised word', () => {
  it('ends a title: "second single, What Happens Tomorrow."', async () => {
    // written for this test
    await withEngineOver('title-tomorrow', 'Band', ["The Spires are currently promoting the album's second single, What Happens Tomorrow."], (small) => {
      expect(small.ask("What is the album's second single?", { scorer: 'rules' }).answer).toBe('What Happens Tomorrow');
    });
  });
});

describe('a newspaper named after a weekday, a name of a capitalised adjective and a weekday', () => {
  it('keeps the weekday: "the Sunday Independent"', async () => {
    // written for this test
    await withEngineOver('sunday-paper', 'Lions', ['"There is a huge amount of respect for the guy," Harwood told the Sunday Independent.'], (small) => {
      expect(small.ask('Which newspaper did Harwood speak to?', { scorer: 'rules' }).answer).toBe('Sunday Independent');
    });
  });
  it('keeps the weekday after a capitalised adjective: "the film Red Monday", and skips a name in brackets after the question\'s', async () => {
    // written for this test
    await withEngineOver('adjective-day', 'Riots film', [
      'The release of a film about the Madras (Chennai) riots has been postponed following protests.',
      'Investigating the riots which killed 40 people, the film Red Monday had been due to open across India on Friday.',
    ], (small) => {
      expect(small.ask('What is the name of the film about the Madras riots?', { scorer: 'rules' }).answer).toBe('Red Monday');
    });
  });
});

describe('a count after the question\'s verb in another form, and a range of counts', () => {
  it('answers "injured" with the count "wounded", not the count another verb takes', async () => {
    // written for this test
    await withEngineOver('wounded-count', 'Blasts', ['The blasts, which killed more than 250 people and wounded 1,000, shook the city in March.'], (small) => {
      expect(small.ask('How many people were injured in the blasts?', { scorer: 'rules' }).answer).toBe('1,000');
    });
  });
  it('gives a range of a noun whole: "only 30 to 40 top firms"', async () => {
    // written for this test
    await withEngineOver('count-range', 'Review', ['A day earlier, Mr Marchenko had said only 30 to 40 top firms would be reviewed.'], (small) => {
      expect(small.ask('How many top firms did Mr Marchenko say would be reviewed?', { scorer: 'rules' }).answer).toBe('30 to 40');
    });
  });
});

describe('a sentence about another race, another category or others of the noun asked about', () => {
  it('does not answer for another distance: "the 9.2km race" for "the 4km race"', async () => {
    // written for this test
    await withEngineOver('other-measure', 'Cross country', [
      'Kenyan Eliud Karanja won the 9.2km race at the Perth Cross Country.',
      'Nick Ramsay held off his British rivals to win the 4km race.',
    ], (small) => {
      expect(small.ask('Who won the 4km race at the Perth Cross Country?', { scorer: 'rules' }).answer).not.toBe('Eliud Karanja');
    });
  });
  it('does not answer "best actor" from "best supporting actor"', async () => {
    // written for this test
    await withEngineOver('other-category', 'Awards', [
      'Owen has already been made bookmakers\' favourite for best supporting actor.',
      'Ray star Jamie Foxx is clear favourite in the best actor category.',
    ], (small) => {
      expect(small.ask("Who is the bookmakers' favourite for the best actor award?", { scorer: 'rules' }).answer).toBe('Jamie Foxx');
    });
  });
  it('does not answer "which barrister" with one of "five other barristers"', async () => {
    // written for this test
    await withEngineOver('other-listed', 'Barristers', [
      'A senior barrister has resigned in protest over the anti-terror laws.',
      'His resignation is expected to be followed by those of five other barristers - Nicholas Hale QC, Andrew Nye QC and Rick Stone.',
      'Ian Mayhew QC quit when the government failed to recognise the ruling.',
    ], (small) => {
      expect(small.ask('Which barrister resigned in protest at the anti-terror laws?', { scorer: 'rules' }).answer).not.toBe('Nicholas Hale QC');
    });
  });
  it('does not answer "wife" with a man\'s name', async () => {
    // written for this test
    await withEngineOver('other-sex', 'Hague', [
      'Mr Hague, who recently had published the biography of William Pitt the Younger, also said he wanted to keep writing and spend time with his wife.',
    ], (small) => {
      expect(small.ask("Who is William Hague's wife?", { scorer: 'rules' }).answer).not.toBe('William Pitt the Younger');
    });
    // (but the noun asked about right before a name holds, whatever the given name: "his wife Carey Lowell")
    await withEngineOver('wife-named', 'Gere', ['Gere, 55, greeted the crowd and signed autographs, accompanied by his wife Carey Lowell.'], (small) => {
      expect(small.ask("Who is Richard Gere's wife?", { scorer: 'rules' }).answer).toBe('Carey Lowell');
    });
  });
});

describe('a name described by the question\'s words, a role after a hyphen, a book asked for by its title', () => {
  it('answers "Which Heathrow anti-noise group" with the name after "Heathrow anti-noise campaigners"', async () => {
    // written for this test
    await withEngineOver('described-name', 'Runways', ['Groups challenging the plans include Stop Kestrel Expansion, Heathrow anti-noise campaigners HACAN Clearskies and two London boroughs.'], (small) => {
      expect(small.ask('Which Heathrow anti-noise group is among those challenging the plans?', { scorer: 'rules' }).answer).toBe('HACAN Clearskies');
    });
  });
  it('reads "co-chairman" as a role before a name', async () => {
    // written for this test
    await withEngineOver('hyphen-role', 'Tories', ['Conservative co-chairman Liam Benton said the plans were a stunt.'], (small) => {
      expect(small.ask('What position does Liam Benton hold in the Conservative Party?', { scorer: 'rules' }).answer).toBe('co-chairman');
    });
  });
  it('does not answer a book\'s title with a body', async () => {
    // written for this test
    await withEngineOver('book-title', 'Prize', ["Armand Leroux, a lecturer at London's Imperial College, scooped the £10,000 prize for Mutants."], (small) => {
      expect(small.ask("What is the title of Armand Leroux's winning book?", { scorer: 'rules' }).answer ?? '').not.toContain('Imperial College');
    });
  });
});

describe('"won silver" for "who won"', () => {
  it('is a weaker answer than "won": a lesser medal is no win', async () => {
    // written for this test
    let silver = 0;
    let gold = 0;
    await withEngineOver('won-silver', 'Olympics', ['Katerina Thanou, 29, won silver in the 100m at the Sydney Olympics.'], (small) => {
      silver = small.ask('Who won the Olympic 100m in Sydney?', { scorer: 'rules' }).confidence;
    });
    await withEngineOver('won-gold', 'Olympics', ['Katerina Thanou, 29, won the 100m at the Sydney Olympics.'], (small) => {
      gold = small.ask('Who won the Olympic 100m in Sydney?', { scorer: 'rules' }).confidence;
    });
    expect(gold).toBeGreaterThan(0);
    expect(silver).toBeLessThan(gold);
  });
});

describe('a record\'s title after "debut hit", and a capitalised adverb ending a title', () => {
  it('keeps "Lamp in a Window" whole after "her debut hit", before "in" and a date', async () => {
    // written for this test
    await withEngineOver('debut-hit', 'Singer', ['Ohio-born Marla reached number one in the UK with her debut hit Lamp in a Window in October 1999.'], (small) => {
      expect(small.ask("What was Marla's debut hit?", { scorer: 'rules' }).answer).toBe('Lamp in a Window');
    });
  });
  it('keeps "Dead" on "We Liked You Better When You Were Dead"', async () => {
    // written for this test
    await withEngineOver('adverb-title', 'Band', ['Brightstar played for around 45 minutes, showcasing material from their forthcoming EP called We Liked You Better When You Were Dead, due for release in February.'], (small) => {
      expect(small.ask("What is Brightstar's forthcoming EP called?", { scorer: 'rules' }).answer).toBe('We Liked You Better When You Were Dead');
    });
  });
});

describe('words in quotation marks the question\'s verb takes, and a name after all the question\'s words for the noun asked about', () => {
  it('answers "What did X say the economy had hit?" with the quoted words after "hit"', async () => {
    // written for this test
    await withEngineOver('quoted-object', 'Economy', ['Last month, Bank of Kestrel governor Mervyn Hale said that the economy had hit a "softer patch" after rapid growth.'], (small) => {
      expect(small.ask('What did Mervyn Hale say the economy had hit?', { scorer: 'rules' }).answer).toBe('softer patch');
    });
  });
  it('answers "Which pop band …?" with the name after "pop band", not after "new band"', async () => {
    // written for this test
    await withEngineOver('described-head', 'Band', ['Charlie Simms took his new band Nightstar to the stage on Friday night, just hours after officially announcing his departure from pop band Bolted.'], (small) => {
      expect(small.ask('Which pop band has Charlie Simms left?', { scorer: 'rules' }).answer).toBe('Bolted');
    });
  });
});

describe('titles a pronoun or a question word opens, the owner before them, and an employer after a role', () => {
  it('keeps "I\'ll" on a record\'s title after the noun for the record', async () => {
    // written for this test
    await withEngineOver('pronoun-title', 'Chart', ['Destiny Street slipped one place to four, followed by Lasses Aloud at five with the charity record I\'ll Stand By You.'], (small) => {
      expect(small.ask('What was the Lasses Aloud charity record?', { scorer: 'rules' }).answer).toBe("I'll Stand By You");
    });
  });
  it('answers "Which U2 album …?" with "How to Dismantle a Bomb", not the band\'s possessive run on', async () => {
    // written for this test
    await withEngineOver('wh-title', 'Albums', ["Kestrel's How to Mend a Kite remains at number one for a third week in a row, followed by Wilson's Greatest Hits."], (small) => {
      expect(small.ask('Which Kestrel album stayed at number one in the album chart?', { scorer: 'rules' }).answer).toBe('How to Mend a Kite');
    });
  });
  it('reads a name after "economist at" as the employer, whatever the tagger made of its words', async () => {
    // written for this test
    await withEngineOver('employer', 'Growth', ['"The main drag came from electronics," said Lian Chia Liang, economist at JP Morgan Chase.'], (small) => {
      expect(small.ask('Which bank employs economist Lian Chia Liang?', { scorer: 'rules' }).answer).toBe('JP Morgan Chase');
    });
  });
  it('keeps "the Birmingham and Midlands Institute" one name', () => {
    const toks = Tagger.fresh('The judge told the hearing at the Birmingham and Midlands Institute that the case was serious.');
    expect(nameSpans(toks).map((s) => toks.slice(s.from, s.to + 1).map((t) => t.text).join(' '))).toContain('Birmingham and Midlands Institute');
  });
});

describe('the question\'s own name in brackets, another name\'s place in a "who" clause, a name before the noun asked about in the plural', () => {
  it('reads a name followed by a short form in brackets that the question gives as the question\'s own', () => {
    const toks = Tagger.fresh('The Kestrel Institute of Economic and Social Research (KIESR) claims that taxes need to rise.');
    const last = toks.findIndex((t) => t.text === 'Economic');
    expect(bracketedAliasAsked(toks, last, new Set(['KIESR']))).toBe(true);
    expect(bracketedAliasAsked(toks, last, new Set(['IFS']))).toBe(false);
  });
  it('answers where a band finished with its own place, not the 14th of another band\'s "who" clause', async () => {
    // written for this test
    await withEngineOver('who-clause', 'Best Scottish band poll', ['Scottish rock band Fern Ferdinand, who shot to prominence in 2004, have won two awards.', 'Scottish-based band Snow Harbour, who finished 14th in the vote and have been nominated for a pair of awards, were among the performers at the party.', 'Fern Ferdinand, who recently picked up five award nominations, ended up in 15th place, while the Eurythmics wound up in 20th.'], (small) => {
      expect(small.ask('Where did Fern Ferdinand finish in the best Scottish band poll?', { scorer: 'rules' }).answer).toBe('15th place');
    });
  });
  it('answers "Which show …?" with the show, not the channel before "shows"', async () => {
    // written for this test
    await withEngineOver('plural-head', 'Awards', ['Nightly Night was named Britain\'s best new TV comedy over ITV1 shows Doc Marten and Life Starts.'], (small) => {
      expect(small.ask("Which show was named Britain's best new TV comedy, beating Doc Marten?", { scorer: 'rules' }).answer).toBe('Nightly Night');
    });
  });
  it('answers a noun phrase with a question mark ("Rangers manager?")', async () => {
    // written for this test
    await withEngineOver('phrase-asked', 'Football', ['Rovers manager Alex McLeod said his side had been amateurish in defence.'], (small) => {
      expect(small.ask('Rovers manager?', { scorer: 'rules' }).answer).toBe('Alex McLeod');
    });
  });
  it('reads a name the article gives before as taken up by a pronoun that opens the sentence\'s words ("its main administrator, X")', () => {
    // "Among the six named is its main administrator, Mohammad Bagher Shirinkar, …": "its" is
    // Emennet Pasargad, which the sentence does not name
    for (const scorer of ['rules', 'checked'] as const) {
      const a = engine.ask('Who is the head of Emennet Pasargad?', { scorer });
      expect(a.answer).toBe('Mohammad Bagher Shirinkar');
      expect(a.citations[0]!.quote).toMatch(/its main administrator/);
      expectVerbatim(a);
    }
  });
  it('answers "In which competition …?" with the contest\'s name, which the sentence need not call a competition, and never with a person', async () => {
    // written for this test
    await withEngineOver('contest', 'Tennis', ['Hewitt beat Federer in the Davis Cup semi-final in 2003, his best win of the year.', 'Portora Rovers were knocked out of the Ulster Shield on Saturday, said Rovers boss Dan McCrory.'], (small) => {
      expect(small.ask('In which competition did Hewitt beat Federer in 2003?').answer).toBe('Davis Cup');
      expect(small.ask('Which cup competition have Portora Rovers been knocked out of?', { scorer: 'rules' }).answer).not.toBe('Dan McCrory');
    });
  });
  it('answers "X won the final set by what score?" with the score', async () => {
    // written for this test
    await withEngineOver('what-score', 'Tennis', ['Hewitt took the final set 6-2 to win the Sydney title, his first of the season.'], (small) => {
      expect(small.ask('Hewitt won the final set in Sydney by what score?').answer).toBe('6-2');
    });
  });
  it('answers "Which X fly-half …?" with the player, not a number', async () => {
    // written for this test
    await withEngineOver('fly-half', 'Rugby', ['Leeds fly-half Tom Baxendale kicked four penalties as the Tykes beat Bath 12-9 at Headingley.'], (small) => {
      expect(small.ask('Which Leeds fly-half kicked four penalties?').answer).toBe('Tom Baxendale');
    });
  });
  it('answers a count asked as a noun phrase ("Number of X sold …?", "What is the number of X …?")', async () => {
    // written for this test
    await withEngineOver('number-of', 'Retail', ['Shops in Leeds sold 4,200 tablets last month, the trade body said.'], (small) => {
      expect(small.ask('Number of tablets sold in Leeds last month?').answer).toBe('4,200');
      expect(small.ask('What is the number of tablets sold in Leeds last month?').answer).toBe('4,200');
    });
  });
  it('answers a noun phrase whose last word the tagger reads as a verb ("Tigers boss?") or whose title holds "and"', async () => {
    // written for this test
    await withEngineOver('phrase-verb-noun', 'Rugby', ['Tigers boss Dean Richards praised the pack after the win at Welford Road.', "Norway's Trade and Industry Minister Ansgar Lindqvist opened the oil fair in Stavanger."], (small) => {
      expect(small.ask('Tigers boss?').answer).toBe('Dean Richards');
      expect(small.ask("Norway's Trade and Industry Minister?").answer).toBe('Ansgar Lindqvist');
    });
  });
});

describe('an employer named with its employee, another noun\'s amount, a name the noun asked about ends', () => {
  it('answers "Which firm employs senior bond analyst X?" with the firm after "analyst at"', async () => {
    // written for this test
    await withEngineOver('employs-analyst', 'Grocer', ["Yet Evan Marsh, a senior bond analyst at Gimme Yield, said Mr Lynch's job would not be easy."], (small) => {
      expect(small.ask('Which firm employs senior bond analyst Evan Marsh?', { scorer: 'rules' }).answer).toBe('Gimme Yield');
    });
  });
  it('does not answer "total liabilities?" with the amount of the assets beside them', async () => {
    // written for this test
    await withEngineOver('other-noun-amount', 'Fuel', ['With assets of $200m and liabilities totalling $648m, Kestrel Aviation Oil needs its creditors\' backing.'], (small) => {
      expect(small.ask("What are Kestrel Aviation Oil's total liabilities?", { scorer: 'rules' }).answer).not.toBe('$200m');
    });
  });
  it('answers "X is from which university?" with the name ending in "University", not the group "from" leads', async () => {
    // written for this test
    await withEngineOver('head-ends-other', 'Transport', ['"They are concept vehicles," said Dr David Gillham from the Transport Studies Group at Loughborough University.'], (small) => {
      expect(small.ask('Dr David Gillham is from which university?', { scorer: 'rules' }).answer).toBe('Loughborough University');
    });
  });
});

describe('a hyphened word a number opens', () => {
  it('gives no title from "26-year-old" before a name ("year-old")', async () => {
    // written for this test
    await withEngineOver('number-compound', 'Davis Cup', ['Masters Cup champions Mike and Bob Bryant thrashed Ferrero and Robredo.', 'The 26-year-old Bryant twins have won all four of their Davis Cup matches this year.'], (small) => {
      expect(small.ask('Which title did the Bryant brothers hold going into the Davis Cup final?', { scorer: 'rules' }).answer ?? '').not.toMatch(/year-old|old/);
    });
  });
});

describe('a title right after the noun asked about', () => {
  it('answers "Which magazine compiled the … list?" with "The List", though its words are the question\'s', async () => {
    // written for this test
    await withEngineOver('title-after-head', 'Bands', ['Scottish magazine The List recently compiled a list of the top 50 Scottish bands of all time, but left the final decision to the public.'], (small) => {
      expect(small.ask('Which Scottish magazine compiled the top 50 Scottish bands list?', { scorer: 'rules' }).answer).toBe('The List');
    });
  });
});

describe('the default stage where the rules find a word of the question missing', () => {
  it('gives the learned answer when its sentence lacks the word too ("staged" for a match "in Cardiff")', async () => {
    // written for this test
    await withEngineOver('lacks-both', 'Wales face injury worries', [
      "Wales have a clutch of injury worries before Wednesday's international friendly against Hungary in Cardiff.",
      "West Ham's Gavin Williams looks certain to be out, so uncapped Wrexham defender Stephen Roberts is drafted in.",
    ], (small) => {
      const q = 'In which city is the Wales v Hungary friendly being staged?';
      expect(small.ask(q, { scorer: 'rules' }).answered).toBe(false);
      const a = small.ask(q);
      expect(a.answer).toBe('Cardiff');
      expect(a.citations[0]?.quote).toContain('friendly against Hungary in Cardiff');
    });
  });
  it('keeps the abstention when the learned stage reads a stand-in the rules refuse ("supported" for "opposed")', async () => {
    // written for this test
    await withEngineOver('stand-in', 'Bank merger vote', [
      'The pension fund Calpers supported the merger of Alpha Bank and Beta Bank on Tuesday.',
      'The deal values the combined bank at 4bn euros.',
    ], (small) => {
      const q = 'Which shareholder opposed the merger of Alpha Bank and Beta Bank?';
      // (at any confidence, so the test reads the stand-in check, not where a model puts its threshold)
      expect(small.ask(q, { scorer: 'learned', minConfidence: 0 }).answer).toBe('Calpers');
      const a = small.ask(q, { minConfidence: 0 });
      expect(a.answered).toBe(false);
      expect(a.related?.length ?? 0).toBeGreaterThan(0);
    });
  });
});

describe('a person described after their name in an article the search ranks second, a record after its year', () => {
  it('weighs "The 31-year-old …" right after a sentence naming the person, in an article after the best', async () => {
    // written for this test
    const relay = ['---', 'id: relay', 'title: Jo Pavey leads relay team', '---',
      'Jo Pavey will lead the relay team in Boston. Jo Pavey ran well last year. Coach Alan Storey praised Jo Pavey. Jo Pavey and Kelly Holmes will train together.'].join('\n');
    const indoor = ['---', 'id: indoor', 'title: Pavey turns to indoor season', '---',
      'The European Indoor Championships are in Madrid this March.',
      '', "Jo Pavey will miss the Great Edinburgh cross country race to prepare for them. The 31-year-old was third in last week's European Cross Country Championships. She prefers to race on the track."].join('\n');
    const small = await createEngine(await tempCorpus({ 'relay.md': relay, 'indoor.md': indoor }), { warn: () => {} });
    try {
      for (const scorer of ['rules', 'checked'] as const) {
        const a = small.ask('How old is Jo Pavey?', { scorer });
        expect(a.answer).toBe('31');
        expect(a.citations[0]?.quote).toContain('The 31-year-old was third');
      }
    } finally {
      await small.close();
    }
  });
  it('reads "the 1996 single Return of the Mack" and "her single Love of the Game" as one title each', () => {
    for (const [sentence, title] of [['Morrison rose to fame with the 1996 single Return of the Mack.', 'Return of the Mack'], ['It was her single Love of the Game that sold.', 'Love of the Game']]) {
      const toks = Tagger.fresh(sentence!);
      expect(nameSpans(toks).map((s) => toks.slice(s.from, s.to + 1).map((t) => t.text).join(' '))).toContain(title);
    }
  });
});

describe('a length of time in several units', () => {
  it('answers a winning time with all its units ("two hours, 23 minutes and 10 seconds")', async () => {
    // written for this test
    await withEngineOver('race-time', 'Radcliffe wins in New York', [
      'Paula Radcliffe won the New York Marathon on Sunday.',
      'The pair were locked together for the last few miles before Radcliffe finally sprinted clear to win in two hours, 23 minutes and 10 seconds.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask("What was Paula Radcliffe's winning time in New York?", { scorer }).answer).toBe('two hours, 23 minutes and 10 seconds');
    });
  });
  it('reads "1 minute 58 seconds" as one length, and stops at a larger unit after a smaller one', () => {
    const toks = Tagger.fresh('She ran 1 minute 58 seconds in the heat.');
    expect(unitsGoOn(toks, 3)).toBe(5);
    const back = Tagger.fresh('It took 10 seconds and 2 hours to load.');
    expect(unitsGoOn(back, 3)).toBe(3);
  });
});

describe('a body\'s name with a place after its kind', () => {
  it('reads "Screen International" as no mention of "Amnesty International UK"', () => {
    const terms = analyzeQuestion('Who is the Amnesty International UK director?').terms;
    expect(otherBody(terms, 'Tim Dams, Screen International: Film - The Aviator; director - Clint Eastwood.')).not.toBeNull();
    expect(otherBody(terms, 'Amnesty International UK said director Kate Allen would speak.')).toBeNull();
  });
});

describe('an ordinal asked for', () => {
  it('answers "Which anniversary …?" and "Which edition …?" with the ordinal, not a year the sentence gives', async () => {
    // written for this test
    await withEngineOver('ordinal', 'Line closure marked', [
      'In 2000, the council said the area had suffered since the closure of the Waverley Line.',
      'Campaigners will march on Saturday to mark the 36th anniversary of the closure of the Waverley Line.',
      'Little Britain triumphed over The Office at the 15th annual British Comedy Awards in 2004.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) {
        expect(small.ask('Which anniversary of the Waverley Line closure is being marked?', { scorer }).answer).toBe('36th anniversary');
        expect(small.ask('Which edition of the British Comedy Awards did Little Britain triumph at?', { scorer }).answer).toBe('15th');
      }
    });
  });
});

describe('an age in a clause "when" opens', () => {
  it('is no answer to how old someone is now ("in 1982 when McFadden was two years old")', async () => {
    // written for this test
    await withEngineOver('age-then', 'Singer video withdrawn', [
      'The new video of singer Brian McFadden has been pulled after a school complained.',
      'Corporal punishment was outlawed in Irish schools in 1982 when McFadden was two years old.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('How old is Brian McFadden?', { scorer }).answered).toBe(false);
    });
    await withEngineOver('age-now', 'Singer video withdrawn', [
      'The new video of singer Brian McFadden has been pulled after a school complained.',
      'Corporal punishment was outlawed in Irish schools in 1982, McFadden, 24, said.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('How old is Brian McFadden?', { scorer }).answer).toBe('24');
    });
  });
});

describe('a title "of" a place', () => {
  it('is no answer to where something happens ("HRH Duchess of Cornwall … at Windsor Castle")', async () => {
    // written for this test
    await withEngineOver('title-of-place', 'Royal wedding plans', [
      'Prince Charles and Camilla Parker Bowles are to marry in April.',
      'Mrs Parker Bowles will take the title HRH Duchess of Cornwall after a civil ceremony to be held at Windsor Castle.',
    ], (small) => {
      expect(small.ask("Where will Charles and Camilla's civil ceremony take place?", { scorer: 'rules' }).answer).toBe('Windsor Castle');
      expect(small.ask("Where will Charles and Camilla's civil ceremony take place?", { scorer: 'checked' }).answer ?? '').not.toMatch(/Duchess/);
    });
  });
});

describe('an amount the question\'s subject owns', () => {
  it('answers how much the Conservatives spent with "the Conservatives\' £3.13m", not what UKIP spent', async () => {
    // written for this test
    await withEngineOver('owned-amount', 'Election spending', [
      'New figures show how much the parties spent in the European elections.',
      'UKIP, which campaigned on a slogan of "Say no to Europe", spent £2.36m on the campaign - second only to the Conservatives\' £3.13m.',
    ], (small) => {
      expect(small.ask('How much did the Conservatives spend on the European elections?', { scorer: 'rules' }).answer).toBe('£3.13m');
      expect(small.ask('How much did the Conservatives spend on the European elections?', { scorer: 'checked' }).answer ?? '').not.toBe('£2.36m');
    });
  });
});

describe('a range of sums', () => {
  it('answers with both ends of "$4.2bn to $4.35bn", and not with two levels of a change', async () => {
    // written for this test
    await withEngineOver('sum-range', 'EBay forecast', [
      'EBay now forecasts 2005 revenue of $4.2bn to $4.35bn and higher earnings.',
      'Its shares fell 65 cents to $14.35 in New York trading.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('What revenue does eBay forecast for 2005?', { scorer }).answer).toBe('$4.2bn to $4.35bn');
      expect(small.ask('How much did eBay shares fall in New York trading?', { scorer: 'rules' }).answer).toBe('65 cents');
    });
  });
});

describe('a day in the possessive', () => {
  it('dates the thing the question asks about ("Saturday\'s speech"), and is answered without its "\'s"', async () => {
    // written for this test
    await withEngineOver('day-possessive', 'Kennedy temple visit', [
      'Charles Kennedy is set to address 2,000 people at a Hindu temple in Neasden.',
      "Saturday's speech comes days after the Lib Dems launched their ethnic minority mini-manifesto.",
    ], (small) => {
      expect(small.ask('On which day will Kennedy give his temple speech?', { scorer: 'rules' }).answer).toBe('Saturday');
      expect(small.ask('On which day will Kennedy give his temple speech?', { scorer: 'checked' }).answer ?? '').not.toMatch(/after/);
    });
  });
});

describe('a coined word in capitals after a role', () => {
  it('is the name\'s, not a second role ("reggae artist Beenie Man")', async () => {
    // written for this test
    await withEngineOver('coined-name', 'Jamelia hits', [
      'Jamelia released four number ones from her 2000 album Drama, including the top five hit Money featuring the vocals of reggae artist Beenie Man.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask("Which reggae artist featured on Jamelia's hit Money?", { scorer }).answer).toBe('Beenie Man');
    });
  });
});

describe('a limit said without its word', () => {
  it('answers "What is the maximum fine …?" from "fined up to £5,000"', async () => {
    // written for this test, after a BBC report
    await withEngineOver('limit-said', 'Games sales law', [
      'Patricia Hewitt is expected to call for the law banning the sale of 18-rated games to children to be enforced better.',
      'Anyone convicted of selling an 18-rated game to a child can be jailed for six months and fined up to £5,000.',
    ], (small) => {
      expect(small.ask('What is the maximum fine for selling an 18-rated video game to a child?', { scorer: 'rules' }).answer).toBe('up to £5,000');
    });
  });
});

describe('a name asked for as a thing no name names', () => {
  it('is no injury or knee ("Bell could make his England debut", "Manchester United striker …")', async () => {
    // written for this test, after a BBC report
    await withEngineOver('no-name-kind', 'Vickery out of Six Nations', [
      'England prop Phil Vickery is staying positive despite a setback.',
      'And with Phil Vickery sidelined for at least six weeks with a broken arm and Julian White out with a neck injury, Bell could make his England debut.',
      'Manchester United striker Ole Gunnar Solskjaer said he hoped to return next season following a career-threatening injury to his right knee.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('What injury has sidelined Phil Vickery for at least six weeks?', { scorer }).answer).not.toBe('Bell');
      expect(small.ask('Which knee did Ole Gunnar Solskjaer injure?', { scorer: 'rules' }).answer).toBe('right knee');
      expect(small.ask('Which knee did Ole Gunnar Solskjaer injure?', { scorer: 'checked' }).answer).not.toBe('Manchester United');
    });
    // (but a name asked for by the noun it owns is: "Which REM member's flu …?")
    await withEngineOver('owner-of-state', 'REM gig', [
      'REM are to play a concert in Scotland this summer.',
      'They were forced to pull out of a concert at the SECC in Glasgow last month after bassist Mike Mills contracted flu.',
    ], (small) => {
      expect(small.ask("Which REM member's flu forced the band to pull out of their SECC show in Glasgow?", { scorer: 'rules' }).answer).toBe('Mike Mills');
    });
  });
});

describe('a place before "-based"', () => {
  it('says where a firm is based, though the tagger reads it as a people\'s word, and the noun after it ends at its verb', async () => {
    // written for this test, after a BBC report
    await withEngineOver('based-demonym', 'Adidas kit deal', [
      'UK Athletics has agreed a new deal with adidas to supply Great Britain squads of all ages.',
      'The German-based firm kitted out Team GB at the 2004 Olympics and has deals with 20 other national Olympic bodies.',
    ], (small) => {
      expect(small.ask("Where is UK Athletics' kit supplier adidas based?", { scorer: 'rules' }).answer).toBe('German');
      expect(small.ask("Where is UK Athletics' kit supplier adidas based?", { scorer: 'checked' }).answer).not.toBe('Team GB');
    });
  });
});

describe('a sort of the noun asked about', () => {
  it('answers "What illness …?" with "diabetes", which WordNet files under illness, though the sentence never says "illness"', async () => {
    // written for this test, after a BBC report
    await withEngineOver('head-sort', 'Dick Clark in hospital', [
      'Veteran US television host Dick Clark is in hospital in Los Angeles after suffering a mild stroke.',
      'Clark, who produces the Golden Globe and American Music Awards, disclosed last year that he was suffering from diabetes.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('What illness did Dick Clark disclose last year?', { scorer }).answer).toBe('diabetes');
    });
  });
});

describe('a day asked for', () => {
  it('is given by a day, not a year ("In 2004, Italy lost …", "This year, Italy …")', async () => {
    // written for this test, after a BBC report
    await withEngineOver('day-asked', 'Italy v Scotland preview', [
      'In 2004, Italy lost 28-17 to Ireland in Rome.',
      'Italy travel to Edinburgh with high hopes.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('On which day did Italy lose 28-17 to Ireland?', { scorer }).answered).toBe(false);
      expect(small.ask('In which year did Italy lose 28-17 to Ireland?', { scorer: 'rules' }).answer).toBe('2004');
    });
    await withEngineOver('day-given', 'Italy v Scotland preview', [
      'On Sunday, Italy lost 28-17 to Ireland in Rome.',
    ], (small) => {
      expect(small.ask('On which day did Italy lose 28-17 to Ireland?', { scorer: 'rules' }).answer).toBe('Sunday');
    });
  });
});

describe('the other sex\'s category', () => {
  it('does not answer "Who was voted male athlete of 2004?" from "… voted woman athlete of 2004"', async () => {
    // written for this test, after a BBC report
    await withEngineOver('other-sex', 'Athletics awards', [
      'Double Olympic champion Kelly Holmes has been voted European Athletics woman athlete of 2004.',
      'Swedish high jumper Stefan Holm came second in the voting for the award.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('Who was voted European male athlete of 2004?', { scorer }).answer).not.toBe('Kelly Holmes');
      expect(small.ask('Who was voted European woman athlete of 2004?', { scorer: 'rules' }).answer).toBe('Kelly Holmes');
    });
    await withEngineOver('other-sex-race', 'Cross country', [
      "Gelete Burka won the women's race in Brussels on Sunday.",
      "Kenenisa Bekele won the men's race in Brussels on Sunday.",
    ], (small) => {
      expect(small.ask("Who won the women's race in Brussels?", { scorer: 'rules' }).answer).toBe('Gelete Burka');
      expect(small.ask("Who won the men's race in Brussels?", { scorer: 'rules' }).answer).toBe('Kenenisa Bekele');
    });
  });
});

describe('a place "outside" another', () => {
  it('answers where with "outside the UK", not the place it is outside of', async () => {
    // written for this test, after a BBC report
    await withEngineOver('outside-place', 'Tory asylum plans', [
      'The Tories are already committed to imposing annual limits on immigration.',
      'Under the Tory plans, asylum applications would be processed outside the UK.',
      'Michael Howard set out the plans in Dover.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('Where would asylum applications be processed under the Tory plans?', { scorer }).answer).toBe('outside the UK');
    });
  });
});

describe('a name after someone\'s', () => {
  it('reads "the Olivier Awards" and "John Radcliffe Hospital" as no person', () => {
    expect(nameTypes('The Producers beat Mary Poppins at the Olivier Awards.')['Olivier Awards']).not.toBe('person');
    expect(nameTypes('He was taken to John Radcliffe Hospital in Oxford.')['John Radcliffe Hospital']).not.toBe('person');
    expect(nameTypes('Laurence Olivier won the award.')['Laurence Olivier']).toBe('person');
  });
});

describe('an amount with its unit written on, and a price of each share', () => {
  it('answers how much a disc holds with "30GB", and gives no price of each share for what a deal costs', async () => {
    // written for this test, after BBC reports
    await withEngineOver('unit-on', 'Disc formats', [
      "A Blu-ray disc will be able to store 50GB of high-quality data, while Toshiba's HD-DVD will hold 30GB.",
      "The firm will pay $76 for each Guidant share, 6% more than Wednesday's closing price.",
    ], (small) => {
      expect(small.ask("How much data will Toshiba's HD-DVD hold?", { scorer: 'rules' }).answer).toBe('30GB');
      expect(small.ask('How much data can a Blu-ray disc store?', { scorer: 'rules' }).answer).toBe('50GB');
      expect(small.ask('How much is the firm paying for Guidant?', { scorer: 'rules' }).answered).toBe(false);
      expect(small.ask('How much will the firm pay for each Guidant share?', { scorer: 'rules' }).answer).toBe('$76');
    });
  });
});

describe('a place that is no answer to where', () => {
  it('is not where someone is from when they go to it, nor a city when a noun before it says it is a programme', async () => {
    // written for this test, after BBC reports
    await withEngineOver('where-from', 'Hurdles', [
      "Allan Scott is confident of winning a medal at next week's European Indoor Championships.",
      "The men's 60m hurdles is so strong that the selectors will pick three hurdlers, Allan Scott among them, to go to Madrid.",
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('Which town is hurdler Allan Scott from?', { scorer }).answer).not.toBe('Madrid');
      expect(small.ask('Where will the hurdlers go?', { scorer: 'rules' }).answer).toBe('Madrid');
    });
    await withEngineOver('programme-name', 'Go Digital', [
      'Bill Thompson is a regular commentator on the BBC World Service programme Go Digital.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask("In which city does Bill Thompson's girlfriend live?", { scorer }).answer).not.toBe('Go Digital');
    });
  });
});

describe('a job asked for, said without a name beside it', () => {
  it('answers "What government post was X promoted to?" with "Cabinet Office minister"', async () => {
    // written for this test, after a BBC report
    await withEngineOver('role-phrase', 'Miliband promoted', [
      "David Miliband's rapid rise through the ranks of government continues with his promotion to Cabinet Office minister.",
      'He was first elected as MP for South Shields in 2001.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('What government post was David Miliband promoted to?', { scorer }).answer).toBe('Cabinet Office minister');
    });
  });
});

describe('places set off by commas after names', () => {
  it('answers where each name is with the place after its own comma ("Woodhill, Milton Keynes"), whatever the tagger reads it as', async () => {
    // written for this test, after a BBC report
    await withEngineOver('apposed-places', 'Detainees ruling', [
      'The Law Lords ruled that the detention of 12 men at Belmarsh prison, London, and Woodhill, Milton Keynes, was unlawful.',
      'The men are still behind bars.',
    ], (small) => {
      expect(small.ask('Where is Woodhill prison?', { scorer: 'rules' }).answer).toBe('Milton Keynes');
      expect(small.ask('Where is Woodhill prison?', { scorer: 'checked' }).answer).not.toBe('London');
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('Where is Belmarsh prison?', { scorer }).answer).toBe('London');
    });
  });
});

describe('a name in apposition to the noun asked about past a hyphened modifier', () => {
  it('answers "What is India\'s top-selling daily newspaper?" with "Dainik Jagran"', async () => {
    // written for this test, after BBC reports
    await withEngineOver('apposed-hyphened', 'Indian newspapers', [
      "Jagran publishes India's top-selling daily newspaper, the Hindi-language Dainik Jagran, which has been in circulation for 60 years.",
      'Meanwhile, the group made no comment about the future of the Independent newspaper.',
    ], (small) => {
      expect(small.ask("What is India's top-selling daily newspaper?", { scorer: 'rules' }).answer).toBe('Dainik Jagran');
    });
  });
});

describe('a word in -est that is no superlative', () => {
  it('answers "Which BBC sketch show did Johnny Depp make a guest appearance in?" from "… Depp\'s guest role in the final episode of BBC sketch programme The Fast Show"', async () => {
    // written for this test, after a BBC report ("guest" is no superlative of WordNet's "gu")
    await withEngineOver('guest-role', 'Depp profile', [
      "British TV comedy fans might also remember Depp's guest role in the final episode of BBC sketch programme The Fast Show, cited as his favourite show.",
      'It was another surprise move in a varied career.',
    ], (small) => {
      expect(small.ask('Which BBC sketch show did Johnny Depp make a guest appearance in?', { scorer: 'rules' }).answer).toBe('The Fast Show');
    });
  });
});

describe('a date another article gives the day of', () => {
  it('answers with "4-6 March" where one article says "in March" and another "on 4-6 March", quoting the second first', async () => {
    // written for this test, after two BBC reports
    const dir = await tempCorpus({
      'tie-a.md': ['---', 'id: tie-a', 'title: Henman available', '---', 'Henman added that he was available to help Britain in its bid for Davis Cup success, with the next tie against Israel in March.'].join('\n'),
      'tie-b.md': ['---', 'id: tie-b', 'title: Rusedski to lead', '---', 'Rusedski will lead the team out against Israel on 4-6 March after Henman decided to retire from Davis Cup tennis.'].join('\n'),
    });
    const small = await createEngine(dir, { warn: () => {} });
    try {
      for (const scorer of ['rules', 'checked'] as const) {
        const a = small.ask("When is Britain's Davis Cup tie against Israel?", { scorer });
        expect(a.answer).toBe('4-6 March');
        expect(a.citations[0]!.quote).toContain('4-6 March');
      }
    } finally {
      await small.close();
    }
  });
});

describe('a pair asked for that fits the kind asked less well', () => {
  it('answers "Which two rivals were ahead of Microsoft …?" with both of "competitors like Google and AOL"', async () => {
    // written for this test, after a BBC report
    await withEngineOver('two-rivals', 'Microsoft blogs', [
      'Microsoft is trailing behind competitors like Google and AOL, which already offer services which make it easy for people to set up web journals.',
      'The firm said its service would be free.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('Which two rivals were ahead of Microsoft in offering blogging services?', { scorer }).answer).toBe('Google and AOL');
    });
  });
});

describe('one who speaks for a body', () => {
  it('answers "Who speaks for Riggs Bank?" with its spokesman, and not from a sentence where someone only speaks', async () => {
    // written for this test, after a BBC report
    await withEngineOver('speaks-for', 'Riggs settlement', [
      'Riggs spokesman Mark Hendrix said the settlement, details of which will be announced next week, was an opportunity to move on.',
      'Speaking in Washington, analyst Tom Baker said the bank had been punished enough.',
    ], (small) => {
      expect(small.ask('Who speaks for Riggs Bank on the settlement?', { scorer: 'rules' }).answer).toBe('Mark Hendrix');
      // (the ranker prefers the one speaking of the bank: the default stage abstains rather than name him)
      expect(small.ask('Who speaks for Riggs Bank on the settlement?', { scorer: 'checked' }).answer).not.toBe('Tom Baker');
    });
  });
});

describe('someone\'s ranking asked with "be" alone', () => {
  it('answers "What is Sherwood\'s world ranking?" with "264th" and "What is Parmar\'s ranking?" with "187th" of "the 187th-ranked Arvind Parmar"', async () => {
    // written for this test, after BBC reports
    await withEngineOver('rankings', 'Davis Cup squad', [
      'The 6ft 4in David Sherwood is ranked 264th in the world and the LTA have high hopes for him.',
      'Israel are hardly likely to be worried ahead of the match against a likely trio of Bogdanovic, Murray and the 187th-ranked Arvind Parmar.',
      'A knee injury has left Alex Bogdanovic in line to take the second singles place.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) {
        expect(small.ask("What is David Sherwood's world ranking?", { scorer }).answer).toBe('264th');
        expect(small.ask("What is Arvind Parmar's ranking?", { scorer }).answer).toBe('187th');
      }
    });
  });
});

describe('a group\'s size joined to "strong"', () => {
  it('answers "How many lawyers are on the panel …?" with "19" of "a 19-strong panel", the lawyers named in the sentence before', async () => {
    // written for this test, after a BBC report
    await withEngineOver('strong-panel', 'Terror lawyer quits', [
      'A senior lawyer has resigned in protest over the anti-terror laws.',
      'He was part of a 19-strong panel who have special security clearance to act for suspected terrorists.',
      'Five more lawyers are now reported to be threatening to resign.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) expect(small.ask('How many lawyers are on the panel with security clearance to act for terror suspects?', { scorer }).answer).toBe('19');
    });
    // (a level asked is no group's size: "the nine-strong rate-setting committee")
    await withEngineOver('strong-committee', 'Rates on hold', [
      "The Bank of England's nine-strong rate-setting committee voted unanimously earlier this month to keep rates on hold.",
      'UK interest rates are set to remain on hold at 4.75% following the latest meeting of the Bank of England.',
    ], (small) => {
      expect(small.ask('At what level did the Bank of England hold interest rates?', { scorer: 'rules' }).answer).not.toBe('nine');
    });
  });
});

describe('the rules read without their veto on a missing word, where the learned stage is confident', () => {
  it('answers "In which Swiss resort is the annual World Economic Forum held?" with "Davos", though no sentence says "held"', async () => {
    // after a BBC report, shortened for this test
    await withEngineOver('davos', 'World leaders gather', [
      'More than 2,000 business and political leaders from around the globe are arriving in the Swiss mountain resort Davos for the annual World Economic Forum (WEF).',
      "For five days, they will discuss issues ranging from China's economic power to Iraq's future.",
      "The Brazilian city of Porto Alegre will host the rival World Social Forum, timed to run in parallel with the WEF's event in Davos.",
    ], (small) => {
      const asked = 'In which Swiss resort is the annual World Economic Forum held?';
      expect(small.ask(asked, { scorer: 'rules' }).answered).toBe(false);
      const a = small.ask(asked, { scorer: 'checked' });
      expect(a.answer).toBe('Davos');
      expect(a.citations[0]?.quote).toContain('Swiss mountain resort Davos');
    });
  });
});

describe('an ordinal asked for by "Which turn …?" or "Which round …?"', () => {
  it('answers with the ordinal before the noun ("17th turn"), not one before a name ("a first Six Nations victory")', async () => {
    // written for this test, after BBC reports
    await withEngineOver('ordinal-turn', 'Oscars music', [
      "This year marks Conti's 17th turn at the helm of the Academy Awards orchestra.",
      'Scotland will try to give their coach a first Six Nations victory when Italy come to Edinburgh.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) {
        expect(small.ask('Which turn at the helm of the Oscars orchestra does this year mark for Bill Conti?', { scorer }).answer).toBe('17th turn');
        expect(small.ask('Which round of the Six Nations is the Scotland-Italy game?', { scorer }).answer).not.toBe('first');
      }
    });
  });
});

describe('a given name alone', () => {
  it('answers with the whole name the article gives elsewhere ("Roy" → "Roy Keane"), citing that sentence too', async () => {
    // written for this test, after a BBC report
    await withEngineOver('given-name', 'Ferguson praises United', [
      'Roy Keane returned from injury for the second half at Villa Park.',
      'Ferguson said: "Roy came on and brought a bit of composure to the midfield which no other player has got."',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) {
        const a = small.ask('Who did Ferguson say brought composure to the midfield?', { scorer });
        expect(a.answer).toBe('Roy Keane');
        expect(a.citations.map((c) => c.quote).join(' ')).toContain('Roy Keane returned');
      }
    });
  });
});

describe('a name a gerund opens, or four digits end', () => {
  it('reads "Meeting Point" and "Transport 2000" whole, not a gerund opening a clause or a year dating a name', () => {
    const spans = (sentence: string) => Object.keys(nameTypes(sentence));
    expect(spans("Meeting Point has become one of TV Angola's most watched programmes.")).toContain('Meeting Point');
    expect(spans('Environmental group Transport 2000 said the freeze sends the wrong message to motorists.')).toContain('Transport 2000');
    // (a gerund opening a clause, a year after a name, stay apart)
    expect(spans("Combining SMFG, Japan's third-biggest lender, and Daiwa would create a giant.")).toContain('SMFG');
    expect(spans('Sales rose at Christmas 2004 by 3%.')).not.toContain('Christmas 2004');
    expect(spans('Greece won Euro 2004 in Lisbon.')).not.toContain('Euro 2004');
    expect(spans('Leaving Manchester was hard for him.')).toEqual(['Manchester']);
  });
});

describe('an owner asked for by "Which N\'s …?"', () => {
  it('is the name right before the noun it owns ("a Toshiba study")', async () => {
    // written for this test, after a BBC report
    await withEngineOver('owner-before-noun', 'Britons digitally obese', [
      'Britons are becoming "digitally obese", hoarding music, images and texts on mobiles and PDAs (Personal Digital Assistants), a Toshiba study found.',
    ], (small) => {
      expect(small.ask('Which company\'s study found Britons are becoming "digitally obese"?', { scorer: 'rules' }).answer).toBe('Toshiba');
    });
  });
});

describe('a century with its era, or a range of centuries', () => {
  it('answers "6th century BC" and "11–13th century AD" whole, and "22,000 years ago" with its amount in every stage', async () => {
    // after SQuAD's Rhine article, shortened for this test
    await withEngineOver('centuries', 'Rhine history', [
      'This was followed by embankment of the major distributaries, which took place in the 11–13th century AD.',
      'The Upper Rhine had been part of the areal of the late Hallstatt culture since the 6th century BC.',
      'As northwest Europe slowly began to warm up from 22,000 years ago onward, frozen subsoil began to thaw.',
    ], (small) => {
      expect(small.ask('When did embankment of the major Rhine distributaries take place?', { scorer: 'rules' }).answer).toBe('11–13th century AD');
      expect(small.ask('Since when was the Rhine part of the areal of Hallstatt culture?', { scorer: 'rules' }).answer).toBe('6th century BC');
      for (const scorer of ['rules', 'learned'] as const) expect(small.ask('When did northwest Europe slowly begin to warm up?', { scorer }).answer).toBe('22,000 years ago');
    });
  });
});

describe('a superlative or a word for a time before the noun asked about', () => {
  it('is no answer to "Which film …?" ("latest film"), where another adjective may be ("right shoulder")', async () => {
    // written for this test, after BBC reports
    await withEngineOver('restated-head', 'Miyazaki film', [
      "Oscar-winning animator Hayao Miyazaki's latest film won best animation at a festival in Tokyo.",
      "Howl's Moving Castle is the follow-up to Miyazaki's Spirited Away, which won best animation at last year's Oscars.",
      'Jennifer Capriati has pulled out with a problem with her right shoulder, which is troubling her.',
    ], (small) => {
      expect(small.ask('Which Miyazaki film won best animation at the Oscars?', { scorer: 'rules' }).answer).not.toBe('latest film');
      expect(small.ask('Which shoulder is troubling Jennifer Capriati?', { scorer: 'rules' }).answer).toBe('right shoulder');
    });
  });
});

describe('"Which country …?" answered by a place WordNet does not know', () => {
  it('does not answer with a bay WordNet does not know ("Bannow Bay"), and still with the country it knows', async () => {
    // after SQuAD's Normans article, shortened for this test
    await withEngineOver('country-known', 'Normans in Ireland', [
      'The Normans had a profound effect on Irish culture and history after their invasion at Bannow Bay in 1169.',
      'Initially the Normans maintained a distinct culture and ethnicity in Ireland.',
    ], (small) => {
      expect(small.ask('What country did the Normans invade in 1169?', { scorer: 'rules' }).answer).not.toBe('Bannow Bay');
    });
    await withEngineOver('country-known-2', 'Normans in Ireland', [
      'At Bannow Bay in 1169 the Normans invaded Ireland, which they ruled for centuries.',
    ], (small) => {
      expect(small.ask('What country did the Normans invade in 1169?', { scorer: 'rules' }).answer).toBe('Ireland');
    });
  });
});

describe('a length given in another dimension than the one asked', () => {
  it('answers "How wide is the Upper Rhine Plain?" with "40 km", not the "300 km" it is long', async () => {
    // after SQuAD's Rhine article
    await withEngineOver('dimension', 'Upper Rhine', [
      'The river now flows North as Upper Rhine through the Upper Rhine Plain, which is about 300 km long and up to 40 km wide.',
    ], (small) => {
      expect(small.ask('How wide is the Upper Rhine Plain?', { scorer: 'rules' }).answer).toContain('40 km');
      expect(small.ask('How long is the Upper Rhine Plain?', { scorer: 'rules' }).answer).toContain('300 km');
    });
  });
});

describe('a title abbreviated with a full stop', () => {
  it('stays in the name it opens ("St. Louis", "Dr. John Smith", "St. Elizabeth\'s flood")', () => {
    const spans = (sentence: string) => Object.keys(nameTypes(sentence));
    expect(spans('He met Dr. John Smith in St. Louis on Monday.')).toEqual(['Dr. John Smith', 'St. Louis']);
    expect(spans("Before the St. Elizabeth's flood (1421), the Meuse flowed just south of today's line.")).toContain("St. Elizabeth's");
  });
});

describe('a period joined to its year, and a clause a pronoun goes on', () => {
  it('answers "… peak market share in mid-2004?" with the share given "in mid-2004" after "but this is"', async () => {
    // after a BBC report
    await withEngineOver('mid-year', 'Browser share', [
      'Internet Explorer still dominates with a share of about 90% but this is down from a peak of almost 96% in mid-2004.',
    ], (small) => {
      expect(small.ask("What was Internet Explorer's peak market share in mid-2004?", { scorer: 'rules' }).answer).toBe('almost 96%');
    });
  });
});

describe('the question\'s own sum, with its conversion', () => {
  it('is no answer in the learned stage either ("$800m (£424m)" for "… the $800m purchase …?")', async () => {
    // after a BBC report
    await withEngineOver('own-sum', 'Krivorizhstal sale', [
      'It was sold in June 2004 to a consortium that included Rinat Akhmetov, the country\'s richest man, for $800m (£424m) - despite other higher offers.',
    ], (small) => {
      const a = small.ask('How much did Rinat Akhmetov himself put into the $800m purchase of Krivorizhstal?', { scorer: 'learned', minConfidence: 0 });
      expect(a.answer ?? '').not.toContain('$800m');
    });
  });
});

describe('another name of the question\'s name', () => {
  it('is no answer where the question is read again with it ("NIESR" for "What did NIESR call …?")', async () => {
    // after a BBC report
    await withEngineOver('own-alias', 'Golden rule', [
      'The National Institute of Economic and Social Research (NIESR) claims that taxes need to rise by about £10bn if state finances are to be put in order.',
      'According to NIESR, if the government\'s current economic cycle runs until March 2006 then it is "unlikely" the golden rule will be met.',
      'The main cloud on the horizon, NIESR said, was the UK\'s much analysed and fretted over property market.',
    ], (small) => {
      const a = small.ask('What did NIESR call the main cloud on the horizon for the UK economy?');
      expect(a.answer ?? '').not.toMatch(/NIESR|National Institute/);
    });
  });
});

describe('the noun asked about, owned by the question\'s name, with a name in apposition', () => {
  it('answers "What is Microsoft\'s … network called?" with the name after "Microsoft\'s … network,", not the sentence\'s subject', async () => {
    // after a BBC report
    await withEngineOver('owned-apposed', 'Halo 2', [
      'As well as being a popular single-player title, Halo 2 can be connected to Microsoft\'s subscription-based broadband network, Xbox Live.',
    ], (small) => {
      expect(small.ask("What is Microsoft's subscription-based broadband gaming network called?", { scorer: 'rules' }).answer).toBe('Xbox Live');
    });
  });
});

describe('a number joined to "time" by a hyphen', () => {
  it('counts no thing ("the two-time runner-up" for "How many athletes …?") in either stage, and still answers "How many times …?"', async () => {
    // after a BBC report
    await withEngineOver('n-time', 'Kenya squad', [
      'Athletics Kenya had suspended the two-time London Marathon runner-up from its squad for the world cross country championships.',
    ], (small) => {
      for (const scorer of ['rules', 'learned'] as const) expect(small.ask("How many athletes are in Kenya's squad for the world cross country championships?", { scorer, minConfidence: 0 }).answer ?? '').not.toMatch(/two/);
      expect(small.ask('How many times was he London Marathon runner-up?', { scorer: 'rules' }).answer ?? '').toMatch(/two/);
    });
  });
});

describe('amounts in clauses, where the sentence has not the question\'s verb', () => {
  it('answers from the clause holding more of the words the verb takes ("18% … bank accounts, while 13% of cases …")', async () => {
    // after a BBC report
    await withEngineOver('content-clause', 'ID theft', [
      "Another 18% came from attempts to rip off people's bank accounts, while 13% of cases concerned attempts to defraud employers by abusing someone else's identity.",
    ], (small) => {
      expect(small.ask('What proportion of ID theft cases involved attempts on bank accounts?', { scorer: 'rules' }).answer).toBe('18%');
    });
  });
});

describe('a place in an order given in one clause, another in the next', () => {
  it('answers "Which Razorlight album was fifth …?" from the clause giving fifth, without the owner\'s possessive', async () => {
    // after a BBC report
    await withEngineOver('rank-clause', 'Q poll', [
      "Rock band U2's latest album How to Dismantle an Atomic Bomb came fourth while Razorlight's Up All Night was in fifth place.",
    ], (small) => {
      expect(small.ask('Which Razorlight album was fifth in the Q poll?', { scorer: 'rules' }).answer).toBe('Up All Night');
    });
  });
});

describe('a count a relative clause narrows', () => {
  it('does not answer "How many members make up …?" with "two … members who defected"', async () => {
    // written for this test, after a BBC report
    await withEngineOver('counted-subset', 'London Assembly', [
      'UKIP could take legal action to unseat two London Assembly members who defected to the Veritas party.',
      'The London Assembly is made up of 25 members, elected every four years.',
    ], (small) => {
      expect(small.ask('How many members make up the London Assembly?', { scorer: 'rules' }).answer).toBe('25');
    });
  });
});

describe('an amount said of another kind of the subject asked about', () => {
  it('does not give the fall in retail sales for "How much did US car sales fall?"', async () => {
    // after a BBC report
    await withEngineOver('subject-kind', 'Retail figures', [
      'US retail sales fell 0.3% in January, the biggest monthly decline since last August, driven down by a heavy fall in car sales.',
      "The 3.3% fall in car sales had been expected, coming after December's 4% rise in car sales.",
      'Sales at clothing and clothing accessory stores jumped 1.8%, while sales at general merchandise stores rose by 0.9%.',
      'Clothing sales at the chain jumped 28% over Christmas.',
    ], (small) => {
      expect(small.ask('How much did US car sales fall in January?', { scorer: 'rules' }).answer).toBe('3.3%');
      expect(small.ask('How much did US retail sales fall in January?', { scorer: 'rules' }).answer).toBe('0.3%');
      // (a noun of kind the tagger reads as a gerund is one: "clothing accessory stores")
      expect(small.ask('How much did sales at US clothing stores jump in January?', { scorer: 'rules' }).answer).toBe('1.8%');
    });
  });
});

describe('answer edges inside names and hyphened words', () => {
  it('keeps a number between a name\'s words, an elided particle and both halves of a hyphened word', async () => {
    // after BBC reports
    await withEngineOver('span-edges', 'Edges', [
      'According to Il Sole 24 Ore, Italy\'s business newspaper, the government will focus on opening up markets.',
      "The crowd included former French president Valery Giscard d'Estaing and his wife Anne-Aymone.",
      'It would require the visitor to wear a head-mounted display with a miniature camera and a backpack computer.',
      'Chelsea 2 Arsenal 1 was the score when the floodlights failed at Stamford Bridge.',
    ], (small) => {
      for (const scorer of ['rules', 'learned'] as const) {
        expect(small.ask("What is Italy's business newspaper?", { scorer, minConfidence: 0 }).answer).toBe('Il Sole 24 Ore');
        expect(small.ask('Which former French president was in the crowd?', { scorer, minConfidence: 0 }).answer).toBe("Valery Giscard d'Estaing");
        expect(small.ask('What would the visitor need to wear on their head?', { scorer, minConfidence: 0 }).answer).toBe('head-mounted display');
      }
      // (no score line read as one name)
      expect(small.ask('Where did the floodlights fail?', { scorer: 'rules' }).answer).toBe('Stamford Bridge');
    });
  });
});

describe('names that are not the one asked for', () => {
  it('gives no place for the name of "a London hotel", nor the work of "the creator of …" for who did it', async () => {
    // after BBC reports
    await withEngineOver('not-the-name', 'Not the name', [
      'Mr Doherty, 25, was arrested following an alleged incident in a London hotel on Wednesday evening.',
      'The creator of Buffy the Vampire Slayer is to take on a new female superhero after signing up to write and direct the Wonder Woman movie.',
      'Otis Ferry, a former Eton pupil and joint leader of the South Shropshire Hunt, said he had no regrets.',
      'Those charged included Otis Ferry, the 22-year-old son of rock star Bryan Ferry, and Luke Tomlinson, 27, a close friend of princes William and Harry.',
    ], (small) => {
      expect(small.ask('What is the name of the hotel where the Doherty incident happened?', { scorer: 'rules' }).answer).toBeNull();
      expect(small.ask('Who has signed up to write and direct the Wonder Woman movie?', { scorer: 'rules' }).answer).toBeNull();
      // (the role the question names is another matter: "… leader of which hunt?")
      expect(small.ask('Otis Ferry is joint leader of which hunt?', { scorer: 'rules' }).answer).toBe('South Shropshire Hunt');
    });
  });
  it('answers "Which world number one won …?" with the player, and "What size monitor …?" with the size', async () => {
    // after BBC reports
    await withEngineOver('rank-and-size', 'Awards', [
      'And world number one Peter Norfolk won disabled player of the year after claiming his third US Open crown.',
      'The Dimension 3000 comes equipped with a 17 inch monitor, keyboard and mouse, says Gavin Cox.',
    ], (small) => {
      expect(small.ask('Which world number one won the disabled player of the year award?', { scorer: 'rules' }).answer).toBe('Peter Norfolk');
      expect(small.ask('What size monitor comes with the Dimension 3000?', { scorer: 'rules' }).answer).toBe('17 inch');
    });
  });
  it('gives for "Who won …?" the subject of the verb before "to win", not its object', async () => {
    // after a BBC report
    await withEngineOver('purpose', 'Tennis', [
      "Elena Dementieva swept aside defending champion Venus Williams 6-3 6-2 to win Hong Kong's Champions Challenge event.",
    ], (small) => {
      expect(small.ask("Who won Hong Kong's Champions Challenge event?", { scorer: 'rules' }).answer).toBe('Elena Dementieva');
    });
  });
  it('gives no name after "since" with no verb of its own, a time, for a name asked about', async () => {
    // after a BBC report
    await withEngineOver('since-time', 'EMI', [
      'It blamed poor sales since Christmas and delays to the releases of new albums by Coldplay and Gorillaz.',
    ], (small) => {
      expect(small.ask('What was the title of the delayed Coldplay album blamed for poor sales?', { scorer: 'rules' }).answer).not.toBe('Christmas');
      // (unless the question asks since what)
      expect(small.ask('Poor sales since what were blamed?', { scorer: 'rules' }).answer).toBe('Christmas');
    });
  });
  it('gives no name that owns another work ("Robert de Niro thriller Hide and Seek") for who made the one asked about', async () => {
    // after a BBC report
    await withEngineOver('other-work', 'Box office', [
      'The low-budget horror film Boogeyman has knocked Robert de Niro thriller Hide and Seek from the top spot at the UK box office.',
      'Hide and Seek, directed by John Polson, took £1.2m.',
    ], (small) => {
      expect(small.ask('Who directed the horror film Boogeyman?', { scorer: 'rules' }).answer).not.toBe('Robert de Niro');
      expect(small.ask('Who directed Hide and Seek?', { scorer: 'rules' }).answer).toBe('John Polson');
    });
  });
  it('gives no name a hyphen joins to a word in lower case for a name asked about ("the Europe-wide consortium")', async () => {
    // after a BBC report
    await withEngineOver('hyphen-modifier', 'Lifeplus', [
      'Engineers and researchers working in the Europe-wide consortium have come up with a prototype augmented-reality system.',
      'A European Union-funded project, Lifeplus, is looking at providing tourists with computer-augmented versions of archaeological attractions.',
    ], (small) => {
      expect(small.ask('What is the name of the consortium that came up with the prototype augmented-reality system?', { scorer: 'rules' }).answer).not.toBe('Europe');
    });
  });
  it('gives no body\'s initials for a substance asked about', async () => {
    // after a BBC report
    await withEngineOver('substance', 'Doping', [
      'Stefan Koubek says he has been banned for three months by the International Tennis Federation (ITF) after testing positive for a banned substance.',
    ], (small) => {
      expect(small.ask('What banned substance did Koubek test positive for?', { scorer: 'rules' }).answer).toBeNull();
    });
    await withEngineOver('substance-named', 'Doping', [
      'Dwain Chambers was banned for two years by UK Athletics (UKA) after testing positive for the steroid THG.',
    ], (small) => {
      expect(small.ask('What steroid did Chambers test positive for?', { scorer: 'rules' }).answer).toBe('THG');
    });
  });
  it('reads a title WordNet has whole, "Secretary of State", as the title of the name after it', async () => {
    // after a BBC report
    await withEngineOver('title-of', 'Meeting', [
      'Also due to attend are US Secretary of State Condoleezza Rice, UN Secretary General Kofi Annan, World Bank officials and foreign ministers from 23 countries.',
    ], (small) => {
      expect(small.ask('Which US Secretary of State is due to attend the meeting?', { scorer: 'rules' }).answer).toBe('Condoleezza Rice');
    });
  });
});

describe('readings from probe files 16 and 17', () => {
  const tagsOf = (sentence: string, word: string) => [...Tagger.fresh(sentence).find((t) => t.text === word)!.tags];
  it('tags a plural noun between a verb and "to", or before "that" and a plural verb, as a noun, and a particle compromise does not know as one', () => {
    const s = 'The government said it will ask firms to roll over mortgage loans that come due in the first half of 2005.';
    expect(tagsOf(s, 'firms')).toContain('Noun');
    expect(tagsOf(s, 'loans')).toContain('Noun');
    expect(tagsOf(s, 'over')).toContain('Particle');
    // (a verb stays a verb: "says that is", "the game is over")
    expect(tagsOf('The company says that is wrong.', 'says')).toContain('Verb');
    expect(tagsOf('The game is over now.', 'over')).not.toContain('Particle');
  });
  it('answers with the object after a phrasal verb, not its particle', async () => {
    // after a BBC report
    await withEngineOver('roll-over', 'Korea', [
      'As part of its spending plans, the South Korean government said it will ask firms to "roll over mortgage loans that come due in the first half of 2005" .',
    ], (small) => {
      expect(small.ask('What will the South Korean government ask firms to roll over in the first half of 2005?', { scorer: 'rules' }).answer).toBe('mortgage loans');
    });
  });
  it('reads a name "and" joins in a law\'s name, and an "-ised" word the dictionary has as an adjective as a name\'s word', () => {
    const spans = (s: string) => { const t = Tagger.fresh(s); return nameSpans(t).map((x) => t.slice(x.from, x.to + 1).map((k) => k.text).join(' ')); };
    expect(spans('The Serious Organised Crime and Police Bill proposes extra powers.')).toContain('Serious Organised Crime and Police Bill');
    expect(spans('But it will also seek to push through its Serious and Organised Crime Bill and ID cards Bill.')).toContain('Serious and Organised Crime Bill');
    expect(spans('Labour and Conservative Party members met.')).not.toContain('Labour and Conservative Party');
  });
  it('reads no name in a number opening the sentence before a word for a people ("Five British detainees")', () => {
    const spans = (x: string) => { const t = Tagger.fresh(x); return nameSpans(t).map((y) => t.slice(y.from, y.to + 1).map((k) => k.text).join(' ')); };
    expect(spans('Five British detainees released from Guantanamo in March last year were questioned by UK police.')).not.toContain('Five British');
    expect(spans('Five Live said it would not air the show.')).toContain('Five Live');
  });
  it('ends a description before the way it was given ("in a statement")', async () => {
    // after a BBC report
    await withEngineOver('statement', 'Growth', [
      '"The UK has entered 2005 on course to continue its record period of growth," said Paul Boateng, chief secretary to the Treasury in a statement.',
    ], (small) => {
      expect(small.ask('What government post does Paul Boateng hold?', { scorer: 'rules' }).answer).toBe('chief secretary to the Treasury');
    });
  });
  it('reads "one household in three" as one share, but not "one goal in four games"', async () => {
    // after BBC reports
    await withEngineOver('ratio', 'Households', [
      'He said: "For example, over the next 20 years one household in three will be due to immigration.',
      'We have conceded only one goal in four games this season.',
    ], (small) => {
      expect(small.ask('What share of households will be due to immigration over the next 20 years?', { scorer: 'rules' }).answer).toBe('one household in three');
      expect(small.ask('How many goals have we conceded in four games?', { scorer: 'learned', minConfidence: 0 }).answer).not.toMatch(/games/);
    });
  });
  it('keeps a body\'s name whole where "of" goes on from the noun asked about', async () => {
    // after a BBC report
    await withEngineOver('department', 'Cyber security', [
      'Amit Yoran was director of the National Cyber Security Division within the US Department of Homeland Security created following the 9/11 attacks.',
    ], (small) => {
      expect(small.ask('Within which department is the National Cyber Security Division?', { scorer: 'rules' }).answer).toBe('US Department of Homeland Security');
    });
  });
  it('keeps the question\'s word where it leads a name of common words ("Sunday Times", "Fairford Coach Action")', async () => {
    // after a BBC report
    await withEngineOver('sunday', 'Glazer', [
      'The Sunday Times and The Sunday Telegraph say they will oppose any formal takeover bid from US tycoon Malcolm Glazer.',
    ], (small) => {
      expect(small.ask('Which two Sunday newspapers say they will oppose a takeover bid from Malcolm Glazer?', { scorer: 'rules' }).answer).toMatch(/^(The )?Sunday Times and The Sunday Telegraph$/);
    });
    await withEngineOver('fairford', 'Protest', [
      'Fairford Coach Action, representing more than 80 people who appealed against the police actions, say they are prepared to take their case to the European Court of Human Rights.',
    ], (small) => {
      expect(small.ask('Which group represents the people who appealed against police actions at Fairford?', { scorer: 'rules' }).answer).toBe('Fairford Coach Action');
    });
    // (not the question's own body, whole or in part: "the Spanish federation")
    await withEngineOver('federation', 'Aragones', [
      'The Spanish Football Federation at first declined to take action against Aragones, but was then requested to do so by Spain\'s anti-violence commission.',
    ], (small) => {
      expect(small.ask('Which body asked the Spanish federation to act against Aragones?', { scorer: 'rules' }).answer ?? '').not.toMatch(/Football Federation/);
    });
  });
  it('reads a title over a number with a slash before "and", and over "into"', async () => {
    // after BBC reports
    await withEngineOver('titles-9-11', 'Oscars', [
      'Two of the front-runners would have been Michael Moore\'s Bush-baiting documentary Fahrenheit 9/11 and Mel Gibson\'s The Passion of the Christ.',
      'It was to feature in Arthur Hailey\'s authorial debut, the television screenplay Flight into Danger.',
    ], (small) => {
      expect(small.ask('What is Michael Moore\'s Bush-baiting documentary called?', { scorer: 'rules' }).answer).toBe('Fahrenheit 9/11');
      expect(small.ask('What was Arthur Hailey\'s first screenplay?', { scorer: 'rules' }).answer).toBe('Flight into Danger');
    });
  });
  it('gives no person for a newspaper, magazine or website asked about', async () => {
    // after a BBC report
    await withEngineOver('magazine', 'Butler', [
      'Lord Butler said in his Spectator interview, which was conducted by the magazine\'s editor, Conservative MP Boris Johnson.',
    ], (small) => {
      expect(small.ask('Which magazine carried Lord Butler\'s interview?', { scorer: 'rules' }).answer).not.toBe('Conservative MP Boris Johnson');
    });
  });
  it('gives no one a source told, unless the question asks whom someone told', async () => {
    // after a BBC report
    await withEngineOver('told', 'Argonaut', [
      'The administrators told BBC News Online that selling Argonaut was the only way to save it.',
    ], (small) => {
      expect(small.ask('Which firm are the administrators of Argonaut?', { scorer: 'rules' }).answer).not.toBe('BBC News Online');
      expect(small.ask('Who did the administrators tell that selling Argonaut was the only way to save it?', { scorer: 'rules' }).answer).toBe('BBC News Online');
    });
  });
  it('gives no name of no known type after "at" for "who"', async () => {
    // after a BBC report
    await withEngineOver('at-name', 'Rugby Aid', [
      'The Southern Hemisphere side will play the Rugby Aid match at Twickenham on Saturday.',
    ], (small) => {
      expect(small.ask('Who captains the Southern Hemisphere side in the Rugby Aid match?', { scorer: 'rules' }).answer).not.toBe('Twickenham');
    });
  });
  it('reads "27 years after his death" whole as a date', async () => {
    // after a BBC report
    await withEngineOver('years-after', 'Elvis', [
      'Elvis Presley has scored his 19th number one single in the UK charts with the re-release of Jailhouse Rock, 27 years after his death.',
    ], (small) => {
      expect(small.ask('When did Elvis Presley score his 19th number one single?', { scorer: 'rules' }).answer).toBe('27 years after his death');
    });
  });
  it('asks a name where "called" ends the question after a form of "be", whatever verb the phrase before holds', async () => {
    expect(analyzeQuestion('What is Google\'s free software for organising digital photos called?').kind).toBe('name');
    // (after "are" it may ask a term: "trackers")
    expect(analyzeQuestion('What are the links hosted by BitTorrent server sites called?').kind).not.toBe('name');
    // after a BBC report
    await withEngineOver('called', 'Picasa', [
      'On Tuesday, Google released free software for organising and finding digital photos stored on a computer\'s hard drive.',
      'The tool, called Picasa, automatically detects photos as they are added to a PC.',
    ], (small) => {
      expect(small.ask('What is Google\'s free software for organising digital photos called?', { scorer: 'rules' }).answer).not.toBe('computer\'s hard drive');
    });
  });
  it('reads a country as another kind of place than a town asked for (the default stage keeps the rules\' abstention)', () => {
    const q = analyzeQuestion('In which French town are the World Cross Country Championships held?');
    expect(placeOfOtherKindAsked(q, 'France')).toBe(true);
    expect(placeOfOtherKindAsked(q, 'St Galmier')).toBe(false);
    expect(placeOfOtherKindAsked(analyzeQuestion('In which country are the championships held?'), 'France')).toBe(false);
  });
  it('gives an acronym\'s expansion whole though the question holds some of its words', async () => {
    // after a BBC report
    await withEngineOver('expansion-asked', 'Entropia', [
      'The Entropia economy lets gamers exchange real currency into PED (Project Entropia Dollars) and back again into real money.',
    ], (small) => {
      expect(small.ask('What does PED stand for in Project Entropia?', { scorer: 'learned', minConfidence: 0 }).answer).toBe('Project Entropia Dollars');
    });
  });
});

describe('a body\'s kind word alone in an article that never names the body, a role another body owns', () => {
  // after BBC reports
  const dunne = (manchester: boolean) => ['---', 'id: dunne', 'title: Dunne wins praise', '---',
    `Richard Dunne has been praised for his form${manchester ? ' for Manchester City' : ''} this season.`,
    '', 'He was once threatened with the sack by City boss Kevin Keegan but has since responded with impressive performances.'].join('\n');
  const newry = ['---', 'id: newry', 'title: Newry to fight cup exit', '---',
    'Newry City are expected to discuss legal avenues on Friday regarding their ejection from the Irish Cup.',
    '', 'The IFA upheld its original decision to throw Newry out of the cup.'].join('\n');
  it('reads no body in its kind word alone ("City boss …") in an article that never names the rest of it', async () => {
    const engine = await createEngine(await tempCorpus({ 'dunne.md': dunne(false), 'newry.md': newry }), { warn: () => {} });
    try {
      for (const scorer of ['rules', 'checked'] as const) expect(engine.ask('Who is the Newry City boss?', { scorer }).answer, scorer).toBeNull();
    } finally {
      await engine.close();
    }
  });
  it('still reads the kind word alone as the short name of a body the article names in full', async () => {
    const engine = await createEngine(await tempCorpus({ 'dunne.md': dunne(true), 'newry.md': newry }), { warn: () => {} });
    try {
      for (const scorer of ['rules', 'checked'] as const) expect(engine.ask('Who is the Manchester City boss?', { scorer }).answer, scorer).toBe('Kevin Keegan');
    } finally {
      await engine.close();
    }
  });
  it('gives no holder of the role asked about that another body owns, where the question names whose role it is', async () => {
    // after BBC reports
    await withEngineOver('arsenal', 'Arsenal lose to Bayern', [
      'Arsenal manager Arsene Wenger claimed their display in the 3-1 defeat against Bayern Munich was the worst of the season.',
      'Bayern won the first leg in Munich.',
      'Bank of England governor Mervyn King said the economy had hit a softer patch.',
    ], (small) => {
      for (const scorer of ['rules', 'checked'] as const) {
        expect(small.ask('Who is the Bayern Munich coach?', { scorer }).answer, scorer).toBeNull();
        expect(small.ask('Who is the Arsenal manager?', { scorer }).answer, scorer).toBe('Arsene Wenger');
        expect(small.ask('Who is governor of the Bank of England?', { scorer }).answer, scorer).toBe('Mervyn King');
      }
    });
  });
  it('reads a determiner opening the sentence before a body\'s kind word as no other body ("The Labs needed …")', async () => {
    // after a BBC report
    await withEngineOver('labs', 'Dublin labs to shut down', [
      "Dublin's research laboratory, Media Labs Europe, is to shut down.",
      'The Labs needed about 10 million euros a year from corporate sponsors to survive.',
    ], (small) => {
      expect(small.ask('How much a year did Media Labs Europe need from corporate sponsors to survive?', { scorer: 'rules' }).answer).toBe('about 10 million euros');
    });
    const { terms } = analyzeQuestion('How much a year did Media Labs Europe need from corporate sponsors to survive?');
    expect(otherBody(terms, 'The Labs needed about 10 million euros a year from corporate sponsors to survive.')).toBeNull();
    expect(otherBody(terms, 'Rival Bell Labs needed more.')).not.toBeNull();
  });
  it('gives no learned answer inside a quotation that holds none of the question\'s words, however confident', async () => {
    await withEngineOver('indict', 'Indictment', [
      'Kazemi and Kashian sent the emails in October.',
      '"The emails threatened the recipients if they did not vote for President Trump," the indictment by the department of justice read.',
    ], (small) => {
      // (the learned stage's own reading, at any confidence, is that name)
      expect(small.ask('Who indicted Kazemi and Kashian?', { scorer: 'learned', minConfidence: 0 }).answer).toBe('President Trump');
      expect(small.ask('Who indicted Kazemi and Kashian?', { minConfidence: 0 }).answer).toBeNull();
    });
  });
  it('gives no learned holder of the role asked from an article that never names whose role it is', async () => {
    // after BBC reports
    const fannie = ['---', 'id: fannie', 'title: Fannie Mae bosses quit', '---',
      'Fannie Mae, the US mortgage finance firm, has been told to restate its earnings.',
      '', 'Chief executive Franklin Raines, a former senior official in the Clinton administration, has stepped down.'].join('\n');
    const lufthansa = ['---', 'id: lufthansa', 'title: Lufthansa flies back to profit', '---',
      'German airline Lufthansa has returned to profit after cutting costs.'].join('\n');
    const engine = await createEngine(await tempCorpus({ 'fannie.md': fannie, 'lufthansa.md': lufthansa }), { warn: () => {} });
    try {
      expect(engine.ask("Who is Lufthansa's chief executive?", { scorer: 'learned', minConfidence: 0 }).answer).toBe('Franklin Raines');
      expect(engine.ask("Who is Lufthansa's chief executive?", { minConfidence: 0 }).answer).toBeNull();
      expect(engine.ask("Who is Fannie Mae's chief executive?").answer).toBe('Franklin Raines');
    } finally {
      await engine.close();
    }
  });
  it('gives no date without a year for "In what year …?", from the learned stage either', async () => {
    // after a BBC report
    await withEngineOver('november', 'Ireland rise', [
      'In the three games in November, which included a victory over South Africa, Ireland finished unbeaten.',
    ], (small) => {
      expect(small.ask('In what year did Ireland beat South Africa?', { scorer: 'learned', minConfidence: 0 }).answer).toBe('November');
      expect(small.ask('In what year did Ireland beat South Africa?', { minConfidence: 0 }).answer).toBeNull();
      expect(small.ask('When did Ireland beat South Africa?', { scorer: 'learned', minConfidence: 0 }).answer).toBe('November');
    });
  });
  it('gives no man for who won a women\'s title, but anyone for a women\'s side\'s coach', async () => {
    // written for this test
    await withEngineOver('open', 'Melbourne', [
      'Pete Sampras won the Australian Open title the previous year, when the women\'s title went to Jennifer Capriati.',
      'Tom Smith is the coach of the England women\'s team.',
    ], (small) => {
      expect(small.ask('Who won the Australian Open women\'s title the previous year?', { scorer: 'rules' }).answer).toBe('Jennifer Capriati');
      expect(small.ask('Who is the coach of the England women\'s team?', { scorer: 'rules' }).answer).toBe('Tom Smith');
    });
  });
});

describe('a sentence giving another place in an order than the question\'s', () => {
  it('gives no answer from it, in any stage that reads the sentence', async () => {
    // after a BBC report
    await withEngineOver('poll', 'Scottish bands poll', [
      'Glasgow band Franz Ferdinand topped a poll of the best Scottish bands of all time.',
      'Scottish-based band Snow Patrol, who finished 14th in the vote, were among the performers.',
    ], (small) => {
      const q = 'Which band finished third in the poll of best Scottish bands?';
      expect(small.ask(q, { scorer: 'rules' }).answer).toBeNull();
      expect(small.ask(q).answer).toBeNull();
      // (the place asked for, said: the sentence answers)
      expect(small.ask('Which band finished 14th in the poll of best Scottish bands?').answer).toBe('Snow Patrol');
    });
  });
  it('reads "third" and "3rd" as one place, and "first" in a question as no place to check', () => {
    const text = 'Scottish-based band Snow Patrol, who finished 14th in the vote, were among the performers.';
    expect(otherRankOnly(analyzeQuestion('Which band finished third in the poll?'), text)?.text).toBe('third');
    expect(otherRankOnly(analyzeQuestion('Which band finished 14th in the poll?'), text)).toBeNull();
    expect(otherRankOnly(analyzeQuestion('Which band finished third in the poll?'), 'Idlewild finished 3rd, behind Travis.')).toBeNull();
    expect(otherRankOnly(analyzeQuestion('Which band finished first in the poll?'), text)).toBeNull();
    expect(otherRankOnly(analyzeQuestion('Which band finished third in the poll?'), 'Idlewild were among the performers.')).toBeNull();
  });
});

describe('a share of the thing asked how much it changed', () => {
  it('is no change of it ("3% of GDP" for "How much did GDP grow?")', async () => {
    // after a BBC report
    await withEngineOver('bundesbank', 'German growth', [
      'Separately, the Bundesbank warned that Germany\'s efforts to reduce its budget deficit below 3% of GDP presented "huge risks" given that headline economic growth was weak.',
    ], (small) => {
      expect(small.ask("How much did Germany's GDP grow in 2004?", { scorer: 'rules' }).answer).toBeNull();
    });
  });
  it('reads the share by its words after "of", and only for a change asked', async () => {
    const { shareOfAsked } = await import('../src/answer/candidates.js');
    const toks = Tagger.fresh('The deficit stayed below 3% of the country\'s GDP last year.');
    const at = toks.findIndex((t) => t.text === '3%');
    expect(shareOfAsked(toks, at, true, new Set(['GDP']))).toBe(true);
    expect(shareOfAsked(toks, at, false, new Set(['GDP']))).toBe(false);
    expect(shareOfAsked(toks, at, true, new Set(['export']))).toBe(false);
  });
});

describe('the noun the question\'s name owns, given another owner', () => {
  it('is said of that owner\'s ("China\'s economy" for "Japan\'s economy"), whatever the article says of the question\'s elsewhere', async () => {
    // after a BBC report
    await withEngineOver('surplus', "Japan's trade surplus", [
      "Japan's trade surplus with China widened last year, as Japan shipped more machinery to China.",
      'On Tuesday, figures showed China\'s economy grew by 9.5% in 2004 and experts say the overall growth picture remains strong.',
    ], (small) => {
      expect(small.ask("How much did Japan's economy grow in 2004?", { scorer: 'rules' }).answer).toBeNull();
      expect(small.ask("How much did China's economy grow in 2004?", { scorer: 'rules' }).answer).toBe('9.5%');
    });
  });
});

describe('a nationality asked for', () => {
  it('is read from the question, terse or not, and not from another noun for a nation', () => {
    for (const q of ['What nationality is Stefan Koubek?', "Ivan Ljubicic's nationality?", "What is Svetlana Kuznetsova's nationality?", 'Which nationality is the new coach?']) expect(analyzeQuestion(q).asksNationality, q).toBe(true);
    for (const q of ['Which nation won the Davis Cup?', 'What is the population of the nation?']) expect(analyzeQuestion(q).asksNationality, q).toBeFalsy();
  });

  it('is the word for a people said of the name, right before it or in a description of it the sentences before name ("the 27-year-old Austrian")', async () => {
    // after BBC reports
    await withEngineOver('koubek', 'Koubek suspended after drugs test', [
      'Stefan Koubek says he has been banned for three months after testing positive for a banned substance.',
      'Koubek believes an injection given to him by a doctor to treat a wrist injury is to blame.',
      '"I have acted correctly," the 27-year-old Austrian said in a statement.',
      "Koubek's appeal was backed by Austrian tennis chief Ronald Leitgeb.",
      'Kenyan Susan Chepkemei finished second behind Paula Radcliffe in New York.',
      'South African referee Jonathan Kaplan ruled that the try should stand.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        const a = small.ask('What nationality is Stefan Koubek?', { scorer });
        expect(a.answer, scorer).toBe('Austrian');
        expect(a.citations[0]!.quote).toContain('the 27-year-old Austrian said');
        // (cited only where it is said of him: not "Austrian tennis chief Ronald Leitgeb")
        expect(a.citations.map((x) => x.quote).join(' ')).not.toContain('Leitgeb');
      }
      expect(small.ask('What nationality is Susan Chepkemei?').answer).toBe('Kenyan');
      expect(small.ask('What nationality is referee Jonathan Kaplan?').answer).toBe('South African');
      // (the word before another's name is hers, not Radcliffe's)
      expect(small.ask('What nationality is Paula Radcliffe?').answer).toBeNull();
    });
  });

  it('is not what an indefinite description of someone else says ("a Brazilian doctor"), nor one in a sentence naming another', async () => {
    await withEngineOver('mutu', 'Chelsea sack Mutu', [
      'Chelsea have sacked Adrian Mutu after he failed a drugs test.',
      'Mutu was treated by a Brazilian doctor last season.',
      'Chelsea manager Jose Mourinho praised the Portuguese defender Paulo Ferreira.',
    ], (small) => {
      expect(small.ask("Adrian Mutu's nationality?").answer).toBeNull();
      expect(small.ask("Adrian Mutu's nationality?", { scorer: 'rules' }).answer).toBeNull();
    });
  });
});

describe('someone spoken of by a description ("The 25-year-old …")', () => {
  it('is the one the article is about where no one else is named before it, even sentences after the last mention', async () => {
    // after BBC reports
    await withEngineOver('safin', 'Safin cool on Wimbledon', [
      'Marat Safin says he will not be thinking about Wimbledon after his Australian Open win.',
      '"It\'s a relief for me," he said.',
      '"I worked really hard for it."',
      '"I would love to win a couple more."',
      'The 25-year-old shocked the champion in the 2000 US Open final to win his first major title.',
    ], (small) => {
      expect(small.ask('How old is Marat Safin?', { scorer: 'rules' }).answer).toBe('25');
    });
  });

  it('is the last one named before it, not the article\'s subject ("Coach Peter Lundgren …" then "The 47-year-old")', async () => {
    await withEngineOver('safin2', 'Safin cool on Wimbledon', [
      'Marat Safin says he will not be thinking about Wimbledon after his Australian Open win.',
      '"It\'s a relief for me," he said.',
      'Coach Peter Lundgren has a contract until the summer.',
      'The 47-year-old has coached in Sweden for years.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('How old is Marat Safin?', { scorer }).answer, scorer).toBeNull();
      expect(small.ask('How old is Peter Lundgren?', { scorer: 'rules' }).answer).toBe('47');
    });
  });
});

describe('an age given of someone named before, or by a word of the name', () => {
  it('is of the first one named in the sentence before, its subject, not of one named later in it', async () => {
    // after BBC reports
    await withEngineOver('white', 'Doping "common in sport"', [
      'Banned American sprinter Kelli White says she knowingly took steroids given to her by a laboratory.',
      '"My whole belief is that he was selling a product," White said.',
      '"Whether it be a good product or a bad product, he was selling a product."',
      'White was introduced to the laboratory\'s founder through her coach Remy Korchemy, who is also a defendant in the case.',
      'The 27-year-old believes doping is so common in sport she felt compelled to cheat herself.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('How old is sprinter Kelli White?', { scorer }).answer, scorer).toBe('27');
    });
  });

  it('is of the one named first in the sentence before past a title ("Mr Bannatyne has …" then "The 52-year-old …")', async () => {
    // after a BBC report
    await withEngineOver('donor', 'Labour donor may withdraw funds', [
      'Duncan Bannatyne also attacked the government over Iraq and its response to the Asian tsunami crisis.',
      'His broadside came as ex-Foreign Secretary Robin Cook said he hoped Mr Brown would be premier at some point.',
      'Mr Bannatyne has previously given Labour £50,000.',
      'He made his fortune from care homes and health clubs.',
      'The 52-year-old on Tuesday said he was reviewing his donations because of Cabinet disunity.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('How old is Labour donor Duncan Bannatyne?', { scorer }).answer, scorer).toBe('52');
    });
  });

  it('is of the name whose last word the sentence gives, the article giving the whole name ("the 41 year-old Bwalya")', async () => {
    // after a BBC report
    await withEngineOver('bwalya', 'Zambia confident and cautious', [
      'Zambia\'s technical director, Kalusha Bwalya is confident and cautious ahead of the Cosafa Cup final against Angola on Saturday in Lusaka.',
      'Bwalya said: "Nothing short of victory will do."',
      'However Bwalya warned his side not to be too complacent.',
      '"I don\'t want my team to be too comfortable or too sure of victory as it is going to be a difficult game.',
      '"For me the main aim of the game is to enjoy and to win."',
      'Zambia have shown their determination to win this final by recalling nine of their foreign-based players.',
      'However the 41 year-old Bwalya, who became the oldest player to appear in the competition when he played and scored against Mauritius, is uncertain whether he will take to the field or not.',
      'The fans however are not being so cautious with a victory concert already scheduled for after the match.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('How old is Kalusha Bwalya?', { scorer }).answer, scorer).toBe('41');
    });
  });

  it('is of the one described, where a place before a noun follows it ("the 35-year-old Cobh runner")', async () => {
    await withEngineOver('sonia', 'World cross country line-up', [
      'Sonia O\'Sullivan has indicated that she would like to run in next month\'s World Cross Country Championships in St Etienne.',
      'The championships take place on 19-20 March.',
      'The team will be named next week.',
      'Athletics Ireland have hinted that the 35-year-old Cobh runner may be included in the official line-up for the event.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('How old is Sonia O\'Sullivan?', { scorer }).answer, scorer).toBe('35');
    });
  });

  it('is read past a player\'s scores and seedings: only sentences that may give an age count towards the sentences read', async () => {
    const scores = Array.from({ length: 18 }, (_, k) => `Andre Agassi won his round ${k + 1} match 6-${k % 5} 6-${(k + 2) % 5} in event ${k + 10}.`);
    await withEngineOver('agassi', 'Agassi through in Melbourne', [
      ...scores,
      'Andre Agassi put in an erratic display before edging into the fourth round of the Australian Open with victory over Taylor Dent.',
      'The 34-year-old American, seeded eighth, made a poor start, dropping serve early on.',
    ], (small) => {
      expect(small.ask('How old is Andre Agassi?', { scorer: 'rules' }).answer).toBe('34');
    });
  });
});

describe('a win over someone, for whom someone beat', () => {
  it('says who was beaten ("with victory over Ivo Minar" for "Who did Hewitt beat …?"), and not when a first win was', async () => {
    // after BBC reports
    await withEngineOver('sydney', 'Hewitt wins in Sydney', [
      'Lleyton Hewitt gave himself the perfect preparation for next week\'s Australian Open with victory over Ivo Minar in the final of the Sydney International.',
      'Ireland, who also recorded a 17-12 win over South Africa in November, play Wales next.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('Who did Lleyton Hewitt beat in the Sydney International final?', { scorer }).answer, scorer).toBe('Ivo Minar');
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('In what year did Ireland first beat South Africa?', { scorer }).answer, scorer).toBeNull();
    });
  });
});

describe('a win in a report\'s stronger words, for "beat"', () => {
  it('reads "suffered a defeat to", "saw off" for "beat"', async () => {
    // after BBC reports
    await withEngineOver('saw-off', 'Round-up', [
      'Lleyton Hewson suffered a shock defeat to Taylor Drent in the quarter-finals of the championships in Adelaide on Friday.',
      'On Tuesday, the government saw off a backbench attempt to force changes to the bill by 297 votes to 203.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('Who beat Lleyton Hewson in the Adelaide quarter-finals?', { scorer }).answer, scorer).toBe('Taylor Drent');
      expect(small.ask('By how many votes did the government defeat the backbench attempt to change the bill?', { scorer: 'rules' }).answer).toBe('297');
    });
  });
});

describe('who holds a role asked by its verb ("Who chairs X?")', () => {
  it('reads the role\'s noun before the name, or in apposition after a source, as holding it', async () => {
    // after BBC reports
    await withEngineOver('chairs', 'Round-up', [
      'ODPM committee chairman Andrew Bennet said individual voter registration should be quickly introduced.',
      '"Directors very rarely pay," said Charles Elsen, chairman of the Center for Corporate Governance at the University of Delaware.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('Who chairs the ODPM committee?', { scorer }).answer, scorer).toBe('Andrew Bennet');
        expect(small.ask('Who chairs the Center for Corporate Governance at the University of Delaware?', { scorer }).answer, scorer).toBe('Charles Elsen');
      }
    });
  });
});

describe('a name the question gives as an acronym, written out', () => {
  it('is no answer to what the question asks about it, but still what the acronym stands for', async () => {
    // after a BBC report
    await withEngineOver('acronym-own', 'Domains', [
      'The Internet Corporation for Assigned Names and Numbers (Icann) has given preliminary approval to two new addresses - .mobi and .jobs.',
      'The names are just two of a total of 10 proposed domains that are being considered by the Internet Corporation for Assigned Names and Numbers, Icann.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('Which two new domain names did Icann give preliminary approval to?', { scorer }).answer, scorer).toBeNull();
      expect(small.ask('What does Icann stand for?').answer).toBe('Internet Corporation for Assigned Names and Numbers');
    });
  });
});

describe('a name the question gives shortened', () => {
  it('is in a sentence giving it in full, each word of the question\'s the start of one of its ("Lib Dem": "Liberal Democrat")', async () => {
    // after a BBC report
    await withEngineOver('shortened', 'Judges', [
      "But Liberal Democrat spokesman Mark Oten warned the MPs' committee that binding judges too much might look like political interference.",
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('Which Lib Dem warned that binding judges might look like political interference?', { scorer }).answer, scorer).toBe('Mark Oten');
    });
  });
});

describe('a role in apposition to a source, with a people\'s word in it', () => {
  it('titles the source, who then answers who holds the role ("Tevfik Aksoy, chief Turkish economist for Deutsche Bank, told …")', async () => {
    // after a BBC report
    await withEngineOver('apposed-people', 'Lira', [
      '"The Turkish lira has been like funny money," Tevfik Aksay, chief Turkish economist for Deutsche Bank, told Associated Press.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask("Who is Deutsche Bank's chief Turkish economist?", { scorer }).answer, scorer).toBe('Tevfik Aksay');
    });
  });
});

describe('a side or a firm named for its town or country', () => {
  it('answers "Which club …?" with a place\'s name holding a word no place\'s ("Atletico Madrid")', async () => {
    // after a BBC report
    await withEngineOver('club-named', 'Transfers', ['Lars Grondahl has agreed a move to Atletico Madrid from Birmingham City.', 'The Dane played 20 games last season.'], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('Which club has Lars Grondahl agreed to join?', { scorer }).answer, scorer).toBe('Atletico Madrid');
    });
  });
});

describe('an inquiry said by its noun, for who carried it out', () => {
  it('reads "a survey by X" and "surveyed by X" for "Which firm carried out / conducted the survey?"', async () => {
    // after BBC reports
    await withEngineOver('inquiry', 'Surveys', [
      'A recent survey by Marlink and Webtop found that 90% of PCs are infested with spyware programs.',
      'More than 45,000 people were surveyed by digital radio station Tune Choice about funeral songs.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('Which firms carried out the survey on spyware-infested PCs?', { scorer }).answer, scorer).toBe('Marlink and Webtop');
        expect(small.ask('Which digital radio station conducted the funeral song survey?', { scorer }).answer, scorer).toBe('Tune Choice');
      }
      // (a verb of doing with no inquiry asked is read as before: nothing here says who "ran" a PC)
      expect(small.ask('Which firm ran the PCs?', { scorer: 'rules' }).answered).toBe(false);
    });
  });
});

describe('a loss said to the winner, for "Who beat …?"', () => {
  it('answers with the one a loss was to ("lost in three sets to X", "a third-round loss to X"), and not whom the loser beat', async () => {
    // after BBC reports
    await withEngineOver('lost-to', 'Tennis', [
      "Lopes, who lost in three sets to Roger Fedder in last year's final, won 6-2 3-6 6-3.",
      'The only major let-down for Fedder was a third-round loss to Gustavo Kurten at the French Open, and Roland Garros will be his main target in 2005.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask("Who beat Lopes in last year's final?", { scorer }).answer, scorer).toBe('Roger Fedder');
        expect(small.ask('Who beat Fedder in the third round of the French Open?', { scorer }).answer, scorer).toBe('Gustavo Kurten');
        expect(small.ask("Whom did Lopes beat in last year's final?", { scorer }).answer, scorer).not.toBe('Roger Fedder');
      }
    });
  });

  it('reads "runner-up to X" as a loss to X, "ousting X" as a win over X, and "X\'s win over Y in Z" for where X beat Y', async () => {
    // after BBC reports
    await withEngineOver('runner-up', 'Tennis and rugby', [
      '"She got mad a little bit and I played some great tennis," said Moresmo, who was runner-up to Kim Klister in last year\'s final.',
      'Unseeded Nicolas Almagre became the fifth Spaniard to reach the last eight at the Plata Open, ousting eighth seed Mariano Zabalo.',
      'The star of Eireland\'s win over Italia in Roma looks like a certainty to make the starting XV against Kiwiland.',
    ], (small) => {
      expect(small.ask("Who beat Moresmo in last year's final?", { scorer: 'rules' }).answer).toBe('Kim Klister');
      expect(small.ask('Which eighth seed did Nicolas Almagre beat at the Plata Open?', { scorer: 'rules' }).answer).toBe('Mariano Zabalo');
      expect(small.ask('Where did Eireland beat Italia?', { scorer: 'rules' }).answer).toBe('Roma');
    });
  });
});

describe('a part played, as the credits give it ("starring X as Y")', () => {
  it('answers who plays a part, from a name credited with it, and not a director named beside it', async () => {
    // after BBC reports
    await withEngineOver('credits', 'Film round-up', [
      'Action comedy Man of the House, starring Tommy Lee Jones as a Texas ranger assigned to protect a cheerleader squad, came in at fifth with $9m.',
      'The revival, directed by David Leveaux, will also star Jessica Lange as the domineering mother, Amanda Wingfield.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('Which actor plays a Texas ranger in Man of the House?', { scorer }).answer, scorer).toBe('Tommy Lee Jones');
      expect(small.ask('Who plays Amanda Wingfield in the revival?', { scorer: 'rules' }).answer).toBe('Jessica Lange');
    });
  });

  it('answers which part someone plays from "her role as …", in no fuller wording cut off at a little word ("Katharine Hepburn in")', async () => {
    await withEngineOver('oscars', 'Oscar winners', [
      'Cate Blanchett triumphed as the best supporting actress for her role as Katharine Hepburn in The Aviator.',
      'Cate Blanchett, who won for playing late screen legend Katharine Hepburn in The Aviator, said her award was an honour.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('Whom did Cate Blanchett play in The Aviator?', { scorer }).answer, scorer).toBe('Katharine Hepburn');
    });
  });
});

describe('a change asked for, said by another word of its direction', () => {
  it('reads "jumped", "a 13% rise", "increase by" for "rise" or "grow", and "slumped" for "fall", not a change the other way', async () => {
    // after BBC reports
    await withEngineOver('sales-change', 'Car sales soar', [
      'New vehicle sales in Ruritania jumped 22% to 449,603 from a year earlier, the makers\' association said.',
      'The gallery recorded a 13% rise in visitor numbers last year.',
      'Exports of Ruritanian wine slumped 9% in the same period.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) {
        expect(small.ask('By how much did new vehicle sales in Ruritania rise?', { scorer }).answer, scorer).toBe('22%');
        expect(small.ask('By what percentage did the gallery\'s visitor numbers grow last year?', { scorer }).answer, scorer).toBe('13%');
        expect(small.ask('How much did exports of Ruritanian wine fall?', { scorer }).answer, scorer).toBe('9%');
      }
      // a fall is no rise
      expect(small.ask('By how much did exports of Ruritanian wine rise?', { scorer: 'rules' }).answer).toBeNull();
    });
  });
});

describe('where someone or a body belongs, as reports give it', () => {
  it('reads "X, of Y" and "Y\'s X" for "Where is X based?" and "Which … does X represent?"', async () => {
    // after BBC reports
    await withEngineOver('belongs', 'Round-up', [
      'The unit was acquired by a bank 20 years ago as Fairview Holdings, of Minneapolis, at a time when firms were amassing financial empires.',
      'Anne Borrowdale, of Campaign for Borders Rail, said reopening the line would restore the area\'s prosperity.',
      'Sweden\'s Robert Kron was second, with Haiti\'s Dudley Dorrin in third.',
    ], (small) => {
      expect(small.ask('In which city was Fairview Holdings based?', { scorer: 'rules' }).answer).toBe('Minneapolis');
      expect(small.ask('Which group does Anne Borrowdale represent?', { scorer: 'rules' }).answer).toBe('Campaign for Borders Rail');
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('Which country does hurdler Dudley Dorrin represent?', { scorer }).answer, scorer).toBe('Haiti');
      // another's place is not the name's: Sweden is Robert Kron's
      expect(small.ask('Which country does hurdler Robert Kron represent?', { scorer: 'rules' }).answer).toBe('Sweden');
    });
  });

  it('reads "the 4GX congress in Cannes" for where an event is held, staged or hosted, a coined name too', async () => {
    // after BBC reports
    await withEngineOver('held', 'Trade shows', [
      'At the mobile phone conference 4GX in Cannes last month Samsung demonstrated a phone using new radio technology.',
      'Tickets for the Pavlova Dance Awards went on sale on Monday.',
    ], (small) => {
      for (const scorer of ['checked', 'rules'] as const) expect(small.ask('Where was the 4GX mobile phone conference held last month?', { scorer }).answer, scorer).toBe('Cannes');
      // a sentence naming no place after the event says nothing of where it is held
      expect(small.ask('Where are the Pavlova Dance Awards held?', { scorer: 'rules' }).answer).toBeNull();
    });
  });
});
