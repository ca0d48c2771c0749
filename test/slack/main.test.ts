// `npm run slack` as a process: SIGTERM stops it taking questions, finishes the one in flight
// (through a response_url retry), writes out feedback, and exits 0; no secret reaches its output.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNotice } from '../../adapters/slack/render.js';
import { CLOSING_MESSAGE } from '../../adapters/shared/ratelimit.js';
import { FakeSlack, SIGNING_SECRET, buttonClickBody, postToApp, slashCommandBody } from './helpers.js';

const TIMEOUT = 120_000;
const FORM = 'application/x-www-form-urlencoded';
const repo = fileURLToPath(new URL('../..', import.meta.url));
const BOT_TOKEN = 'xoxb-main-test-token-000';

function run(env: Record<string, string>, cwd: string): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(join(repo, 'node_modules', '.bin', 'tsx'), [join(repo, 'adapters/slack/main.ts')], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function until(condition: () => boolean, what: string, output: () => string, timeoutMs = 60_000): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > timeoutMs) throw new Error(`timed out waiting for ${what}; output:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm run slack as a process', () => {
  let fake: FakeSlack;
  let dir: string;

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    dir = await mkdtemp(join(tmpdir(), 'slack-main-'));
  }, TIMEOUT);
  afterAll(async () => {
    await fake?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, TIMEOUT);

  it(
    'on SIGTERM refuses new questions politely, finishes the one in flight, flushes feedback and exits 0',
    async () => {
      const feedbackPath = join(dir, 'feedback.jsonl');
      const slack = run(
        {
          SLACK_MODE: 'http',
          SLACK_BOT_TOKEN: BOT_TOKEN,
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          PORT: '0',
          SLACK_API_URL: fake.apiUrl,
          SLACK_RESPONSE_URL_ORIGINS: new URL(fake.apiUrl).origin,
          CORPUS_DIR: join(repo, 'corpus'),
          FEEDBACK_PATH: feedbackPath,
          SHUTDOWN_GRACE_MS: '60000',
        },
        dir,
      );
      let release!: () => void;
      try {
        await until(() => /HTTP on port \d+/.test(slack.output()), 'the app to listen', slack.output);
        const port = Number(/HTTP on port (\d+)/.exec(slack.output())![1]);

        // A question whose answer is in flight: its response_url holds the first attempt, then fails it.
        fake.faults = [{ match: (c) => c.route === 'response:inflight', status: 500, holdUntil: new Promise<void>((r) => (release = r)) }];
        await postToApp(port, slashCommandBody('Who runs Emennet Pasargad?', fake.responseUrl('inflight')), FORM);
        await fake.waitFor((c) => c.route === 'response:inflight');
        // Feedback clicked just before the signal.
        const value = JSON.stringify({ q: 'Who runs Emennet Pasargad?', a: 'Mohammad Bagher Shirinkar' });
        expect((await postToApp(port, buttonClickBody('feedback_helpful', value, fake.responseUrl('thanks')), FORM)).status).toBe(200);

        slack.child.kill('SIGTERM');
        await until(() => slack.output().includes('SIGTERM: shutting down'), 'the shutdown to begin', slack.output);

        // A question after the signal gets a polite "restarting" reply, not silence.
        await postToApp(port, slashCommandBody('Who sanctioned Emennet Pasargad?', fake.responseUrl('late')), FORM);
        const late = await fake.waitFor((c) => c.route === 'response:late');
        expect(late.body).toEqual({ response_type: 'ephemeral', ...renderNotice(CLOSING_MESSAGE), unfurl_links: false, unfurl_media: false });
        expect(slack.child.exitCode).toBeNull();

        // Let the in-flight answer's first attempt fail: the process must still be there to retry it.
        release();
        const retried = await fake.waitFor((c) => c.route === 'response:inflight' && fake.to('response:inflight').length === 2);
        expect(retried.body.blocks[0].elements[0].text).toBe('*Question:* Who runs Emennet Pasargad?');
      } finally {
        release?.();
        if (slack.child.exitCode === null) slack.child.kill('SIGTERM');
      }
      expect(await slack.exit).toBe(0);
      const records = (await readFile(feedbackPath, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
      expect(records).toEqual([expect.objectContaining({ platform: 'slack', rating: 'helpful', question: 'Who runs Emennet Pasargad?' })]);
      expect(slack.output()).not.toContain(BOT_TOKEN);
      expect(slack.output()).not.toContain(SIGNING_SECRET);
    },
    TIMEOUT,
  );
});
