#!/usr/bin/env tsx
// `npm run soak`: load on loopback only. The bot runs in a child process (so its memory is measured
// alone) on the real engine and corpus:
//   Slack:   signed /ask requests to the HTTP endpoint with autocannon; each response_url points at
//            a local sink that checks every answer arrives.
//   Discord: /ask interactions dispatched through the loopback gateway stand-in; timed from
//            dispatch to the interaction callback POST.
// Reports throughput, latency percentiles, errors, non-2xx and memory (RSS and heap after GC)
// before traffic, after warm-up and at the end; exits 1 if a target is missed.
//   npm run soak                      10,000 Slack requests at concurrency 50, 1,000 Discord interactions
//   npm run soak -- --quick           1,000 and 200, for a quick check
//   npm run soak -- --slack-requests=2000 --concurrency=20 --rate=100 --only=slack --json=soak.json
//                                     (--rate caps Slack requests per second; 0, the default, sends as fast as acks come back)
// Every flag also reads from the environment: SOAK_SLACK_REQUESTS, SOAK_CONCURRENCY, SOAK_RATE, SOAK_WARMUP,
// SOAK_DISCORD_INTERACTIONS, SOAK_DISCORD_CONCURRENCY, SOAK_DISCORD_WARMUP, SOAK_MAX_SECONDS.
// The bot runs with the production defaults for its limits unless RATE_LIMIT_PER_MINUTE,
// MAX_CONCURRENT_QUESTIONS or MAX_QUEUED_QUESTIONS are set, which are passed on to it.
import { type ChildProcess, fork } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { z } from 'zod';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = `${ROOT}corpus`;
const HOST = '127.0.0.1';

/** Real questions, odd ones and hostile ones, asked in turn. */
const QUESTIONS = [
  'Who runs Emennet Pasargad?',
  'Who did the US sanction over the 2020 election?',
  'How many Iranians were sanctioned?',
  'What did the Treasury announce?',
  'Who are the two Iranians that were indicted?',
  'When were the sanctions announced?',
  'What was Emennet Pasargad called before?',
  'Did Iran win the 2022 World Cup?',
  'Who is the mayor of Springfield?',
  '<!channel> @everyone who runs Emennet Pasargad?',
  "'; DROP TABLE articles; --",
  'من يدير الشركة؟',
  '🤔 who was sanctioned?',
  'help',
];

// ---------------------------------------------------------------------------------------------
// Options

const count = (min: number) => z.coerce.number().int().min(min);
const OptionsSchema = z.object({
  slackRequests: count(1),
  concurrency: count(1),
  rate: count(0),
  warmup: count(0),
  discordInteractions: count(1),
  discordConcurrency: count(1),
  discordWarmup: count(0),
  maxSeconds: count(10),
  only: z.enum(['slack', 'discord', 'both']),
  json: z.string().optional(),
});
type Options = z.infer<typeof OptionsSchema>;

const FULL = { slackRequests: 10_000, concurrency: 50, rate: 0, warmup: 1_000, discordInteractions: 1_000, discordConcurrency: 10, discordWarmup: 500, maxSeconds: 900, only: 'both' };
const QUICK = { ...FULL, slackRequests: 1_000, warmup: 200, discordInteractions: 200, discordWarmup: 100, maxSeconds: 300 };

/** Flags (`--name=value`) over environment (`SOAK_NAME`) over defaults (`--quick` picks the small ones). */
function parseOptions(argv: string[], env: NodeJS.ProcessEnv): Options {
  const flags = Object.fromEntries(argv.filter((a) => a.startsWith('--') && a.includes('=')).map((a) => a.slice(2).split(/=(.*)/s).slice(0, 2) as [string, string]));
  const base: Record<string, unknown> = { ...(argv.includes('--quick') ? QUICK : FULL) };
  const names: Record<string, string> = {
    slackRequests: 'slack-requests', concurrency: 'concurrency', rate: 'rate', warmup: 'warmup', discordInteractions: 'discord-interactions',
    discordConcurrency: 'discord-concurrency', discordWarmup: 'discord-warmup', maxSeconds: 'max-seconds', only: 'only', json: 'json',
  };
  for (const [key, flag] of Object.entries(names)) {
    const fromEnv = env[`SOAK_${flag.toUpperCase().replace(/-/g, '_')}`];
    base[key] = flags[flag] ?? (fromEnv !== undefined && fromEnv !== '' ? fromEnv : base[key]);
  }
  const parsed = OptionsSchema.safeParse(base);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  --${names[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`);
    throw new Error(`soak: invalid options:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------
// The bot under test, in a child process

type Memory = {
  rss: number;
  heapUsed: number;
  /** Longest event-loop stall since the last probe, ms. */
  loopDelayMaxMs: number;
  loopDelayP99Ms: number;
  /** Inside the bot: request received → response sent, ms, for requests since the last probe. */
  serverAckMs: ReturnType<typeof percentiles>;
};
const LIMIT_VARIABLES = ['RATE_LIMIT_PER_MINUTE', 'MAX_CONCURRENT_QUESTIONS', 'MAX_QUEUED_QUESTIONS'];
type ChildMessage = { ready: true; port?: number } | { memory: Memory } | { log: string };

/** Child side: runs one front end, answers memory probes (after GC) and stops on request. */
async function runBot(role: 'slack-bot' | 'discord-bot'): Promise<void> {
  const { createEngine } = await import('../src/engine.js');
  const { FeedbackLog } = await import('../adapters/shared/feedback.js');
  const { limitsFromEnv } = await import('../adapters/shared/ratelimit.js');
  const send = (m: ChildMessage) => process.send?.(m);
  const quiet = { info: () => {}, warn: (...m: unknown[]) => send({ log: `warn ${m.join(' ')}` }), error: (...m: unknown[]) => send({ log: `error ${m.join(' ')}` }) };
  const engine = await createEngine(CORPUS, { warn: () => {} });
  const feedback = new FeedbackLog(`${process.env.SOAK_TMP}/feedback.jsonl`);
  const limits = limitsFromEnv(process.env);
  let stop: () => Promise<unknown>;
  if (role === 'slack-bot') {
    const { createSlackApp } = await import('../adapters/slack/app.js');
    const { parseSlackConfig } = await import('../adapters/slack/config.js');
    const { LogLevel } = await import('@slack/bolt');
    const config = parseSlackConfig(process.env);
    const logger = { ...quiet, debug: () => {}, setLevel: () => {}, getLevel: () => LogLevel.WARN, setName: () => {} };
    const slack = createSlackApp({ config, engine, feedback, limits, logger });
    const port = await slack.start();
    stop = () => slack.stop();
    send({ ready: true, ...(port !== undefined && { port }) });
  } else {
    const { createDiscordBot } = await import('../adapters/discord/bot.js');
    const bot = createDiscordBot({ engine, feedback, limits, logger: quiet, client: { rest: { api: process.env.DISCORD_API_URL ?? '' } } });
    await bot.start(process.env.DISCORD_TOKEN ?? '');
    stop = () => bot.stop();
    send({ ready: true });
  }
  const { monitorEventLoopDelay } = await import('node:perf_hooks');
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  // How long the bot itself takes to acknowledge, free of the load generator's own delays.
  const { subscribe } = await import('node:diagnostics_channel');
  const started = new WeakMap<object, number>();
  let acks: number[] = [];
  subscribe('http.server.request.start', (m) => started.set((m as { response: object }).response, performance.now()));
  subscribe('http.server.response.finish', (m) => {
    const at = started.get((m as { response: object }).response);
    if (at !== undefined && acks.length < 1_000_000) acks.push(performance.now() - at);
  });
  process.on('message', async (message: string) => {
    if (message === 'memory') {
      const loopDelayMaxMs = round(loop.max / 1e6);
      const loopDelayP99Ms = round(loop.percentile(99) / 1e6);
      const gc = (globalThis as { gc?: () => void }).gc;
      for (let i = 0; i < 3; i++) gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      send({ memory: { rss, heapUsed, loopDelayMaxMs, loopDelayP99Ms, serverAckMs: percentiles(acks) } });
      loop.reset();
      acks = [];
    }
    if (message === 'stop') {
      await stop();
      process.exit(0);
    }
  });
}

/** Parent side: a forked bot and a way to ask it things. */
class BotProcess {
  readonly logs: string[] = [];
  private waiting: Array<(m: ChildMessage) => void> = [];
  private constructor(private readonly child: ChildProcess) {
    child.on('message', (m: ChildMessage) => {
      if ('log' in m) {
        if (this.logs.length < 200) this.logs.push(m.log);
        return;
      }
      this.waiting.shift()?.(m);
    });
  }

  static async start(role: string, env: Record<string, string>): Promise<{ bot: BotProcess; port?: number }> {
    const limits = Object.fromEntries(LIMIT_VARIABLES.flatMap((k) => (process.env[k] ? [[k, process.env[k]]] : [])));
    const child = fork(fileURLToPath(import.meta.url), [`--role=${role}`], {
      execArgv: [...process.execArgv, '--expose-gc'],
      env: { PATH: process.env.PATH ?? '', ...limits, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const bot = new BotProcess(child);
    const ready = await bot.next(120_000);
    if (!('ready' in ready)) throw new Error('soak: bot did not start');
    return { bot, ...(ready.port !== undefined && { port: ready.port }) };
  }

  async memory(): Promise<Memory> {
    this.child.send('memory');
    const m = await this.next(30_000);
    if (!('memory' in m)) throw new Error('soak: no memory reading');
    return m.memory;
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send('stop');
    await Promise.race([exited, sleep(30_000).then(() => this.child.kill('SIGKILL'))]);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }

  private next(timeoutMs: number): Promise<ChildMessage> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('soak: bot did not answer')), timeoutMs);
      this.waiting.push((m) => (clearTimeout(timer), resolve(m)));
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const round = (n: number) => Math.round(n * 10) / 10;

function percentiles(samples: number[]): { p50: number; p90: number; p99: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => round(s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0);
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: round(s.at(-1) ?? 0) };
}

function loopReport(afterWarmup: Memory, end: Memory) {
  return { warmup: { p99: afterWarmup.loopDelayP99Ms, max: afterWarmup.loopDelayMaxMs }, main: { p99: end.loopDelayP99Ms, max: end.loopDelayMaxMs } };
}

function memoryReport(before: Memory, afterWarmup: Memory, end: Memory) {
  const growth = (key: 'rss' | 'heapUsed') => round(((end[key] - afterWarmup[key]) / afterWarmup[key]) * 100);
  return {
    rssMB: { before: mb(before.rss), afterWarmup: mb(afterWarmup.rss), end: mb(end.rss), growthAfterWarmupPct: growth('rss') },
    heapUsedMB: { before: mb(before.heapUsed), afterWarmup: mb(afterWarmup.heapUsed), end: mb(end.heapUsed), growthAfterWarmupPct: growth('heapUsed') },
  };
}

/** What a reply to /ask was: the answer, "the sources don't say", a refusal, or one of the gate's notices. */
function kindOf(text: string): string {
  if (/asking faster/.test(text)) return 'slow-down';
  if (/answering a lot of questions/.test(text)) return 'busy';
  if (/restarting/.test(text)) return 'closing';
  if (/Ask questions about our articles/.test(text)) return 'usage';
  if (/Can't take that question/.test(text)) return 'refused';
  if (/The sources don't say/.test(text)) return 'abstained';
  if (/Confidence/.test(text)) return 'answered';
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// Slack

/** The sink standing in for slack.com/api (auth.test) and every response_url. */
async function startSink(): Promise<{ server: Server; port: number; arrivals: Map<string, { at: number; kind: string }> }> {
  const arrivals = new Map<string, { at: number; kind: string }>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      res.setHeader('content-type', 'application/json');
      if (path.startsWith('/response/')) {
        const body = Buffer.concat(chunks).toString('utf8');
        arrivals.set(path.slice('/response/'.length), { at: performance.now(), kind: kindOf(body) });
        res.end('{"ok":true}');
        return;
      }
      if (path === '/api/auth.test') {
        res.end(JSON.stringify({ ok: true, user_id: 'U0SOAKBOT', team_id: 'T0SOAK', bot_id: 'B0SOAK', user: 'soak', team: 'Soak' }));
        return;
      }
      res.end('{"ok":true}');
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  return { server, port: (server.address() as AddressInfo).port, arrivals };
}

async function soakSlack(options: Options, deadline: number) {
  const secret = randomBytes(16).toString('hex');
  const sink = await startSink();
  const { bot, port } = await BotProcess.start('slack-bot', {
    SLACK_MODE: 'http',
    SLACK_BOT_TOKEN: 'xoxb-soak-0000',
    SLACK_SIGNING_SECRET: secret,
    PORT: '0',
    SLACK_API_URL: `http://${HOST}:${sink.port}/api/`,
    SLACK_RESPONSE_URL_ORIGINS: `http://${HOST}:${sink.port}`,
    SOAK_TMP: await tmpDir(),
  });
  try {
    const sent = new Map<string, number>();
    let next = 0;
    // A pool of people, so the default per-person limit is exercised but not hit: each asks
    // total/pool questions over the run.
    const users = Math.max(50, Math.ceil((options.slackRequests + options.warmup) / 5));
    const run = (amount: number, phase: string) =>
      autocannon({
        url: `http://${HOST}:${port}`,
        connections: options.concurrency,
        amount,
        ...(options.rate > 0 && { overallRate: options.rate }),
        timeout: 10,
        requests: [
          {
            method: 'POST',
            path: '/slack/events',
            setupRequest: (request) => {
              const n = next++;
              const id = `${phase}-${n}`;
              const body = new URLSearchParams({
                token: 'unused', team_id: 'T0SOAK', team_domain: 'soak', channel_id: 'C0SOAK', channel_name: 'soak',
                user_id: `U0SOAK${n % users}`, user_name: 'soak', command: '/ask', text: QUESTIONS[n % QUESTIONS.length]!,
                api_app_id: 'A0SOAK', response_url: `http://${HOST}:${sink.port}/response/${id}`, trigger_id: `${n}.soak`,
              }).toString();
              const timestamp = Math.floor(Date.now() / 1000);
              const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
              sent.set(id, performance.now());
              return {
                ...request,
                body,
                headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
              };
            },
          },
        ],
      });
    const delivered = async (phase: string) => {
      const ids = [...sent.keys()].filter((id) => id.startsWith(`${phase}-`));
      const until = Math.min(deadline, Date.now() + 120_000);
      while (ids.some((id) => !sink.arrivals.has(id)) && Date.now() < until) await sleep(100);
      return ids;
    };

    const before = await bot.memory();
    log(`slack: warm-up, ${options.warmup} requests`);
    if (options.warmup > 0) {
      await run(options.warmup, 'warmup');
      await delivered('warmup');
    }
    const afterWarmup = await bot.memory();
    log(`slack: ${options.slackRequests} requests at concurrency ${options.concurrency}`);
    const { monitorEventLoopDelay } = await import('node:perf_hooks');
    const generatorLoop = monitorEventLoopDelay({ resolution: 10 });
    generatorLoop.enable();
    const result = await run(options.slackRequests, 'main');
    generatorLoop.disable();
    const ids = await delivered('main');
    await sleep(1000);
    const end = await bot.memory();

    const missing = ids.filter((id) => !sink.arrivals.has(id)).length;
    const kinds: Record<string, number> = {};
    const e2e: number[] = [];
    for (const id of ids) {
      const arrival = sink.arrivals.get(id);
      if (!arrival) continue;
      kinds[arrival.kind] = (kinds[arrival.kind] ?? 0) + 1;
      e2e.push(arrival.at - sent.get(id)!);
    }
    const memory = memoryReport(before, afterWarmup, end);
    const checks = {
      noFailedRequests: result.errors === 0 && result.timeouts === 0 && result.non2xx === 0,
      everyAckUnder3s: result.latency.max < 3000,
      everyRequestGotAPoliteReply: missing === 0 && ids.length === options.slackRequests && (kinds.other ?? 0) === 0,
      memoryFlat: memory.rssMB.growthAfterWarmupPct <= 10 && memory.heapUsedMB.growthAfterWarmupPct <= 10,
    };
    return {
      requests: options.slackRequests,
      warmup: options.warmup,
      concurrency: options.concurrency,
      rateLimitReqPerS: options.rate || 'none',
      durationS: result.duration,
      throughputReqPerS: round(options.slackRequests / result.duration),
      serverAckMs: end.serverAckMs,
      loadGeneratorLoopDelayMaxMs: round(generatorLoop.max / 1e6),
      ackLatencyMs: { p50: result.latency.p50, p90: result.latency.p90, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max, mean: round(result.latency.mean) },
      ok2xx: result['2xx'],
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      answersDelivered: ids.length - missing,
      answersMissing: missing,
      replyKinds: kinds,
      askToAnswerMs: percentiles(e2e),
      botEventLoopDelayMs: loopReport(afterWarmup, end),
      memory,
      botLog: bot.logs.slice(0, 10),
      checks,
    };
  } finally {
    await bot.stop().catch(() => bot.kill());
    sink.server.closeAllConnections();
    await new Promise((resolve) => sink.server.close(resolve));
  }
}

// ---------------------------------------------------------------------------------------------
// Discord

async function soakDiscord(options: Options, deadline: number) {
  const { LoopbackDiscord } = await import('../test/discord/loopback-discord.js');
  const { slashCommand } = await import('../test/discord/dispatches.js');
  const discord = await LoopbackDiscord.start();
  const pending = new Map<string, (at: number, type: number) => void>();
  // Observe each initial response as it arrives; fall through to the stand-in's default answer.
  const observe: NonNullable<typeof discord.respond> = (r) => {
    const m = /^\/api\/v10\/interactions\/(\d+)\/[^/]+\/callback$/.exec(r.path);
    if (m) pending.get(m[1]!)?.(performance.now(), (r.body as { type?: number })?.type ?? 0);
    return undefined;
  };
  discord.respond = observe;
  const { bot } = await BotProcess.start('discord-bot', { DISCORD_API_URL: discord.api, DISCORD_TOKEN: discord.token, SOAK_TMP: await tmpDir() });
  try {
    const users = Math.max(20, Math.ceil((options.discordInteractions + options.discordWarmup) / 5));
    let next = 0;
    const run = async (amount: number) => {
      const latencies: number[] = [];
      const types: Record<string, number> = {};
      let missing = 0;
      let started = 0;
      const t0 = performance.now();
      const worker = async () => {
        while (started < amount && Date.now() < deadline) {
          started++;
          const n = next++;
          const user = { id: String(100000000000000000n + BigInt(n % users)), username: `soak${n % users}`, discriminator: '0', avatar: null, global_name: null };
          const d = slashCommand('ask', { question: QUESTIONS[n % QUESTIONS.length]! }, { overrides: { member: { user, roles: [], permissions: '0' }, user } });
          const id = String(d.id);
          const answered = new Promise<{ at: number; type: number } | undefined>((resolve) => {
            const timer = setTimeout(() => resolve(undefined), 10_000);
            pending.set(id, (at, type) => (clearTimeout(timer), resolve({ at, type })));
          });
          const sentAt = performance.now();
          discord.dispatch('INTERACTION_CREATE', d);
          const result = await answered;
          pending.delete(id);
          if (!result) missing++;
          else {
            latencies.push(result.at - sentAt);
            types[`type ${result.type}`] = (types[`type ${result.type}`] ?? 0) + 1;
          }
        }
      };
      await Promise.all(Array.from({ length: options.discordConcurrency }, worker));
      discord.reset(); // the stand-in keeps every request; drop them between phases
      discord.respond = observe;
      return { latencies, types, missing, seconds: (performance.now() - t0) / 1000 };
    };
    const before = await bot.memory();
    log(`discord: warm-up, ${options.discordWarmup} interactions`);
    if (options.discordWarmup > 0) await run(options.discordWarmup);
    const afterWarmup = await bot.memory();
    log(`discord: ${options.discordInteractions} interactions at concurrency ${options.discordConcurrency}`);
    const main = await run(options.discordInteractions);
    await sleep(1000);
    const end = await bot.memory();
    const latency = percentiles(main.latencies);
    const memory = memoryReport(before, afterWarmup, end);
    return {
      interactions: options.discordInteractions,
      warmup: options.discordWarmup,
      concurrency: options.discordConcurrency,
      durationS: round(main.seconds),
      throughputPerS: round(options.discordInteractions / main.seconds),
      dispatchToCallbackMs: latency,
      callbackTypes: main.types,
      missing: main.missing,
      botEventLoopDelayMs: loopReport(afterWarmup, end),
      memory,
      botLog: bot.logs.slice(0, 10),
      checks: {
        everyInteractionAnswered: main.missing === 0 && main.latencies.length === options.discordInteractions,
        everyCallbackUnder3s: latency.max < 3000,
        memoryFlat: memory.rssMB.growthAfterWarmupPct <= 10 && memory.heapUsedMB.growthAfterWarmupPct <= 10,
      },
    };
  } finally {
    await bot.stop().catch(() => bot.kill());
    await discord.close();
  }
}

// ---------------------------------------------------------------------------------------------

function log(message: string): void {
  console.error(`[soak ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function tmpDir(): Promise<string> {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  return mkdtemp(`${tmpdir()}/soak-`);
}

async function main(): Promise<void> {
  const role = process.argv.find((a) => a.startsWith('--role='))?.slice('--role='.length);
  if (role === 'slack-bot' || role === 'discord-bot') return runBot(role);

  const options = parseOptions(process.argv.slice(2), process.env);
  const deadline = Date.now() + options.maxSeconds * 1000;
  const hardStop = setTimeout(() => {
    console.error(`soak: over the ${options.maxSeconds} s limit; stopping`);
    process.exit(2);
  }, options.maxSeconds * 1000 + 60_000);
  hardStop.unref();

  const report: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
    command: [...LIMIT_VARIABLES.flatMap((k) => (process.env[k] ? [`${k}=${process.env[k]}`] : [])), 'npm run soak', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    botLimits: Object.fromEntries(LIMIT_VARIABLES.map((k) => [k, process.env[k] || 'default'])),
  };
  if (options.only !== 'discord') report.slack = await soakSlack(options, deadline);
  if (options.only !== 'slack') report.discord = await soakDiscord(options, deadline);

  console.log(JSON.stringify(report, null, 2));
  if (options.json) await writeFile(options.json, JSON.stringify(report, null, 2) + '\n');
  const failed = ['slack', 'discord'].flatMap((k) => {
    const checks = (report[k] as { checks?: Record<string, boolean> } | undefined)?.checks ?? {};
    return Object.entries(checks).filter(([, ok]) => !ok).map(([name]) => `${k}.${name}`);
  });
  log(failed.length === 0 ? 'all targets met' : `targets missed: ${failed.join(', ')}`);
  process.exitCode = failed.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
