import type { types } from '@slack/bolt';
import { z } from 'zod';
import type { Answer, Citation, Source } from '../../src/types.js';

type KnownBlock = types.KnownBlock;
type Button = types.Button;

/** A Slack message: `text` is the notification fallback, `blocks` what people see. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/**
 * Block Kit limits (../shared/fixtures/platform-limits.md) and our own budgets under them.
 * `messageChars` stays below the ~13.2k total at which Slack answers `msg_blocks_too_long`
 * (bolt-js #2509), although no documented limit says so.
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  buttonValue: 2000,
  messageChars: 11_000,
  quoteChars: 600,
  quotesShown: 10,
  questionChars: 500,
} as const;

/** action_id of each button the app puts on a message. */
export const ACTIONS = {
  share: 'share_answer',
  helpful: 'feedback_helpful',
  notHelpful: 'feedback_not_helpful',
} as const;

/**
 * Escapes the three characters Slack treats as markup, so text from users or
 * articles can't ping (`<!channel>`, `<@U123>`), link or break formatting.
 *
 * @example
 * escapeText('<!channel> R&D') // → '&lt;!channel&gt; R&amp;D'
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Cuts `text` so that, once escaped, it fits in `max` characters: verbatim up to
 * the cut (at a word break when one is near), then an ellipsis.
 *
 * @example
 * cutVerbatim('The council voted on Tuesday', 20) // → 'The council voted…'
 */
export function cutVerbatim(text: string, max: number): string {
  if (escapeText(text).length <= max) return text;
  let used = 1; // the ellipsis
  let end = 0;
  for (const ch of text) {
    const cost = escapeText(ch).length;
    if (used + cost > max) break;
    used += cost;
    end += ch.length;
  }
  let cut = text.slice(0, end);
  const lastSpace = cut.search(/\s\S*$/);
  if (lastSpace > end * 0.7) cut = cut.slice(0, lastSpace);
  return `${cut.trimEnd()}…`;
}

/** Says the engine's confidence in words a reader can act on. */
export function confidenceWords(confidence: number): string {
  if (confidence >= 0.75) return 'high';
  if (confidence >= 0.45) return 'medium';
  return 'low';
}

/** What the feedback buttons carry, so a click can be logged even after a restart. */
export const FeedbackValueSchema = z.object({ q: z.string(), a: z.string().nullable() });
export type FeedbackValue = z.infer<typeof FeedbackValueSchema>;

/** Packs question and short answer into a button value (≤ 2000 chars), cutting the question if it must. */
export function feedbackValue(answer: Answer): string {
  const a = answer.answer === null ? null : cutVerbatim(answer.answer, 300);
  let q = answer.question;
  let value = JSON.stringify({ q, a });
  while (value.length > SLACK_LIMITS.buttonValue) {
    q = cutVerbatim(q, Math.floor(q.length * 0.9));
    value = JSON.stringify({ q, a });
  }
  return value;
}

/** How an answer is shown: privately with a Share button, or already public. */
export interface AnswerView {
  /** Key of the cached answer behind the "Share to channel" button; omitted → no button. */
  shareId?: string;
  /** Name of whoever shared it into the channel, shown under the answer. */
  sharedBy?: string;
}

/**
 * Renders one engine Answer as Block Kit: the question, the short answer in bold,
 * confidence in words, each quote as a block quote under its linked, dated title,
 * and the Share / feedback buttons. Abstentions say "The sources don't say" and
 * show the related passages.
 *
 * @example
 * const { text, blocks } = renderAnswer(engine.ask('Who runs the port?'), { shareId: 'a1' });
 * await respond({ response_type: 'ephemeral', text, blocks });
 */
export function renderAnswer(answer: Answer, view: AnswerView = {}): SlackMessage {
  const head: KnownBlock[] = [
    context(`*Question:* ${escapeText(cutVerbatim(answer.question, SLACK_LIMITS.questionChars))}`),
  ];
  let text: string;
  let quotes: Citation[];

  if (answer.error !== undefined) {
    text = `Can't take that question: ${answer.error}`;
    head.push(section(`*Can't take that question.* ${escapeText(cutVerbatim(answer.error, 1000))}`));
    head.push(context('Ask `help` to see how to ask.'));
    quotes = [];
  } else if (answer.answered && answer.answer !== null) {
    text = answer.answer;
    head.push(section(`*${escapeText(cutVerbatim(answer.answer, 1000))}*`));
    const articles = new Set(answer.citations.map((c) => c.document)).size;
    head.push(
      context(
        `Confidence: ${confidenceWords(answer.confidence)} · ${plural(answer.citations.length, 'quote')} from ${plural(articles, 'article')}`,
      ),
    );
    quotes = answer.citations;
  } else {
    text = "The sources don't say.";
    const reason = answer.reason === undefined ? '' : `\n${escapeText(cutVerbatim(answer.reason, 1000))}`;
    head.push(section(`*The sources don't say.*${reason}`));
    quotes = answer.related ?? [];
    if (quotes.length > 0) head.push(context('The closest passages:'));
  }

  const tail: KnownBlock[] = [];
  if (view.sharedBy !== undefined) tail.push(context(`Shared by ${escapeText(cutVerbatim(view.sharedBy, 80))} with /ask`));
  tail.push(answerButtons(answer, view.shareId));

  const budget = SLACK_LIMITS.blocksPerMessage - head.length - tail.length - 1;
  const { blocks: quoteBlocks, shown } = fitQuotes(quotes, Math.min(budget, SLACK_LIMITS.quotesShown), charCount([...head, ...tail]));
  const hidden = quotes.length - shown;
  const more = hidden > 0 ? [context(`${plural(hidden, 'more quote')} not shown.`)] : [];

  return { text: escapeText(cutVerbatim(text, 300)), blocks: [...head, ...quoteBlocks, ...more, ...tail] };
}

/**
 * Usage, for `/ask`, `/ask help`, or a bare mention; `command` is the slash command's name.
 *
 * @example
 * await respond({ response_type: 'ephemeral', ...renderUsage() });
 */
export function renderUsage(command = '/ask'): SlackMessage {
  const name = escapeText(command);
  const lines = [
    '*Ask questions about our articles.* Every answer quotes the articles it comes from; when they don\'t say, neither do I.',
    `• \`${name} &lt;question&gt;\`: an answer only you see, with a button to share it in the channel`,
    `• \`${name} sources\`: the articles I can quote`,
    `• \`${name} help\`: this message`,
    '• Mention me with a question in a channel: I answer in a thread',
    '• Send me a direct message: I answer there',
  ];
  return { text: `How to ask: ${name} &lt;question&gt;`, blocks: [section(lines.join('\n'))] };
}

/**
 * The indexed articles, one line each, packed into as few sections as fit the limits.
 *
 * @example
 * await respond({ response_type: 'ephemeral', ...renderSources(engine.sources()) });
 */
export function renderSources(sources: Source[]): SlackMessage {
  if (sources.length === 0) {
    const none = 'No articles are indexed yet: add files to the corpus folder.';
    return { text: none, blocks: [section(none)] };
  }
  const heading = `*${plural(sources.length, 'article')} indexed*`;
  const blocks: KnownBlock[] = [section(heading)];
  let chars = heading.length;
  let current = '';
  let listed = 0;
  for (const source of sources) {
    const facts = [titleLink(source.title, source.url), ...byline(source), plural(source.passages, 'passage')];
    const line = `• ${facts.join(' · ')}`;
    const room = SLACK_LIMITS.messageChars - chars - 100 > line.length && blocks.length < SLACK_LIMITS.blocksPerMessage - 2;
    if (!room) break;
    if (current.length + line.length + 1 > SLACK_LIMITS.sectionText) {
      blocks.push(section(current));
      current = '';
    }
    current = current === '' ? line : `${current}\n${line}`;
    chars += line.length + 1;
    listed += 1;
  }
  if (current !== '') blocks.push(section(current));
  if (listed < sources.length) blocks.push(context(`…and ${plural(sources.length - listed, 'more article')}.`));
  return { text: `${plural(sources.length, 'article')} indexed`, blocks };
}

/** Told privately to someone whose answer Slack would not take: it asked the bot to wait too long. */
export const RATE_LIMITED_MESSAGE = "Slack is asking me to slow down, so I couldn't post that answer. Please ask again in a minute.";

/**
 * A one-line notice (errors, thanks), escaped.
 *
 * @example
 * await respond({ response_type: 'ephemeral', replace_original: false, ...renderNotice('Thanks!') });
 */
export function renderNotice(message: string): SlackMessage {
  const safe = escapeText(cutVerbatim(message, SLACK_LIMITS.sectionText));
  return { text: safe, blocks: [section(safe)] };
}

function fitQuotes(quotes: Citation[], maxBlocks: number, usedChars: number): { blocks: KnownBlock[]; shown: number } {
  const blocks: KnownBlock[] = [];
  let chars = usedChars;
  for (const quote of quotes.slice(0, Math.max(0, maxBlocks))) {
    const block = quoteBlock(quote);
    const size = charCount([block]);
    if (chars + size > SLACK_LIMITS.messageChars) break;
    blocks.push(block);
    chars += size;
  }
  return { blocks, shown: blocks.length };
}

function quoteBlock(citation: Citation): KnownBlock {
  const quote = cutVerbatim(citation.quote.trim(), SLACK_LIMITS.quoteChars)
    .split(/\r?\n/)
    .map((line) => `>${escapeText(line)}`)
    .join('\n');
  const source = [titleLink(citation.title, citation.url), ...byline(citation)].join(' · ');
  return section(`${quote}\n— ${source}`);
}

/** The title as a link when the article has a web URL; a plain, escaped title otherwise. */
function titleLink(title: string, url: string | undefined): string {
  const label = escapeText(cutVerbatim(title.trim() === '' ? 'Untitled article' : title, 200));
  if (url === undefined || !/^https?:\/\//i.test(url)) return `*${label}*`;
  // `|` and `>` end a Slack link, so they (and `<`, spaces) are percent-encoded; `&` is escaped.
  const href = url.replace(/[|<>\s]/g, (ch) => encodeURIComponent(ch)).replace(/&/g, '&amp;');
  if (href.length > 800) return `*${label}*`;
  return `<${href}|${label}>`;
}

function byline(item: { publisher?: string | undefined; date?: string | undefined }): string[] {
  const parts: string[] = [];
  if (item.publisher) parts.push(escapeText(cutVerbatim(item.publisher, 100)));
  if (item.date) parts.push(escapeText(cutVerbatim(item.date, 40)));
  return parts;
}

function answerButtons(answer: Answer, shareId: string | undefined): KnownBlock {
  const value = feedbackValue(answer);
  const elements: Button[] = [];
  if (shareId !== undefined) {
    elements.push({ type: 'button', action_id: ACTIONS.share, style: 'primary', text: plain('Share to channel'), value: shareId });
  }
  elements.push(
    { type: 'button', action_id: ACTIONS.helpful, text: plain(':thumbsup: Helpful'), value },
    { type: 'button', action_id: ACTIONS.notHelpful, text: plain(':thumbsdown: Not helpful'), value },
  );
  return { type: 'actions', block_id: 'answer_actions', elements };
}

// `verbatim: true` stops Slack from auto-linking names and channels in text we didn't mark up.
function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text, verbatim: true }] };
}

function plain(text: string) {
  return { type: 'plain_text' as const, text, emoji: true };
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Characters of text across blocks: what Slack's undocumented total limit counts. */
function charCount(blocks: KnownBlock[]): number {
  let total = 0;
  for (const block of blocks) {
    if (block.type === 'section') total += block.text?.text.length ?? 0;
    if (block.type === 'context') for (const el of block.elements) if ('text' in el) total += el.text.length;
  }
  return total;
}
