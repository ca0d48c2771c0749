// A running Slack bot picks up an article dropped into its corpus folder, without a restart.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel, type Logger } from '@slack/bolt';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startBotEngine } from '../../adapters/shared/engine.js';
import { FeedbackLog } from '../../adapters/shared/feedback.js';
import { type SlackFrontEnd, createSlackApp } from '../../adapters/slack/app.js';
import { parseSlackConfig } from '../../adapters/slack/config.js';
import type { Engine } from '../../src/engine.js';
import { eventually } from '../helpers.js';
import { FakeSlack, SIGNING_SECRET, postToApp, renderedStrings, slashCommandBody } from './helpers.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const quiet: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {}, setLevel: () => {}, getLevel: () => LogLevel.ERROR, setName: () => {} };
const article = (id: string, title: string, text: string) => `---\nid: ${id}\ntitle: ${title}\n---\n${text}`;

let dir: string;
let engine: Engine;
let fake: FakeSlack;
let slack: SlackFrontEnd;
let port: number;
let n = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slack-reload-'));
  await writeFile(join(dir, 'festival.md'), article('festival', 'Festival opens', 'The festival was organised by Maria Lopez.'));
  engine = await startBotEngine(dir, { INDEX_SNAPSHOT: join(dir, 'no-snapshot.json'), CORPUS_WATCH: 'true' }, () => {});
  fake = await new FakeSlack().start();
  const config = parseSlackConfig({ SLACK_MODE: 'http', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', SLACK_API_URL: fake.apiUrl, SLACK_RESPONSE_URL_ORIGINS: new URL(fake.apiUrl).origin, FEEDBACK_PATH: join(dir, 'feedback.jsonl') });
  slack = createSlackApp({ config, engine, feedback: new FeedbackLog(join(dir, 'feedback.jsonl')), logger: quiet });
  port = (await slack.start())!;
});

afterAll(async () => {
  await slack?.stop();
  await engine?.close();
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Sends `/ask text` and returns everything the reply would show. */
async function ask(text: string): Promise<string> {
  const id = `reload-${n++}`;
  expect((await postToApp(port, slashCommandBody(text, fake.responseUrl(id)), 'application/x-www-form-urlencoded')).status).toBe(200);
  return renderedStrings((await fake.waitFor((c) => c.route === `response:${id}`)).body).join('\n');
}


it('lists and answers from an article added while it runs', async () => {
  expect(await ask('sources')).toContain('Festival opens');
  expect(await ask('sources')).not.toContain('Bridge reopens');
  await writeFile(join(dir, 'bridge.md'), article('bridge', 'Bridge reopens', 'The bridge was designed by Tomas Berg.'));
  await eventually(async () => expect(await ask('sources')).toContain('Bridge reopens'));
  expect(await ask('Who designed the bridge?')).toContain('Tomas Berg');
});
