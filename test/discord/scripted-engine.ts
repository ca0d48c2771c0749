import type { AnswerEngine } from '../../adapters/discord/bot.js';
import type { Answer, Citation, Source } from '../../src/types.js';

/**
 * A stand-in engine with scripted answers, for tests that pin exact payloads. It records every
 * question so tests can check the adapter made one engine call with the cleaned question.
 */
export class ScriptedEngine implements AnswerEngine {
  readonly questions: string[] = [];
  /** Busy-waits this long in `ask`, like a slow synchronous engine. */
  askMs = 0;
  /** Throws from `ask` when set (the real engine never throws; the adapter must cope anyway). */
  failWith?: Error;

  constructor(
    private readonly answers: Record<string, Omit<Answer, 'question'>> = {},
    private readonly articles: Source[] = [],
  ) {}

  ask(question: string): Answer {
    this.questions.push(question);
    const until = performance.now() + this.askMs;
    while (performance.now() < until) {
      // synchronous on purpose: the real engine blocks the event loop too
    }
    if (this.failWith) throw this.failWith;
    const scripted = this.answers[question];
    if (scripted) return { question, ...scripted };
    return { question, answered: false, answer: null, confidence: 0.05, citations: [], related: [], reason: 'No article mentions that.' };
  }

  sources(): Source[] {
    return this.articles;
  }
}

/** Quotes in the style of the sanctions corpus (offsets illustrative), plus one full of markdown and pings. */
export const quotes = {
  treasury: {
    document: 'us-sanctions-six-iranians-2021',
    title: 'US Treasury sanctions six Iranians and indicts two over 2020 election meddling',
    quote:
      'The US Treasury on Thursday announced that it has sanctioned six Iranians, one Iranian-owned company and indicted two Iranian individuals allegedly for meddling with 2020 US presidential elections.',
    start: 0,
    end: 196,
    publisher: 'Republic World',
    date: '2021-11-19',
    url: 'https://www.republicworld.com/world-news/us-news/us-sanctions-six-iranians.html',
  },
  defendants: {
    document: 'us-sanctions-six-iranians-2021',
    title: 'US Treasury sanctions six Iranians and indicts two over 2020 election meddling',
    quote: 'Iranian defendants Seyyed Mohammad Hosein Musa Kazemi and Sajjad Kashian "participated in a coordinated and multi-faceted, cyber-enabled campaign to intimidate and influence American voters."',
    start: 3120,
    end: 3311,
  },
  emennet: {
    document: 'us-sanctions-emennet-pasargad-2021',
    title: 'US sanctions Emennet Pasargad',
    quote: '**Emennet Pasargad** ran it, @everyone — see [the list](https://evil.example) <@&1234>',
    start: 10,
    end: 95,
    publisher: 'Wire *desk*',
    url: 'javascript:alert(1)',
  },
  dailymail: {
    document: 'dailymail-2020-iran-election-sanctions',
    title: 'Iran election sanctions',
    quote: 'The sanctions target those accused of interfering in the election.',
    start: 0,
    end: 67,
    date: '2020-10-22',
  },
} satisfies Record<string, Citation>;

export const articles: Source[] = [
  {
    id: 'us-sanctions-six-iranians-2021',
    title: 'US Treasury sanctions six Iranians and indicts two over 2020 election meddling',
    publisher: 'Republic World',
    date: '2021-11-19',
    url: 'https://www.republicworld.com/world-news/us-news/us-sanctions-six-iranians.html',
    origin: 'corpus/us-sanctions-six-iranians-2021.md',
    passages: 14,
  },
  { id: 'dailymail-2020-iran-election-sanctions', title: 'Iran election sanctions', origin: 'corpus/dailymail-2020-iran-election-sanctions.md', passages: 9 },
];
