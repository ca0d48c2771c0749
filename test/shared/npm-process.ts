// Runs an npm script as an operator (or Docker, or Kubernetes) does — `npm run slack` — and
// answers what a test of signals needs: the process tree under npm, and whether any of it is left.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../..', import.meta.url));

/** A running command with its output so far and its exit. */
export interface Running {
  child: ChildProcess;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `npm run <script> [-- args]` in the repository with exactly `env` (plus PATH and HOME, which
 * npm needs, and no .env file unless `env.ENV_FILE` names one), output collected.
 *
 * @example
 * const slack = npmRun('slack', { SLACK_MODE: 'http', … });
 */
export function npmRun(script: string, env: Record<string, string>, args: string[] = []): Running {
  const child = spawn('npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], {
    cwd: repo,
    // ENV_FILE: a developer's own .env in the repository must not change what a test sees
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ENV_FILE: join(tmpdir(), 'npm-process-no.env'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return collect(child);
}

/** Wraps a spawned child: its output, collected, and its exit. */
export function collect(child: ChildProcess): Running {
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exit };
}

/**
 * Polls until `condition` holds; fails after `timeoutMs` (generous: a busy 2-core machine builds,
 * loads and answers slowly) with the output so far, or at once if the process exited.
 */
export async function until(condition: () => boolean, what: string, running: Running, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (running.child.exitCode !== null || running.child.signalCode !== null) throw new Error(`exited while waiting for ${what}; output:\n${running.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; output:\n${running.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The output's lines parsed as JSON log records; throws naming the first line that is not one. */
export function logRecords(output: string): Array<{ time: string; level: string; msg: string } & Record<string, unknown>> {
  return output
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        throw new Error(`not a JSON log line: ${line.slice(0, 300)}`);
      }
      const r = record as { time?: unknown; level?: unknown; msg?: unknown };
      if (typeof r.time !== 'string' || Number.isNaN(Date.parse(r.time)) || typeof r.level !== 'string' || typeof r.msg !== 'string') {
        throw new Error(`a log line without time, level and msg: ${line.slice(0, 300)}`);
      }
      return record as { time: string; level: string; msg: string };
    });
}

/** Polls `condition` for up to `timeoutMs`; resolves whether it came true. */
export async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/** Every process below `pid` (Linux /proc), deepest last. */
export function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited meanwhile
    }
  }
  const found: number[] = [];
  const walk = (p: number) => {
    for (const [child, parent] of parentOf) if (parent === p) (found.push(child), walk(child));
  };
  walk(pid);
  return found;
}

/** Whether a process is still there (and not a zombie waiting to be reaped). */
export function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Whether something accepts connections on 127.0.0.1:`port`. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** A port nothing listens on right now (for a server that must be told its port in advance). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs the container's health check (scripts/healthcheck.mjs) with `env`; resolves its exit code. */
export function healthcheck(env: Record<string, string>): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repo, 'scripts/healthcheck.mjs')], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'ignore' });
    child.on('exit', (code) => resolve(code));
  });
}

/** Kills whatever is left of a tree (a failed test must not leave a bot running). */
export function killAll(pids: number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** A temporary corpus of one small article; `remove()` deletes it. */
export async function tempCorpus(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'npm-process-corpus-'));
  await writeFile(
    join(dir, 'harbour.md'),
    '---\nid: harbour-reopens\ntitle: Harbour reopens\npublisher: Test Gazette\ndate: "2024-05-01"\n---\nThe harbour reopened on Monday after repairs. Mayor Ana Ruiz said the work cost four million euros.\n',
  );
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
