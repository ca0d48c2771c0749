// Not a test: measures the Slack bot's RSS while 300 connections each send all but the last byte of
// a large body (issue 11: "300 bodies of 1 MB: +300 MB RSS"). From the repository root:
//   node --expose-gc --import tsx test/slack/hold-bodies.measure.ts 1000000   # body size in bytes
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel } from '@slack/bolt';
import { createSlackApp } from '../../adapters/slack/app.js';
import { FeedbackLog } from '../../adapters/shared/feedback.js';
import { createEngine } from '../../src/engine.js';
import { FakeSlack, httpTestConfig } from './helpers.js';

const BODY = Number(process.argv[2] ?? 1_000_000);
const CONNECTIONS = 300;
const quiet = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {} };
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

const engine = await createEngine('corpus', { warn: () => {} });
const fake = await new FakeSlack().start();
const path = join(mkdtempSync(join(tmpdir(), 'hold-')), 'f.jsonl');
const slack = createSlackApp({ config: httpTestConfig(fake.apiUrl, path), engine, feedback: new FeedbackLog(path), logger: quiet });
const port = (await slack.start())!;
gc();
const before = process.memoryUsage().rss;
// The senders run in a child process, so their own buffers do not count in this process's RSS.
const child = spawn(process.execPath, ['-e', `
  const { connect } = require('node:net');
  const statuses = {}; const sockets = [];
  for (let i = 0; i < ${CONNECTIONS}; i++) {
    const s = connect(${port}, '127.0.0.1');
    s.on('error', () => {});
    s.on('data', (d) => { const m = /^HTTP\\/1\\.1 (\\d+)/.exec(String(d)); const k = m ? m[1] : '?'; statuses[k] = (statuses[k] || 0) + 1; });
    s.write('POST /slack/events HTTP/1.1\\r\\nHost: x\\r\\nContent-Type: application/json\\r\\nContent-Length: ${BODY}\\r\\nX-Slack-Request-Timestamp: 1\\r\\nX-Slack-Signature: v0=0\\r\\n\\r\\n');
    s.write('x'.repeat(${BODY} - 1));
    sockets.push(s);
  }
  const report = (t) => console.log(t + ': answers ' + JSON.stringify(statuses) + ', connections still open ' + sockets.filter((s) => !s.destroyed && !s.readableEnded).length);
  setTimeout(() => report('after 3 s'), 3000);
  setTimeout(() => { report('after 12 s'); process.exit(0); }, 12000);
`], { stdio: ['ignore', 'inherit', 'inherit'] });
await new Promise((r) => setTimeout(r, 3000));
gc();
const held = process.memoryUsage().rss;
console.log(`body ${BODY} B x ${CONNECTIONS}: bot RSS ${mb(before)} -> ${mb(held)} (+${mb(held - before)}) after 3 s`);
await new Promise((r) => child.on('exit', r));
gc();
console.log(`after 12 s: bot RSS ${mb(process.memoryUsage().rss)}`);
await slack.stop();
await fake.close();
process.exit(0);
