import { describe, expect, it } from 'vitest';
import {
  BUSY_MESSAGE,
  BusyError,
  CLOSING_MESSAGE,
  DEFAULT_LIMITS,
  QuestionGate,
  UserRateLimiter,
  WorkQueue,
  limitsFromEnv,
} from '../../adapters/shared/ratelimit.js';

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

/** A promise the test settles by hand. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('UserRateLimiter', () => {
  it('lets a person ask their allowance at once, then one more each 60/n seconds', () => {
    const time = clock();
    const limiter = new UserRateLimiter(3, time.now);
    expect([1, 2, 3].map(() => limiter.take('u1').allowed)).toEqual([true, true, true]);
    const refused = limiter.take('u1');
    expect(refused).toEqual({ allowed: false, retryAfterMs: 20_000 });
    time.advance(19_000);
    expect(limiter.take('u1').allowed).toBe(false);
    time.advance(1_000);
    expect(limiter.take('u1').allowed).toBe(true);
    expect(limiter.take('u1').allowed).toBe(false);
  });

  it('counts each person separately', () => {
    const limiter = new UserRateLimiter(1, clock().now);
    expect(limiter.take('u1').allowed).toBe(true);
    expect(limiter.take('u1').allowed).toBe(false);
    expect(limiter.take('u2').allowed).toBe(true);
  });

  it('does not limit anyone when the limit is 0', () => {
    const limiter = new UserRateLimiter(0, clock().now);
    for (let i = 0; i < 1000; i++) expect(limiter.take('u1').allowed).toBe(true);
    expect(limiter.tracked).toBe(0);
  });

  it('forgets people whose allowance has refilled, so memory stays bounded', () => {
    const time = clock();
    const limiter = new UserRateLimiter(5, time.now);
    for (let i = 0; i < 5000; i++) limiter.take(`user-${i}`);
    expect(limiter.tracked).toBe(5000);
    time.advance(61_000);
    limiter.take('late');
    expect(limiter.tracked).toBe(1);
  });
});

describe('WorkQueue', () => {
  it('runs at most maxConcurrent jobs at once, in arrival order', async () => {
    const queue = new WorkQueue(2, 10);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const gates = Array.from({ length: 6 }, () => deferred());
    const jobs = gates.map((gate, i) =>
      queue.run(async () => {
        running++;
        most = Math.max(most, running);
        order.push(i);
        await gate.promise;
        running--;
        return i;
      }),
    );
    for (let turn = 0; turn < 5; turn++) await new Promise((r) => setImmediate(r));
    expect({ running, order, load: queue.load }).toEqual({ running: 2, order: [0, 1], load: 6 });
    for (const gate of gates) gate.resolve();
    expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(queue.load).toBe(0);
  });

  it('refuses a job with BusyError when maxQueued are already waiting', async () => {
    const queue = new WorkQueue(1, 1);
    const hold = deferred();
    const first = queue.run(() => hold.promise);
    const second = queue.run(() => 'second');
    expect(queue.full).toBe(true);
    await expect(queue.run(() => 'third')).rejects.toBeInstanceOf(BusyError);
    hold.resolve();
    await first;
    expect(await second).toBe('second');
    expect(await queue.run(() => 'after')).toBe('after');
  });

  it('starts even a synchronous job on a later turn of the event loop', async () => {
    const queue = new WorkQueue(1, 0);
    let ran = false;
    const done = queue.run(() => (ran = true));
    expect(ran).toBe(false);
    await done;
    expect(ran).toBe(true);
  });

  it('frees the slot when a job throws', async () => {
    const queue = new WorkQueue(1, 0);
    await expect(queue.run(() => { throw new Error('engine bug'); })).rejects.toThrow('engine bug');
    expect(await queue.run(() => 'next')).toBe('next');
  });
});

describe('QuestionGate', () => {
  it('answers until the person asks too fast, then says when to try again', async () => {
    const gate = new QuestionGate({ ...DEFAULT_LIMITS, perUserPerMinute: 2 }, clock().now);
    expect(await gate.ask('u1', () => 'a')).toEqual({ kind: 'answered', value: 'a' });
    expect(await gate.ask('u1', () => 'b')).toEqual({ kind: 'answered', value: 'b' });
    const refused = await gate.ask('u1', () => 'c');
    expect(refused).toEqual({
      kind: 'slow-down',
      message: 'You are asking faster than I can keep up with (2 questions a minute each). Please try again in 30 seconds.',
    });
  });

  it('says it is busy when the engine queue is full, without using up the allowance', async () => {
    const gate = new QuestionGate({ ...DEFAULT_LIMITS, perUserPerMinute: 1, maxConcurrent: 1, maxQueued: 0 });
    const hold = deferred();
    const first = gate.ask('u1', () => hold.promise);
    expect(gate.admit('u2')).toEqual({ kind: 'busy', message: BUSY_MESSAGE });
    hold.resolve();
    await first;
    expect(await gate.ask('u2', () => 'ok')).toEqual({ kind: 'answered', value: 'ok' });
  });

  it('on close, refuses new questions and waits for the handlers in flight', async () => {
    const gate = new QuestionGate();
    const hold = deferred();
    let finished = false;
    void gate.track(hold.promise.then(() => (finished = true)));
    const closed = gate.close(30_000);
    expect(await gate.ask('u1', () => 'late')).toEqual({ kind: 'closing', message: CLOSING_MESSAGE });
    hold.resolve();
    expect(await closed).toEqual({ unfinished: 0 });
    expect(finished).toBe(true);
  });

  it('stops waiting after the grace period and says how many were left', async () => {
    const gate = new QuestionGate();
    void gate.track(new Promise(() => {}));
    expect(await gate.close(50)).toEqual({ unfinished: 1 });
  });
});

describe('limitsFromEnv', () => {
  it('uses the defaults when nothing (or an empty value) is set', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(limitsFromEnv({ RATE_LIMIT_PER_MINUTE: '', MAX_QUEUED_QUESTIONS: ' ' })).toEqual(DEFAULT_LIMITS);
  });

  it('reads each variable', () => {
    expect(limitsFromEnv({ RATE_LIMIT_PER_MINUTE: '0', MAX_CONCURRENT_QUESTIONS: '4', MAX_QUEUED_QUESTIONS: '7', SHUTDOWN_GRACE_MS: '2500' })).toEqual({
      perUserPerMinute: 0,
      maxConcurrent: 4,
      maxQueued: 7,
      shutdownGraceMs: 2500,
    });
  });

  it('names every bad variable and what it expected', () => {
    expect(() => limitsFromEnv({ RATE_LIMIT_PER_MINUTE: 'lots', MAX_CONCURRENT_QUESTIONS: '0' })).toThrow(
      /RATE_LIMIT_PER_MINUTE expected a whole number ≥ 0 .*got "lots"[\s\S]*MAX_CONCURRENT_QUESTIONS must be between 1 and/,
    );
  });
});
