import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import type { Answer, Citation, Source } from '../../src/types.js';

/** Discord's message and embed limits (docs: resources/message; see shared/fixtures/platform-limits.md). */
export const DISCORD_LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Title, description, field names and values, footer and author name, across all embeds. */
  total: 6000,
} as const;

/** How answers are laid out; every option has a default in `defaultRenderOptions`. */
export interface RenderOptions {
  /** Quotes shown per page; "More sources" shows the next page. Default 3. */
  quotesPerPage: number;
  /** Articles listed per page of `/sources`. Default 15. */
  sourcesPerPage: number;
}

export const defaultRenderOptions: RenderOptions = { quotesPerPage: 3, sourcesPerPage: 15 };

/** What one message carries: embeds plus button rows, ready for discord.js. */
export interface RenderedMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
}

const COLOR = { answered: 0x2b8a3e, abstained: 0x868e96, refused: 0xc92a2a, sources: 0x1c7ed6 } as const;

// ---------------------------------------------------------------------------------------------
// Escaping and fitting

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Characters that are markdown (or mention / masked-link / timestamp) syntax anywhere in a line. */
const INLINE_SYNTAX = new Set(['\\', '*', '_', '~', '`', '|', '<', '[', ']', '@']);
/** Characters that are syntax only as the first thing on a line: lists, headings, quotes, subtext. */
const LINE_START_SYNTAX = new Set(['-', '#', '+', '>']);

/** Escaped display units of a text's beginning; `complete` is false when the text goes on. */
interface Units {
  units: string[];
  complete: boolean;
}

/**
 * Splits `text` into display units (grapheme clusters), each already escaped, so a cut between
 * units never splits an emoji or leaves half of an escape. Stops once the units exceed `limit`
 * characters: nothing past that can be shown.
 */
function escapedUnits(text: string, limit = Number.POSITIVE_INFINITY): Units {
  const contextual = new Set<number>();
  // Numbered lists ("1. ") and the first syntax character on a line.
  for (const m of text.matchAll(/^[ \t]*(\d+(?=\.)|[-#+>])/gm)) {
    const at = m.index + m[0].length;
    contextual.add(m[1] && /\d/.test(m[1]) ? at : at - 1);
  }
  // "https://…" autolinks: escaping the colon stops the URL rule from matching.
  for (const m of text.matchAll(/:(?=\/\/)/g)) contextual.add(m.index);

  const units: string[] = [];
  let length = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    if (length > limit) return { units, complete: false };
    const first = segment[0] ?? '';
    const escape = INLINE_SYNTAX.has(first) || (contextual.has(index) && (LINE_START_SYNTAX.has(first) || first === '.' || first === ':'));
    const unit = escape ? `\\${segment}` : segment;
    units.push(unit);
    length += unit.length;
  }
  return { units, complete: true };
}

/**
 * Escapes Discord markdown so user and article text shows as typed: no formatting, masked links,
 * autolinks, mentions or headings.
 *
 * @example
 * escapeMarkdown('**@everyone** see [this](https://evil.example)');
 * // '\\*\\*\\@everyone\\*\\* see \\[this\\](https\\://evil.example)'
 */
export function escapeMarkdown(text: string): string {
  return escapedUnits(text).units.join('');
}

/**
 * Undoes `escapeMarkdown` (used to read a question back out of an old embed).
 *
 * @example
 * unescapeMarkdown(escapeMarkdown('a *b*')); // 'a *b*'
 */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([^\p{L}\p{N}\s])/gu, '$1');
}

/**
 * Escapes `text` and fits it in `max` characters: verbatim up to the cut, then "…".
 * Cuts fall between grapheme clusters, never inside an escape.
 *
 * @example
 * fitMarkdown('Tehran denied *all* charges', 16); // 'Tehran denied…'
 */
export function fitMarkdown(text: string, max: number): string {
  return fitUnits(escapedUnits(text, max), max);
}

/**
 * Fits text that Discord shows without markdown (footers) in `max` characters.
 *
 * @example
 * fitPlain('Confidence 80%', 8); // 'Confide…'
 */
export function fitPlain(text: string, max: number): string {
  const units: string[] = [];
  let length = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (length > max) return fitUnits({ units, complete: false }, max);
    units.push(segment);
    length += segment.length;
  }
  return fitUnits({ units, complete: true }, max);
}

function fitUnits({ units, complete }: Units, max: number): string {
  if (complete) {
    const whole = units.join('');
    if (whole.length <= max) return whole;
  }
  if (max < 1) return '';
  let kept = '';
  for (const unit of units) {
    if (kept.length + unit.length > max - 1) break;
    kept += unit;
  }
  return `${kept.trimEnd()}…`;
}

/** An http(s) URL safe inside `[text](url)`, or undefined. */
function linkTarget(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    const href = parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
    return href.length <= 512 ? href : undefined;
  } catch {
    return undefined;
  }
}

/** One line of text shown on one line: newlines and runs of spaces collapse. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Embed budget

/** A piece of an embed that can be rebuilt shorter: `make(max)` returns at most `max` characters. */
interface Part {
  limit: number;
  min: number;
  make: (max: number) => string;
  text: string;
}

function part(limit: number, make: (max: number) => string, min = 40): Part {
  return { limit, min: Math.min(min, limit), make, text: make(limit) };
}

/** Shrinks the longest parts until all of them together fit Discord's 6000-character embed total. */
function fitTotal(parts: Part[], total: number = DISCORD_LIMITS.total): void {
  for (;;) {
    const excess = parts.reduce((n, p) => n + p.text.length, 0) - total;
    if (excess <= 0) return;
    const longest = parts.filter((p) => p.text.length > p.min).sort((a, b) => b.text.length - a.text.length)[0];
    if (!longest) return; // cannot happen with ≤ 25 fields of `min` characters
    longest.text = longest.make(Math.max(longest.min, longest.text.length - excess));
  }
}

// ---------------------------------------------------------------------------------------------
// Buttons

/** What a button press asks for, decoded from its `custom_id`. */
export type ButtonAction =
  | { kind: 'more'; key: string; offset: number }
  | { kind: 'feedback'; key: string; rating: 'helpful' | 'not_helpful' }
  | { kind: 'sources'; offset: number };

/**
 * Encodes a button action as a `custom_id` (≤ 100 characters).
 *
 * @example
 * customId({ kind: 'more', key: '1234', offset: 3 }); // 'ask:more:1234:3'
 */
export function customId(action: ButtonAction): string {
  switch (action.kind) {
    case 'more':
      return `ask:more:${action.key}:${action.offset}`;
    case 'feedback':
      return `ask:${action.rating}:${action.key}`;
    case 'sources':
      return `sources:page:${action.offset}`;
  }
}

/**
 * Decodes a `custom_id` made by `customId`; undefined for anything else.
 *
 * @example
 * parseCustomId('ask:helpful:1234'); // { kind: 'feedback', key: '1234', rating: 'helpful' }
 */
export function parseCustomId(id: string): ButtonAction | undefined {
  let m = /^ask:more:(\d{1,20}):(\d{1,6})$/.exec(id);
  if (m) return { kind: 'more', key: m[1]!, offset: Number(m[2]) };
  m = /^ask:(helpful|not_helpful):(\d{1,20})$/.exec(id);
  if (m) return { kind: 'feedback', rating: m[1] as 'helpful' | 'not_helpful', key: m[2]! };
  m = /^sources:page:(\d{1,6})$/.exec(id);
  if (m) return { kind: 'sources', offset: Number(m[1]) };
  return undefined;
}

function button(label: string, action: ButtonAction, style: APIButtonComponentWithCustomId['style'] = ButtonStyle.Secondary): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style, label, custom_id: customId(action) };
}

// ---------------------------------------------------------------------------------------------
// Answers

function citationField(index: number, citation: Citation): { name: Part; value: Part } {
  const nameUnits = escapedUnits(`${index}. ${oneLine(citation.title)}`, DISCORD_LIMITS.fieldName);
  const quoteUnits = escapedUnits(citation.quote, DISCORD_LIMITS.fieldValue);
  const name = part(DISCORD_LIMITS.fieldName, (max) => fitUnits(nameUnits, max));
  const url = linkTarget(citation.url);
  const meta = [
    citation.publisher && fitMarkdown(oneLine(citation.publisher), 100),
    citation.date && fitMarkdown(oneLine(citation.date), 40),
    url && `[Read the article](${url})`,
  ]
    .filter(Boolean)
    .join(' · ');
  const value = part(
    DISCORD_LIMITS.fieldValue,
    (max) => {
      const room = max - 2 - (meta ? meta.length + 1 : 0);
      // Too small for the link line: keep the quote, which is the point of the field.
      if (room < 20) return `“${fitUnits(quoteUnits, max - 2)}”`;
      return `“${fitUnits(quoteUnits, room)}”${meta ? `\n${meta}` : ''}`;
    },
    60,
  );
  return { name, value };
}

/**
 * Renders one page of an engine Answer as an embed with "More sources" and feedback buttons.
 * `key` identifies the answer for the buttons (the id of the interaction or message that asked).
 *
 * @example
 * const { embeds, components } = renderAnswer(engine.ask('Who was sanctioned?'), { key: interaction.id });
 * await interaction.reply({ embeds, components, allowedMentions: { parse: [] } });
 */
export function renderAnswer(
  answer: Answer,
  { key, offset = 0, options = defaultRenderOptions }: { key: string; offset?: number; options?: RenderOptions },
): RenderedMessage {
  const question = oneLine(answer.question);
  const questionUnits = escapedUnits(question, DISCORD_LIMITS.title);
  const title = question ? part(DISCORD_LIMITS.title, (max) => fitUnits(questionUnits, max)) : undefined;

  if (answer.error) {
    const description = part(DISCORD_LIMITS.description, (max) => fitMarkdown(answer.error ?? '', max));
    return {
      embeds: [{ ...(title && { title: title.text }), description: description.text, color: COLOR.refused }],
      components: [],
    };
  }

  const quotes = answer.answered ? answer.citations : (answer.related ?? []);
  const perPage = Math.max(1, Math.min(options.quotesPerPage, DISCORD_LIMITS.fields));
  const start = offset > 0 && offset < quotes.length ? offset : 0;
  const page = quotes.slice(start, start + perPage);

  const answerUnits = escapedUnits(answer.answered ? (answer.answer ?? '') : (answer.reason ?? ''), DISCORD_LIMITS.description);
  const description = answer.answered
    ? part(DISCORD_LIMITS.description, (max) => `**${fitUnits(answerUnits, max - 4)}**`)
    : part(DISCORD_LIMITS.description, (max) => {
        const head = "**The sources don't say.**";
        const why = answer.reason ? `\n${fitUnits(answerUnits, max - head.length - 1)}` : '';
        const lead = page.length > 0 ? '\nThe closest passages:' : '';
        return `${head}${why}${lead}`.length <= max ? `${head}${why}${lead}` : `${head}${why}`;
      });

  const fields = page.map((c, i) => citationField(start + i + 1, c));
  const shown = page.length > 0 ? `${answer.answered ? 'sources' : 'related passages'} ${start + 1}–${start + page.length} of ${quotes.length}` : '';
  const footer = fitPlain([`Confidence ${Math.round(answer.confidence * 100)}%`, shown].filter(Boolean).join(' · '), DISCORD_LIMITS.footer);

  const parts = [title, description, ...fields.flatMap((f) => [f.name, f.value])].filter((p): p is Part => !!p);
  fitTotal(parts, DISCORD_LIMITS.total - footer.length);

  const embed: APIEmbed = {
    ...(title && { title: title.text }),
    description: description.text,
    color: answer.answered ? COLOR.answered : COLOR.abstained,
    fields: fields.map((f): APIEmbedField => ({ name: f.name.text, value: f.value.text })),
    footer: { text: footer },
  };

  const buttons: APIButtonComponentWithCustomId[] = [];
  if (quotes.length > perPage) {
    const next = start + perPage;
    buttons.push(
      next < quotes.length
        ? button('More sources', { kind: 'more', key, offset: next }, ButtonStyle.Primary)
        : button('First sources', { kind: 'more', key, offset: 0 }, ButtonStyle.Primary),
    );
  }
  buttons.push(button('Helpful', { kind: 'feedback', key, rating: 'helpful' }, ButtonStyle.Success));
  buttons.push(button('Not helpful', { kind: 'feedback', key, rating: 'not_helpful' }, ButtonStyle.Secondary));
  return { embeds: [embed], components: [{ type: ComponentType.ActionRow, components: buttons }] };
}

// ---------------------------------------------------------------------------------------------
// Sources

/**
 * Renders one page of `engine.sources()` for `/sources`, with a "Next page" button when there is more.
 *
 * @example
 * await interaction.reply({ ...renderSources(engine.sources()), allowedMentions: { parse: [] } });
 */
export function renderSources(
  sources: Source[],
  { offset = 0, options = defaultRenderOptions }: { offset?: number; options?: RenderOptions } = {},
): RenderedMessage {
  if (sources.length === 0) {
    return {
      embeds: [{ title: 'Sources', description: 'No articles are indexed yet.', color: COLOR.sources }],
      components: [],
    };
  }
  const start = offset > 0 && offset < sources.length ? offset : 0;
  const perPage = Math.max(1, options.sourcesPerPage);
  const page = sources.slice(start, start + perPage);
  // Equal share of the description for each line, so one long title cannot crowd out the rest.
  const lineMax = Math.floor((DISCORD_LIMITS.description - 40) / page.length) - 1;
  const lines = page.map((s, i) => {
    const url = linkTarget(s.url);
    const meta = [s.publisher && oneLine(s.publisher), s.date && oneLine(s.date), `${s.passages} passages`]
      .filter(Boolean)
      .join(' · ');
    const metaText = ` — ${fitMarkdown(meta, 140)}`;
    const link = url ? `](${url})` : '';
    const titleRoom = lineMax - metaText.length - link.length - (url ? 1 : 0) - `${start + i + 1}. `.length;
    const title = fitMarkdown(oneLine(s.title), Math.max(10, titleRoom));
    const line = `${start + i + 1}\\. ${url ? `[${title}${link}` : title}${metaText}`;
    return line.length <= lineMax ? line : `${start + i + 1}\\. ${fitMarkdown(oneLine(s.title), lineMax - 8)}`;
  });
  const end = start + page.length;
  const components: RenderedMessage['components'] = [];
  if (sources.length > perPage) {
    const action: ButtonAction = { kind: 'sources', offset: end < sources.length ? end : 0 };
    components.push({
      type: ComponentType.ActionRow,
      components: [button(end < sources.length ? 'Next page' : 'First page', action)],
    });
  }
  return {
    embeds: [
      {
        title: `Sources (${sources.length} ${sources.length === 1 ? 'article' : 'articles'})`,
        description: lines.join('\n'),
        color: COLOR.sources,
        footer: { text: `Articles ${start + 1}–${end} of ${sources.length}` },
      },
    ],
    components,
  };
}

/**
 * Total characters Discord counts against the 6000 limit for these embeds.
 *
 * @example
 * embedLength(renderAnswer(answer, { key }).embeds) <= DISCORD_LIMITS.total; // true
 */
export function embedLength(embeds: APIEmbed[]): number {
  return embeds.reduce(
    (n, e) =>
      n +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.author?.name.length ?? 0) +
      (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
    0,
  );
}
