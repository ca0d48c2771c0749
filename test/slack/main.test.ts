// `npm run slack` as a process: SIGTERM stops it taking questions, finishes the one in flight
// (through a response_url retry), writes out feedback, and exits 0; no secret reaches its output.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNotice } from '../../adapters/slack/render.js';
import { CLOSING_MESSAGE } from '../../adapters/shared/ratelimit.js';
import { FakeSlack, SIGNING_SECRET, buttonClickBody, postToApp, slashCommandBody } from './helpers.js';
import { alive, descendants, eventually, killAll, listening, logRecords, npmRun, tempCorpus, until } from '../shared/npm-process.js';

const TIMEOUT = 400_000;
const FORM = 'application/x-www-form-urlencoded';
const repo = fileURLToPath(new URL('../..', import.meta.url));
const BOT_TOKEN = 'xoxb-main-test-token-000';

/** `npm run slack` with exactly `env`: the command an operator runs, bundle and all. */
const run = (env: Record<string, string>) => npmRun('slack', env);

/** HTTP-mode settings for a bot on the loopback Slack `apiUrl`, answering from `corpusDir`. */
const httpEnv = (apiUrl: string, corpusDir: string): Record<string, string> => ({
  SLACK_MODE: 'http',
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  PORT: '0',
  SLACK_API_URL: apiUrl,
  CORPUS_DIR: corpusDir,
  CORPUS_WATCH: 'false',
  FEEDBACK_PATH: join(corpusDir, 'feedback.jsonl'),
});

/** A wait long enough for a busy 2-core machine: these are hang detectors, not speed targets. */
const PATIENCE = 120_000;

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
      );
      let release!: () => void;
      try {
        await until(() => /HTTP on port \d+/.test(slack.output()), 'the app to listen', slack);
        const port = Number(/HTTP on port (\d+)/.exec(slack.output())![1]);

        // A question whose answer is in flight: its response_url holds the first attempt, then fails it.
        fake.faults = [{ match: (c) => c.route === 'response:inflight', status: 500, holdUntil: new Promise<void>((r) => (release = r)) }];
        await postToApp(port, slashCommandBody('Who runs Emennet Pasargad?', fake.responseUrl('inflight')), FORM);
        await fake.waitFor((c) => c.route === 'response:inflight', PATIENCE);
        // Feedback clicked just before the signal.
        const value = JSON.stringify({ q: 'Who runs Emennet Pasargad?', a: 'Mohammad Bagher Shirinkar' });
        expect((await postToApp(port, buttonClickBody('feedback_helpful', value, fake.responseUrl('thanks')), FORM)).status).toBe(200);

        slack.child.kill('SIGTERM'); // to npm, which passes it on
        await until(() => slack.output().includes('SIGTERM: shutting down'), 'the shutdown to begin', slack);

        // A question after the signal gets a polite "restarting" reply, not silence.
        await postToApp(port, slashCommandBody('Who sanctioned Emennet Pasargad?', fake.responseUrl('late')), FORM);
        const late = await fake.waitFor((c) => c.route === 'response:late', PATIENCE);
        expect(late.body).toEqual({ response_type: 'ephemeral', ...renderNotice(CLOSING_MESSAGE), unfurl_links: false, unfurl_media: false });
        expect(slack.child.exitCode).toBeNull();

        // Let the in-flight answer's first attempt fail: the process must still be there to retry it.
        release();
        const retried = await fake.waitFor((c) => c.route === 'response:inflight' && fake.to('response:inflight').length === 2, PATIENCE);
        expect(retried.body.blocks[0].elements[0].text).toBe('*Question:* Who runs Emennet Pasargad?');
      } finally {
        release?.();
        if (slack.child.exitCode === null) slack.child.kill('SIGTERM');
      }
      expect(await slack.exit).toEqual({ code: 0, signal: null });
      const records = (await readFile(feedbackPath, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
      expect(records).toEqual([expect.objectContaining({ platform: 'slack', rating: 'helpful', question: 'Who runs Emennet Pasargad?' })]);
      expect(slack.output()).not.toContain(BOT_TOKEN);
      expect(slack.output()).not.toContain(SIGNING_SECRET);
    },
    TIMEOUT,
  );
});

describe('npm run slack stopped the way Docker and Kubernetes stop it', () => {
  it(
    'SIGTERM to the npm process stops the bot under it and closes its port',
    async () => {
      const fake = await new FakeSlack().start();
      const corpus = await tempCorpus();
      const slack = npmRun('slack', { ...httpEnv(fake.apiUrl, corpus.dir), SHUTDOWN_GRACE_MS: '1000' });
      let tree: number[] = [];
      try {
        await until(() => /HTTP on port \d+/.test(slack.output()), 'the app to listen', slack);
        const port = Number(/HTTP on port (\d+)/.exec(slack.output())![1]);
        tree = descendants(slack.child.pid!);
        expect(tree.length).toBeGreaterThan(0);
        expect(await listening(port)).toBe(true);

        process.kill(slack.child.pid!, 'SIGTERM');
        await slack.exit;
        await eventually(() => !tree.some(alive));
        expect(tree.filter(alive)).toEqual([]);
        expect(await listening(port)).toBe(false);
        expect(slack.output()).toContain('SIGTERM: shutting down');
        // structured logs: one JSON object a line, with time, level and message, from start to exit
        const records = logRecords(slack.output());
        expect(records.map((r) => r.msg)).toEqual(expect.arrayContaining([expect.stringMatching(/^Slack front end running/), expect.stringMatching(/^SIGTERM: shutting down/)]));
        expect(records.every((r) => r.service === 'slack')).toBe(true);
      } finally {
        killAll(tree);
        await fake.close();
        await corpus.remove();
      }
    },
    TIMEOUT,
  );
});

describe('npm run slack with bad settings', () => {
  it('stops with a clear message when Slack cannot check its token, instead of claiming to run', async () => {
    const fake = await new FakeSlack().start();
    fake.apiResponses.set('auth.test', { ok: false, error: 'invalid_auth' });
    const corpus = await tempCorpus();
    try {
      const slack = run(httpEnv(fake.apiUrl, corpus.dir));
      expect(await slack.exit).toEqual({ code: 1, signal: null });
      expect(slack.output()).toMatch(/SLACK_BOT_TOKEN .*invalid_auth/);
      expect(slack.output()).not.toMatch(/Slack front end running|unhandled/);
      expect(slack.output()).not.toContain(BOT_TOKEN);
    } finally {
      await fake.close();
      await corpus.remove();
    }
  }, TIMEOUT);

  it('refuses an unwritable FEEDBACK_PATH before it loads the corpus or calls Slack', async () => {
    const corpus = await tempCorpus();
    try {
      await writeFile(join(corpus.dir, 'broken.md'), 'no front matter here\n'); // loading the corpus would report it
      const slack = run({
        SLACK_MODE: 'http',
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        PORT: '0',
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
        CORPUS_DIR: corpus.dir,
        CORPUS_WATCH: 'false',
        FEEDBACK_PATH: join(corpus.dir, 'harbour.md', 'feedback.jsonl'), // a file where a folder should be
      });
      expect(await slack.exit).toEqual({ code: 1, signal: null });
      expect(slack.output()).toMatch(/FEEDBACK_PATH .*harbour\.md.*cannot be written/);
      expect(slack.output()).not.toContain('broken.md'); // the corpus was never read
      expect(slack.output()).not.toContain('ECONNREFUSED'); // nor Slack's API called
    } finally {
      await corpus.remove();
    }
  }, TIMEOUT);

  it('names every bad or missing variable in one go: its own, the limits and the engine settings', async () => {
    const slack = run({ SLACK_MODE: 'http', PORT: 'eighty', RATE_LIMIT_PER_MINUTE: 'lots', CORPUS_WATCH: 'maybe' });
    expect(await slack.exit).toEqual({ code: 1, signal: null });
    const output = slack.output();
    expect(output).toMatch(/SLACK_BOT_TOKEN is missing/);
    expect(output).toMatch(/SLACK_SIGNING_SECRET is missing/);
    expect(output).toMatch(/PORT expected a port number/);
    expect(output).toMatch(/RATE_LIMIT_PER_MINUTE expected a whole number/);
    expect(output).toMatch(/CORPUS_WATCH.*expected "true" or "false"/);
    expect(output).not.toMatch(/\n\s+at /); // a message for people, no stack trace
  }, TIMEOUT);
});

