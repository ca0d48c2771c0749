import { describe, expect, it } from 'vitest';
import { describeError, redact, redactingLog } from '../../adapters/shared/log.js';

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
