import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLogger, describeError, logSettingsFromEnv, redact, redactingLog } from '../../adapters/shared/log.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `redact` on a generated string in a child process, so a catastrophic regular expression
 * is killed after `timeoutMs` instead of freezing the test run: the bound is a hang detector
 * (the linear version needs milliseconds), not a speed target.
 */
function redactInChild(makeText: string, timeoutMs = 60_000): { finished: boolean; output: string } {
  const program = `import { redact } from './adapters/shared/log.ts'; const out = redact(${makeText}); process.stdout.write(JSON.stringify({ length: out.length, head: out.slice(0, 200), tail: out.slice(-200) }));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', program], { cwd: repo, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 24 });
  return { finished: r.status === 0, output: r.stdout };
}

const DISCORD_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAwMQ.GhT1xY.abcdefghijklmnopqrstuvwxyz012345';

describe('redact', () => {
  it('masks Slack tokens, Discord bot tokens and Authorization headers', () => {
    const text = `token=xoxb-1234-5678-abcdEFGH app=xapp-1-A111-222-abc header: Bearer xoxb-9-9-zz; Bot ${DISCORD_TOKEN}; raw ${DISCORD_TOKEN}`;
    const out = redact(text);
    expect(out).not.toMatch(/xoxb-1234|xapp-1-A111|abcdefghijklmnop|GhT1xY/);
    expect(out).toContain('xoxb-[redacted]');
    expect(out).toContain('xapp-[redacted]');
  });

  it('masks interaction and webhook tokens in Discord REST paths, and Slack response_urls', () => {
    const out = redact(
      'POST /api/v10/interactions/1234/aW50ZXJhY3Rpb246MTIzNDpzZWNyZXQ/callback, PATCH /api/v10/webhooks/771825006014889000/aW50ZXJhY3Rpb24/messages/@original, https://hooks.slack.com/commands/T1/123/AbCdEf',
    );
    expect(out).toBe(
      'POST /api/v10/interactions/1234/[redacted]/callback, PATCH /api/v10/webhooks/771825006014889000/[redacted]/messages/@original, https://hooks.slack.com/commands/[redacted]',
    );
  });

  it('leaves ordinary text, URLs and ids alone', () => {
    const text = 'Answered "Who runs Emennet Pasargad?" in C123 for U456 from https://www.republicworld.com/world-news/us-news/a.html';
    expect(redact(text)).toBe(text);
  });
});

describe('redact on long, hostile input', () => {
  it('finishes a 1 MB run of token-like characters broken by hyphens (once quadratic: minutes)', () => {
    const r = redactInChild(`'a-'.repeat(500_000)`);
    expect(r.finished).toBe(true);
    expect(JSON.parse(r.output)).toEqual({ length: 1_000_000, head: 'a-'.repeat(100), tail: 'a-'.repeat(100) });
  }, 120_000);

  it('masks a Discord token at the end of a 1 MB line of near-misses', () => {
    const r = redactInChild(`'-x'.repeat(300_000) + ' ' + 'aaaaaaaaaaaaaaaaaaaa.bbbb.'.repeat(10_000) + ' ${DISCORD_TOKEN}'`);
    expect(r.finished).toBe(true);
    const { tail } = JSON.parse(r.output) as { tail: string };
    expect(tail.endsWith(' [redacted token]')).toBe(true);
    expect(tail).not.toContain('GhT1xY');
  }, 120_000);

  it('masks a long signed Slack response_url whole', () => {
    const url = `https://hooks.slack.com/actions/T1/123/${'s1g-'.repeat(15_000)}?sig=${'ab-'.repeat(5_000)}`;
    expect(redact(`POST ${url} failed`)).toBe('POST https://hooks.slack.com/actions/[redacted] failed');
  });

  it('masks a token-shaped run however long its first part', () => {
    expect(redact(`id=${'q'.repeat(200)}.abcd.abcdefghijkl;`)).toBe('id=[redacted token];');
  });
});

describe('describeError', () => {
  it('gives name, message and the request it was about, with its secrets masked', () => {
    const error = Object.assign(new Error('Unknown interaction'), {
      name: 'DiscordAPIError[10062]',
      method: 'POST',
      url: 'https://discord.com/api/v10/interactions/1/c2VjcmV0LXRva2Vu/callback',
      status: 404,
    });
    const line = describeError(error);
    expect(line).toMatch(/^DiscordAPIError\[10062\]: Unknown interaction \(POST https:\/\/discord\.com\/api\/v10\/interactions\/1\/\[redacted\]\/callback 404\)/);
    expect(line).not.toContain('c2VjcmV0LXRva2Vu');
  });

  it('describes values that are not errors', () => {
    expect(describeError('boom xoxb-1-2-3')).toBe('boom xoxb-[redacted]');
  });
});

describe('redactingLog', () => {
  it('masks secrets in every argument, errors and objects included', () => {
    const lines: unknown[][] = [];
    const log = redactingLog({ info: (...m) => lines.push(m), warn: (...m) => lines.push(m), error: (...m) => lines.push(m) });
    log.error('failed with', new Error(`bad token ${DISCORD_TOKEN}`), { auth: `Bot ${DISCORD_TOKEN}` });
    expect(JSON.stringify(lines)).not.toContain('GhT1xY');
  });
});

describe('createLogger: one JSON object a line', () => {
  const capture = () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    return { lines, destination };
  };

  it('writes time, level, msg and fields; the Log calls other code makes keep working', () => {
    const out = capture();
    const log = createLogger({ destination: out.destination, base: { service: 'slack' } });
    log.info('Slack front end running', { port: 3000 });
    log.warn({ question: 'q1' }, 'slow answer');
    log.error('failed:', new Error('boom'));
    const [a, b, c] = out.lines.map((l) => JSON.parse(l));
    expect(a).toMatchObject({ level: 'info', msg: 'Slack front end running {"port":3000}', service: 'slack' });
    expect(new Date(a.time).toISOString()).toBe(a.time);
    expect(b).toMatchObject({ level: 'warn', msg: 'slow answer', question: 'q1' });
    expect(c.level).toBe('error');
    expect(c.msg).toMatch(/^failed: Error: boom \| at /);
  });

  it('masks secrets in messages, in field values and under the usual secret field names', () => {
    const out = capture();
    const log = createLogger({ destination: out.destination });
    log.error(`POST https://hooks.slack.com/actions/T1/1/secretpath failed with Bot ${DISCORD_TOKEN}`);
    log.info({ url: 'https://discord.com/api/v10/interactions/1/c2VjcmV0LXRva2Vu/callback', nested: { note: 'token xoxb-1-2-3' }, token: 'plain-secret', headers: { authorization: 'opaque' } }, 'request');
    const text = out.lines.join('\n');
    for (const secret of ['secretpath', 'GhT1xY', 'c2VjcmV0LXRva2Vu', 'xoxb-1-2-3', 'plain-secret', 'opaque']) expect(text).not.toContain(secret);
    expect(JSON.parse(out.lines[1]!)).toMatchObject({ token: '[redacted]', headers: { authorization: '[redacted]' }, nested: { note: 'token xoxb-[redacted]' } });
  });

  it('drops lines below LOG_LEVEL and offers debug for libraries that use it', () => {
    const out = capture();
    const log = createLogger({ destination: out.destination, level: 'warn' });
    log.debug('noise');
    log.info('noise');
    log.warn('kept');
    expect(out.lines.map((l) => JSON.parse(l).msg)).toEqual(['kept']);
    expect(log.getLevel()).toBe('warn');
  });

  it('writes plain lines for people with format pretty', () => {
    const out = capture();
    const log = createLogger({ destination: out.destination, format: 'pretty' });
    log.info(`ready with Bearer ${DISCORD_TOKEN}`);
    expect(out.lines.join('\n')).toMatch(/INFO.*ready with Bearer \[redacted\]/);
    expect(out.lines.join('\n')).not.toMatch(/^\{/);
  });
});

describe('logSettingsFromEnv', () => {
  it('reads LOG_LEVEL and LOG_FORMAT, defaulting to info and auto (pretty on a terminal, else json)', () => {
    expect(logSettingsFromEnv({})).toEqual({ level: 'info', format: 'auto' });
    expect(logSettingsFromEnv({ LOG_LEVEL: 'debug', LOG_FORMAT: 'pretty' })).toEqual({ level: 'debug', format: 'pretty' });
  });

  it('names a bad value and the ones allowed', () => {
    expect(() => logSettingsFromEnv({ LOG_LEVEL: 'loud', LOG_FORMAT: 'xml' })).toThrow(/LOG_LEVEL expected one of debug, info, warn, error, got "loud"\n {2}LOG_FORMAT expected json, pretty or auto, got "xml"/);
  });
});
