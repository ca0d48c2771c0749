import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISCORD_LIMITS,
  customId,
  embedLength,
  escapeMarkdown,
  fitMarkdown,
  fitPlain,
  parseCustomId,
  renderAnswer,
  renderSources,
  unescapeMarkdown,
  type ButtonAction,
} from '../../adapters/discord/render.js';
import type { Answer, Citation, Source } from '../../src/types.js';
import { articles, quotes } from './scripted-engine.js';

/** Inline syntax left unescaped once every backslash pair is removed. */
function unescapedSyntax(escaped: string): string[] {
  return escaped.replace(/\\[\s\S]/g, '').match(/[*_~`|<[\]@\\]/g) ?? [];
}

/** Text with plenty of markdown, mentions, newlines and multi-unit graphemes. */
const markdownish = fc.string({
  unit: fc.constantFrom('a', 'B', ' ', '\n', '*', '_', '~', '`', '|', '>', '<', '#', '-', '[', ']', '(', ')', '@', ':', '/', '.', '1', '\\', 'é', '👍🏽', '👩‍👩‍👧', 'e\u0301', '”'),
  maxLength: 400,
});

const citation = (quote: string, extra: Partial<Citation> = {}): Citation => ({ document: 'd', title: 'T', quote, start: 0, end: quote.length, ...extra });

describe('escapeMarkdown', () => {
  it('shows markdown, masked links, autolinks and mentions as typed', () => {
    expect(escapeMarkdown('**bold** _it_ ~~s~~ `c` ||spoiler|| [x](https://evil.example) <@123> @everyone')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|spoiler\\|\\| \\[x\\](https\\://evil.example) \\<\\@123> \\@everyone',
    );
  });

  it('escapes headings, lists, quotes and subtext only at the start of a line', () => {
    expect(escapeMarkdown('# Head\n- item\n  2. two\n> quote\n-# small\nrate-cut #1 > 2')).toBe(
      '\\# Head\n\\- item\n  2\\. two\n\\> quote\n\\-# small\nrate-cut #1 > 2',
    );
  });

  it('round-trips any text', () => {
    fc.assert(fc.property(markdownish, (text) => unescapeMarkdown(escapeMarkdown(text)) === text));
  });

  it('leaves no inline syntax unescaped', () => {
    fc.assert(fc.property(markdownish, (text) => unescapedSyntax(escapeMarkdown(text)).length === 0));
  });
});

describe('fitMarkdown', () => {
  it('keeps short text whole and cuts long text verbatim with an ellipsis', () => {
    expect(fitMarkdown('Six Iranians', 100)).toBe('Six Iranians');
    expect(fitMarkdown('Tehran denied *all* charges', 16)).toBe('Tehran denied…');
  });

  it('never splits an emoji or an escape', () => {
    expect(fitMarkdown('ok 👩‍👩‍👧 fine', 6)).toBe('ok…');
    expect(fitMarkdown('a**b', 4)).toBe('a\\*…');
  });

  it('fits in the limit and is a verbatim prefix of the text up to the cut', () => {
    fc.assert(
      fc.property(markdownish, fc.integer({ min: 1, max: 300 }), (text, max) => {
        const fitted = fitMarkdown(text, max);
        if (fitted.length > max) return false;
        if (!fitted.endsWith('…') || fitted === escapeMarkdown(text)) return fitted === escapeMarkdown(text);
        return text.startsWith(unescapeMarkdown(fitted.slice(0, -1))) && unescapedSyntax(fitted).length === 0;
      }),
    );
  });

  it('fitPlain cuts without escaping', () => {
    expect(fitPlain('Confidence 80%', 8)).toBe('Confide…');
    expect(fitPlain('*as is*', 10)).toBe('*as is*');
  });
});

describe('button ids', () => {
  it('round-trip through custom_id and stay within 100 characters', () => {
    const actions: ButtonAction[] = [
      { kind: 'more', key: '18446744073709551615', offset: 999999 },
      { kind: 'feedback', key: '786008729715212338', rating: 'helpful' },
      { kind: 'feedback', key: '786008729715212338', rating: 'not_helpful' },
      { kind: 'sources', offset: 15 },
    ];
    for (const action of actions) {
      expect(customId(action).length).toBeLessThanOrEqual(100);
      expect(parseCustomId(customId(action))).toEqual(action);
    }
  });

  it('ignores ids the bot did not make', () => {
    expect(parseCustomId('ask:more:abc:1')).toBeUndefined();
    expect(parseCustomId('something-else')).toBeUndefined();
  });
});

describe('renderAnswer', () => {
  const answer: Answer = {
    question: 'Who was sanctioned?',
    answered: true,
    answer: 'Six Iranians',
    confidence: 0.8,
    citations: [quotes.treasury, quotes.defendants, quotes.emennet, quotes.dailymail],
  };

  it('shows three quotes a page, the next page from "More sources"', () => {
    const first = renderAnswer(answer, { key: '1' });
    expect(first.embeds[0]?.fields?.map((f) => f.name)).toEqual([
      '1\\. US Treasury sanctions six Iranians and indicts two over 2020 election meddling',
      '2\\. US Treasury sanctions six Iranians and indicts two over 2020 election meddling',
      '3\\. US sanctions Emennet Pasargad',
    ]);
    const second = renderAnswer(answer, { key: '1', offset: 3 });
    expect(second.embeds[0]?.fields?.map((f) => f.name)).toEqual(['4\\. Iran election sanctions']);
    expect(second.embeds[0]?.footer?.text).toBe('Confidence 80% · sources 4–4 of 4');
  });

  it('starts over when the offset is past the end', () => {
    expect(renderAnswer(answer, { key: '1', offset: 40 })).toEqual(renderAnswer(answer, { key: '1' }));
  });

  it('links only http(s) article URLs', () => {
    const fields = renderAnswer({ ...answer, citations: [quotes.treasury, quotes.emennet] }, { key: '1' }).embeds[0]?.fields ?? [];
    expect(fields[0]?.value).toContain('[Read the article](https://www.republicworld.com/');
    expect(fields[1]?.value).not.toContain('javascript');
  });

  it('keeps within every Discord limit, whatever the engine returns', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '*', '\n', '👍🏽', '<', '@', 'é'), maxLength: 5000 });
    const cite = fc.record({
      document: fc.constant('d'),
      title: text,
      quote: text,
      start: fc.constant(0),
      end: fc.constant(1),
      publisher: fc.option(text, { nil: undefined }),
      date: fc.option(fc.constant('2021-11-19'), { nil: undefined }),
      url: fc.option(fc.webUrl(), { nil: undefined }),
    });
    const anyAnswer = fc.record({
      question: text,
      answered: fc.boolean(),
      answer: fc.option(text, { nil: null }),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      citations: fc.array(cite, { maxLength: 30 }),
      related: fc.option(fc.array(cite, { maxLength: 30 }), { nil: undefined }),
      reason: fc.option(text, { nil: undefined }),
    });
    fc.assert(
      fc.property(anyAnswer, fc.integer({ min: 1, max: 25 }), fc.nat(40), (a, perPage, offset) => {
        const { embeds, components } = renderAnswer(a, { key: '786008729715212338', offset, options: { quotesPerPage: perPage, sourcesPerPage: 15 } });
        const e = embeds[0]!;
        const fields = e.fields ?? [];
        return (
          embeds.length === 1 &&
          embedLength(embeds) <= DISCORD_LIMITS.total &&
          (e.title?.length ?? 0) <= DISCORD_LIMITS.title &&
          (e.description?.length ?? 0) <= DISCORD_LIMITS.description &&
          fields.length <= DISCORD_LIMITS.fields &&
          fields.every((f) => f.name.length > 0 && f.name.length <= DISCORD_LIMITS.fieldName && f.value.length > 0 && f.value.length <= DISCORD_LIMITS.fieldValue) &&
          (e.footer?.text.length ?? 0) <= DISCORD_LIMITS.footer &&
          components.every((row) => row.components.length <= 5)
        );
      }),
      { numRuns: 60 },
    );
  });

  it('quotes verbatim up to the cut', () => {
    const quote = `${'The Treasury said the actors sought to sow discord. '.repeat(40)}END`;
    const value = renderAnswer({ ...answer, citations: [citation(quote)] }, { key: '1' }).embeds[0]?.fields?.[0]?.value ?? '';
    expect(value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    expect(value.startsWith('“The Treasury said')).toBe(true);
    expect(value.endsWith('…”')).toBe(true);
    expect(quote.startsWith(unescapeMarkdown(value.slice(1, -2)))).toBe(true);
  });
});

describe('renderSources', () => {
  it('pages long lists with a "Next page" button that wraps around', () => {
    const many: Source[] = Array.from({ length: 20 }, (_, i) => ({ id: `a${i}`, title: `Article ${i}`, origin: `corpus/a${i}.md`, passages: i }));
    const first = renderSources(many);
    expect(first.embeds[0]?.description?.split('\n')).toHaveLength(15);
    expect(first.components[0]?.components[0]).toMatchObject({ label: 'Next page', custom_id: 'sources:page:15' });
    const last = renderSources(many, { offset: 15 });
    expect(last.embeds[0]?.footer?.text).toBe('Articles 16–20 of 20');
    expect(last.components[0]?.components[0]).toMatchObject({ label: 'First page', custom_id: 'sources:page:0' });
  });

  it('keeps the list within the description limit for very long titles', () => {
    const long: Source[] = articles.concat(Array.from({ length: 13 }, (_, i) => ({ id: `x${i}`, title: `*${'y'.repeat(2000)}`, url: `https://example.com/${i}`, origin: 'x', passages: 1 })));
    const description = renderSources(long).embeds[0]?.description ?? '';
    expect(description.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    const withoutLinks = description.replace(/^(\d+\\\. )\[/gm, '$1').replace(/\]\(https:\/\/[^)\s]*\)/g, '');
    expect(withoutLinks).not.toContain('](');
    expect(unescapedSyntax(withoutLinks)).toEqual([]);
  });

  it('says so when nothing is indexed', () => {
    expect(renderSources([]).embeds[0]?.description).toBe('No articles are indexed yet.');
  });
});
