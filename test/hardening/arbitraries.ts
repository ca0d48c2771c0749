// Generators of the odd and hostile text a busy newsroom Slack and a public Discord send, shared by
// the engine, Slack and Discord property tests.
import fc from 'fast-check';

/** Pieces people (and attackers) type: pings, markup, injections, scripts, invisible and control characters. */
export const HOSTILE_FRAGMENTS = [
  '<!channel>', '<!here>', '<!everyone>', '@everyone', '@here', '<@U123>', '<@W0ABC|bob>', '<@&123456789012345678>', '<@!1000000000000000001>',
  '<#C123|general>', '<!subteam^S123|@editors>', '<https://evil.example|click here>', '[click](https://evil.example)', 'https://evil.example/x?a=1&b=2',
  '*bold*', '_italic_', '~strike~', '`code`', '```\nblock\n```', '> quoted', '# Heading', '-# subtext', '1. list', '||spoiler||', '<t:1700000000:R>',
  "'; DROP TABLE articles; --", '" OR 1=1 --', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{{7*7}}', '${process.env.SLACK_BOT_TOKEN}', '%s%n%x',
  '../../etc/passwd', '&amp;', '&lt;!channel&gt;', 'R&D', '\u202Eevil\u202C', '\u200B', '\u200D', '\uFEFF', '\u2066x\u2069', '\u0000', '\u0007', '\u001B[31m', '\u0085',
  '\r\n', '\t', '\u2028', 'مرحبا، من يدير الشركة؟', 'מי מנהל את החברה?', '谁经营这家公司？', 'Кто руководит компанией?', 'Wer leitet die Firma?', '¿Quién dirige la empresa?',
  '👩‍👩‍👧', '🇮🇷', '👍🏽', 'e\u0301', '\uD83D', 'Z̸̡̛a̷l̶g̵o', 'Who runs Emennet Pasargad?', 'sanctioned', 'Treasury', 'Iran', '?', '!!!',
] as const;

/** A question made of hostile fragments and random text, joined by spaces or nothing. */
export const hostileQuestion: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) }), {
    maxLength: 12,
  })
  .chain((parts) => fc.constantFrom(' ', '').map((sep) => parts.join(sep)));

/** Any text at all: graphemes, lone surrogates and raw code units included, up to a little past 500 characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 520 }),
  fc.string({ unit: 'binary', maxLength: 520 }),
  fc.string({ unit: fc.constantFrom(' ', '\u200B', '\u0000', '\t', '\n', '\u00A0', '\u3000', '\u202E', '.', '?', '🙂'), maxLength: 200 }),
  hostileQuestion,
);

/** Text with no letter or digit in it: it can't be a question. */
export const wordlessText: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u200B', '\u200F', '\u202E', '\u2060', '\uFEFF', '\u0000', '\u0007', '\u001F', '\u007F', '\u0085', '\u00A0', '\u2028', '\u3000', '?', '!', '.', '…', '*', '_', '~', '`', '<', '>', '@', '&', '#', '🙂', '👍🏽', '🇮🇷'),
  maxLength: 300,
});

/** Zero-width and bidi controls, which QuestionTextSchema removes. */
export const invisible = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202E', '\u2060', '\u2066', '\u2069', '\uFEFF', '\u0000', '\u0007', '\u001B');
