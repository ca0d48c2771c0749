import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { installProcessHandlers, shutdown } from '../../adapters/shared/lifecycle.js';
import { QuestionGate } from '../../adapters/shared/ratelimit.js';

const silent = { info: () => {}, warn: () => {}, error: () => {} };

describe('shutdown', () => {
  it('waits for questions in flight, then disconnects, flushes feedback and closes the engine, in that order', async () => {
    const steps: string[] = [];
    const gate = new QuestionGate();
    void gate.track(new Promise((r) => setTimeout(r, 50)).then(() => steps.push('question answered')));
    const clean = await shutdown({
      gate,
      stopTransport: async () => void steps.push('disconnected'),
      feedback: { flush: async () => void steps.push('feedback flushed') },
      engine: { close: async () => void steps.push('engine closed') },
      log: silent,
    });
    expect(clean).toBe(true);
    expect(steps).toEqual(['question answered', 'disconnected', 'feedback flushed', 'engine closed']);
    expect(gate.closed).toBe(true);
  });

  it('runs every step even when one fails, and reports it was not clean', async () => {
    const steps: string[] = [];
    const errors: string[] = [];
    const clean = await shutdown({
      gate: new QuestionGate(),
      stopTransport: async () => { throw new Error('socket already closed'); },
      feedback: { flush: async () => void steps.push('feedback flushed') },
      engine: {}, // an engine without close() (before live reload existed)
      log: { ...silent, error: (m: string) => void errors.push(m) },
    });
    expect(clean).toBe(false);
    expect(steps).toEqual(['feedback flushed']);
    expect(errors).toEqual([expect.stringMatching(/disconnecting failed: Error: socket already closed/)]);
  });
});

describe('installProcessHandlers', () => {
  function fakeProcess() {
    const proc = new EventEmitter();
    const exits: number[] = [];
    const lines: string[] = [];
    const log = { info: (m: string) => void lines.push(m), error: (m: string) => void lines.push(m) };
    return { proc, exits, lines, log, exit: (code: number) => void exits.push(code) };
  }

  it('logs an unhandled rejection and keeps running', () => {
    const p = fakeProcess();
    let shutdowns = 0;
    const remove = installProcessHandlers({ ...p, onShutdown: async () => (shutdowns++, true) });
    p.proc.emit('unhandledRejection', new Error('lost promise'), Promise.resolve());
    expect(p.lines).toEqual([expect.stringMatching(/unhandled promise rejection \(still running\): Error: lost promise/)]);
    expect(p.exits).toEqual([]);
    expect(shutdowns).toBe(0);
    remove();
    expect(p.proc.listenerCount('unhandledRejection')).toBe(0);
  });

  it('shuts down once on SIGTERM and exits 0; a second signal exits 1 at once', async () => {
    const p = fakeProcess();
    let release!: () => void;
    const reasons: string[] = [];
    installProcessHandlers({ ...p, onShutdown: (reason) => (reasons.push(reason), new Promise<boolean>((r) => (release = () => r(true)))) });
    p.proc.emit('SIGTERM');
    p.proc.emit('SIGINT');
    expect(reasons).toEqual(['SIGTERM']);
    expect(p.exits).toEqual([1]);
    release();
    await new Promise((r) => setImmediate(r));
    expect(p.exits).toEqual([1, 0]);
  });

  it('shuts down gracefully with exit code 1 after an uncaught exception', async () => {
    const p = fakeProcess();
    installProcessHandlers({ ...p, onShutdown: async () => true });
    p.proc.emit('uncaughtException', new Error('bug'));
    await new Promise((r) => setImmediate(r));
    expect(p.exits).toEqual([1]);
    expect(p.lines[0]).toMatch(/uncaught exception: Error: bug/);
  });

  it('keeps a real process alive through an unhandled rejection, logs it without the token, and stops on SIGTERM', async () => {
    const repo = fileURLToPath(new URL('../..', import.meta.url));
    const child = spawn(join(repo, 'node_modules', '.bin', 'tsx'), [join(repo, 'test/shared/fixtures/unhandled-rejection.ts')], {
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += String(c)));
    child.stderr.on('data', (c) => (output += String(c)));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      for (let waited = 0; !output.includes('still running'); waited += 50) {
        if (child.exitCode !== null || waited > 60_000) throw new Error(`fixture exited or stalled:\n${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exit).toBe(0);
    expect(output).toMatch(/unhandled promise rejection \(still running\): Error: nobody awaited this/);
    expect(output).toContain('shutdown hook ran for SIGTERM');
    expect(output).not.toContain('xoxb-111-222-secret');
  }, 90_000);
});
