import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  ACTIONS,
  FeedbackValueSchema,
  SLACK_LIMITS,
  cutVerbatim,
  escapeText,
  feedbackValue,
  renderAnswer,
  renderSources,
  renderUsage,
} from '../../adapters/slack/render.js';
import type { Answer, Citation, Source } from '../../src/types.js';
import { renderedStrings } from './helpers.js';

vi.setConfig({ testTimeout: 60_000 });

const manager: Citation = {
  document: 'us-sanctions-emennet-pasargad-2021',
  title: 'US sanctions <Emennet> & co',
  quote: 'The company’s manager, Mohammad Bagher Shirinkar was also sanctioned.',
  start: 10,
  end: 79,
  publisher: 'Example News',
  date: '2021-11-18',
  url: 'https://example.com/a?x=1&y=2|z',
};

const answered: Answer = {
  question: 'Who manages Emennet Pasargad? <!channel>',
  answered: true,
  answer: 'Mohammad Bagher Shirinkar',
  confidence: 0.82,
  citations: [manager, { ...manager, document: 'other', title: 'Undated', url: undefined, date: undefined, publisher: undefined }],
};

const abstained: Answer = {
  question: 'What did the mayor say about the bridge?',
  answered: false,
  answer: null,
  confidence: 0.1,
  citations: [],
  related: [manager],
  reason: 'No article mentions a bridge.',
};

type AnyBlock = Record<string, any>;
const mrkdwnTexts = (blocks: AnyBlock[]): AnyBlock[] =>
  blocks.flatMap((b) => (b.type === 'section' ? [b.text] : b.type === 'context' ? b.elements : []));

describe('escapeText', () => {
  it('turns Slack markup from users and articles into plain characters', () => {
    expect(escapeText('<!channel> <@U123> R&D <#C1|x> <!here>')).toBe(
      '&lt;!channel&gt; &lt;@U123&gt; R&amp;D &lt;#C1|x&gt; &lt;!here&gt;',
    );
  });
});

describe('cutVerbatim', () => {
  it('leaves text that fits alone', () => {
    expect(cutVerbatim('short', 10)).toBe('short');
  });

  it('cuts at a word break with an ellipsis', () => {
    expect(cutVerbatim('The council voted on Tuesday', 20)).toBe('The council voted…');
  });

  it('keeps text verbatim up to the cut and fits once escaped, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 2, max: 200 }), (text, max) => {
        const cut = cutVerbatim(text, max);
        expect(escapeText(cut).length).toBeLessThanOrEqual(max);
        if (cut !== text) {
          expect(cut.endsWith('…')).toBe(true);
          expect(text.startsWith(cut.slice(0, -1))).toBe(true);
        }
      }),
    );
  });
});

describe('renderAnswer', () => {
  it('shows the question, the answer in bold, confidence in words and each quote under its linked, dated title', () => {
    const { text, blocks } = renderAnswer(answered, { shareId: 'share-1' });
    expect(text).toBe('Mohammad Bagher Shirinkar');
    const value = feedbackValue(answered);
    expect(blocks).toEqual([
      { type: 'context', elements: [{ type: 'mrkdwn', text: '*Question:* Who manages Emennet Pasargad? &lt;!channel&gt;', verbatim: true }] },
      { type: 'section', text: { type: 'mrkdwn', text: '*Mohammad Bagher Shirinkar*', verbatim: true } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Confidence: high · 2 quotes from 2 articles', verbatim: true }] },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text:
            '>The company’s manager, Mohammad Bagher Shirinkar was also sanctioned.\n' +
            '— <https://example.com/a?x=1&amp;y=2%7Cz|US sanctions &lt;Emennet&gt; &amp; co> · Example News · 2021-11-18',
          verbatim: true,
        },
      },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: '>The company’s manager, Mohammad Bagher Shirinkar was also sanctioned.\n— *Undated*', verbatim: true },
      },
      {
        type: 'actions',
        block_id: 'answer_actions',
        elements: [
          { type: 'button', action_id: ACTIONS.share, style: 'primary', text: { type: 'plain_text', text: 'Share to channel', emoji: true }, value: 'share-1' },
          { type: 'button', action_id: ACTIONS.helpful, text: { type: 'plain_text', text: ':thumbsup: Helpful', emoji: true }, value },
          { type: 'button', action_id: ACTIONS.notHelpful, text: { type: 'plain_text', text: ':thumbsdown: Not helpful', emoji: true }, value },
        ],
      },
    ]);
  });

  it('says "The sources don\'t say" with the reason and the closest passages when the engine abstains', () => {
    const { text, blocks } = renderAnswer(abstained);
    expect(text).toBe("The sources don't say.");
    const texts = mrkdwnTexts(blocks).map((t) => t.text);
    expect(texts.slice(0, 3)).toEqual([
      '*Question:* What did the mayor say about the bridge?',
      "*The sources don't say.*\nNo article mentions a bridge.",
      'The closest passages:',
    ]);
    expect(texts[3]).toMatch(/^>The company’s manager/);
  });

  it('shows a refused question with the engine\'s reason', () => {
    const refused: Answer = { question: '', answered: false, answer: null, confidence: 0, citations: [], error: 'The question is empty.' };
    const texts = mrkdwnTexts(renderAnswer(refused).blocks).map((t) => t.text);
    expect(texts[1]).toBe("*Can't take that question.* The question is empty.");
  });

  it('leaves the Share button off answers that are already public', () => {
    const actions = renderAnswer(answered, { sharedBy: 'steve' }).blocks.at(-1) as AnyBlock;
    expect(actions.elements.map((e: AnyBlock) => e.action_id)).toEqual([ACTIONS.helpful, ACTIONS.notHelpful]);
    const shared = renderAnswer(answered, { sharedBy: '<@U1>' }).blocks.at(-2) as AnyBlock;
    expect(shared.elements[0].text).toBe('Shared by &lt;@U1&gt; with /ask');
  });

  it('cuts a long quote with an ellipsis, verbatim up to the cut', () => {
    const long = 'Officials said the plan & budget <were> approved. '.repeat(60);
    const { blocks } = renderAnswer({ ...answered, citations: [{ ...manager, quote: long, url: undefined }] });
    const quoteText = (blocks[3] as AnyBlock).text.text as string;
    const quoted = quoteText.split('\n— ')[0]!.slice(1);
    expect(quoted.endsWith('…')).toBe(true);
    expect(escapeText(long).startsWith(quoted.slice(0, -1))).toBe(true);
    expect(quoted.length).toBeLessThanOrEqual(SLACK_LIMITS.quoteChars);
  });

  it('shows at most ten quotes and says how many more there are', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ ...manager, document: `d${i}` }));
    const { blocks } = renderAnswer({ ...answered, citations: many });
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(mrkdwnTexts(blocks).map((t) => t.text)).toContain('90 more quotes not shown.');
  });

  const citation = fc.record({
    document: fc.string({ maxLength: 20 }),
    title: fc.string({ maxLength: 400 }),
    quote: fc.string({ unit: 'grapheme', maxLength: 4000 }),
    start: fc.nat(),
    end: fc.nat(),
    publisher: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
    date: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
    url: fc.option(fc.oneof(fc.webUrl(), fc.string({ maxLength: 3000 }).map((s) => `https://x/${s}`), fc.string()), { nil: undefined }),
  });
  const anyAnswer = fc.record({
    question: fc.string({ unit: 'grapheme', maxLength: 5000 }),
    answered: fc.boolean(),
    answer: fc.option(fc.string({ maxLength: 400 }), { nil: null }),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    citations: fc.array(citation, { maxLength: 60 }),
    related: fc.option(fc.array(citation, { maxLength: 60 }), { nil: undefined }),
    reason: fc.option(fc.string({ maxLength: 2000 }), { nil: undefined }),
    error: fc.option(fc.string({ maxLength: 2000 }), { nil: undefined }),
  });

  it('stays within Block Kit limits and pings nobody, for any answer', () => {
    fc.assert(
      fc.property(anyAnswer, fc.boolean(), (answer, shareable) => {
        const message = renderAnswer(answer, shareable ? { shareId: 'id' } : { sharedBy: answer.question });
        expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
        const texts = mrkdwnTexts(message.blocks);
        let total = 0;
        for (const t of texts) {
          expect(t.verbatim).toBe(true);
          expect(t.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
          // The only `<` we emit opens a link to a web page; the only `>` closes it or starts a quoted line.
          expect(t.text.replace(/<https?:\/\/[^<>|\s]*\|[^<>]*>/g, '').replace(/^>/gm, '')).not.toMatch(/[<>]/);
          total += t.text.length;
        }
        expect(total).toBeLessThanOrEqual(SLACK_LIMITS.messageChars);
        for (const s of [message.text, ...renderedStrings(message.blocks)]) expect(s).not.toMatch(/<[!@#]/);
        const actions = message.blocks.at(-1) as AnyBlock;
        for (const button of actions.elements) expect(button.value.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
      }),
      { numRuns: 150 },
    );
  });
});

describe('feedbackValue', () => {
  it('fits a button value and carries the question and answer', () => {
    const question = 'Why? '.repeat(1000);
    const value = feedbackValue({ ...answered, question });
    expect(value.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
    const parsed = FeedbackValueSchema.parse(JSON.parse(value));
    expect(parsed.a).toBe('Mohammad Bagher Shirinkar');
    expect(question.startsWith(parsed.q.slice(0, -1))).toBe(true);
  });
});

describe('renderSources', () => {
  const source = (i: number): Source => ({
    id: `a${i}`,
    title: `Article <${i}> & more`,
    publisher: 'Example News',
    date: '2021-11-18',
    url: `https://example.com/${i}`,
    origin: `corpus/a${i}.md`,
    passages: 3,
  });

  it('lists each article with link, publisher, date and passage count', () => {
    const { blocks } = renderSources([source(1), { ...source(2), url: undefined, date: undefined, passages: 1 }]);
    expect(mrkdwnTexts(blocks).map((t) => t.text)).toEqual([
      '*2 articles indexed*',
      '• <https://example.com/1|Article &lt;1&gt; &amp; more> · Example News · 2021-11-18 · 3 passages\n' +
        '• *Article &lt;2&gt; &amp; more* · Example News · 1 passage',
    ]);
  });

  it('stays within the limits for a large corpus and says how many are left out', () => {
    const { blocks } = renderSources(Array.from({ length: 1000 }, (_, i) => source(i)));
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    const texts = mrkdwnTexts(blocks).map((t) => t.text);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(texts.reduce((n, t) => n + t.length, 0)).toBeLessThanOrEqual(SLACK_LIMITS.messageChars);
    expect(texts.at(-1)).toMatch(/^…and \d+ more articles\.$/);
  });

  it('says so when nothing is indexed', () => {
    expect(renderSources([]).text).toBe('No articles are indexed yet: add files to the corpus folder.');
  });
});

describe('renderUsage', () => {
  it('names the slash command it was invoked with', () => {
    expect(renderUsage('/news').text).toBe('How to ask: /news &lt;question&gt;');
  });
});
