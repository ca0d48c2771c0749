import { setImmediate as nextTurn } from 'node:timers/promises';
import { z } from 'zod';
import { ConfigError } from '../../src/errors.js';

/** How many questions the bot takes, from one person and in all; defaults in `DEFAULT_LIMITS`. */
export interface QuestionLimits {
  /** Questions one person may ask per minute (bursts up to this many, then one every 60/n s); 0 = no limit. */
  perUserPerMinute: number;
  /** Questions the engine works on at once. */
  maxConcurrent: number;
  /** Questions waiting for the engine beyond those; any more get a "busy" reply. */
  maxQueued: number;
  /** On shutdown, how long to wait for questions in flight before stopping anyway. */
  shutdownGraceMs: number;
}

export const DEFAULT_LIMITS: QuestionLimits = {
  perUserPerMinute: 10,
  maxConcurrent: 2,
  maxQueued: 100,
  shutdownGraceMs: 10_000,
};

const count = (min: number, hint: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { error: (i) => `expected a whole number ≥ ${min} (${hint}), got ${JSON.stringify(String(i.input).slice(0, 40))}` })
    .transform(Number)
    .refine((n) => n >= min && n <= 1_000_000, { error: `must be between ${min} and 1000000 (${hint})` })
    .optional();

const LimitsEnvSchema = z.object({
  RATE_LIMIT_PER_MINUTE: count(0, 'questions per person per minute; 0 turns the limit off'),
  MAX_CONCURRENT_QUESTIONS: count(1, 'questions the engine works on at once'),
  MAX_QUEUED_QUESTIONS: count(0, 'questions waiting beyond those before the bot says it is busy'),
  SHUTDOWN_GRACE_MS: count(0, 'how long shutdown waits for questions in flight'),
});

/**
 * Reads the limits from the environment (unset or empty → default); throws a ConfigError naming
 * each bad variable.
 *
 * @example
 * limitsFromEnv({ RATE_LIMIT_PER_MINUTE: '5' }) // { perUserPerMinute: 5, maxConcurrent: 2, maxQueued: 100, shutdownGraceMs: 10000 }
 */
export function limitsFromEnv(env: Record<string, string | undefined>): QuestionLimits {
  const present = Object.fromEntries(Object.keys(LimitsEnvSchema.shape).map((k) => [k, env[k]?.trim() ? env[k] : undefined]));
  const parsed = LimitsEnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])} ${i.message}`);
    throw new ConfigError(`Question limits are invalid (see .env.example):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    perUserPerMinute: e.RATE_LIMIT_PER_MINUTE ?? DEFAULT_LIMITS.perUserPerMinute,
    maxConcurrent: e.MAX_CONCURRENT_QUESTIONS ?? DEFAULT_LIMITS.maxConcurrent,
    maxQueued: e.MAX_QUEUED_QUESTIONS ?? DEFAULT_LIMITS.maxQueued,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS ?? DEFAULT_LIMITS.shutdownGraceMs,
  };
}

/**
 * Per-person token buckets: each person may burst `perMinute` questions, then gets one more every
 * 60/perMinute seconds. Buckets that have refilled are forgotten, so memory stays bounded by the
 * number of people active in the last minute.
 *
 * @example
 * const limiter = new UserRateLimiter(10);
 * const verdict = limiter.take('slack:T1:U1'); // { allowed: true } or { allowed: false, retryAfterMs: 4200 }
 */
export class UserRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = 0;

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one question from `user`'s allowance. */
  take(user: string): { allowed: true } | { allowed: false; retryAfterMs: number } {
    if (this.perMinute <= 0) return { allowed: true };
    const now = this.now();
    const perMs = this.perMinute / 60_000;
    this.sweep(now, perMs);
    const bucket = this.buckets.get(user);
    const tokens = bucket === undefined ? this.perMinute : Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * perMs);
    if (tokens < 1) {
      this.buckets.set(user, { tokens, at: now });
      return { allowed: false, retryAfterMs: Math.ceil((1 - tokens) / perMs) };
    }
    this.buckets.set(user, { tokens: tokens - 1, at: now });
    return { allowed: true };
  }

  /** People currently tracked (for tests and the soak report). */
  get tracked(): number {
    return this.buckets.size;
  }

  private sweep(now: number, perMs: number): void {
    if (now - this.lastSweep < 10_000) return;
    this.lastSweep = now;
    for (const [user, b] of this.buckets) if (b.tokens + (now - b.at) * perMs >= this.perMinute) this.buckets.delete(user);
  }
}

/** The queue is full: the question is refused rather than left to wait past the platform's patience. */
export class BusyError extends Error {
  override name = 'BusyError';
}

/**
 * Runs engine work at most `maxConcurrent` at a time with at most `maxQueued` waiting. Each job
 * starts on a later turn of the event loop, so acknowledgements already written go out before a
 * synchronous engine call blocks the loop.
 *
 * @example
 * const work = new WorkQueue(2, 100);
 * const answer = await work.run(() => engine.ask(question)); // throws BusyError when 100 are waiting
 */
export class WorkQueue {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly maxConcurrent: number,
    readonly maxQueued: number,
  ) {}

  /** Jobs running or waiting: how many are ahead of a new one. */
  get load(): number {
    return this.active + this.waiting.length;
  }

  /** Whether a new job would be refused. */
  get full(): boolean {
    return this.active >= this.maxConcurrent && this.waiting.length >= this.maxQueued;
  }

  async run<T>(job: () => T | Promise<T>): Promise<T> {
    if (this.active >= this.maxConcurrent) {
      if (this.waiting.length >= this.maxQueued) throw new BusyError('too many questions waiting');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    try {
      await nextTurn();
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) next(); // the slot passes straight to the next job
      else this.active--;
    }
  }
}

/** Why a question was not answered, with the reply to give. */
export type Refusal = { kind: 'slow-down' | 'busy' | 'closing'; message: string };

/** What `QuestionGate.ask` came to: the work's result, or a refusal to show the person. */
export type GateOutcome<T> = { kind: 'answered'; value: T } | Refusal;

/**
 * The one door questions go through on either platform: a per-person rate limit, a bounded queue
 * in front of the engine, and, on shutdown, a closed door plus a wait for everything in flight.
 *
 * @example
 * const gate = new QuestionGate(limitsFromEnv(process.env));
 * const outcome = await gate.ask(`slack:${team}:${user}`, () => engine.ask(question));
 * if (outcome.kind !== 'answered') await reply(outcome.message);
 */
export class QuestionGate {
  readonly limiter: UserRateLimiter;
  readonly work: WorkQueue;
  private readonly inFlight = new Set<Promise<unknown>>();
  private closing = false;

  constructor(
    readonly limits: QuestionLimits = DEFAULT_LIMITS,
    now: () => number = Date.now,
  ) {
    this.limiter = new UserRateLimiter(limits.perUserPerMinute, now);
    this.work = new WorkQueue(limits.maxConcurrent, limits.maxQueued);
  }

  /** True once `close()` was called: new questions are refused. */
  get closed(): boolean {
    return this.closing;
  }

  /** Handlers still running (tracked with `track`). */
  get pending(): number {
    return this.inFlight.size;
  }

  /**
   * Whether a question from `user` may go to the engine now; counts it against their allowance.
   * Undefined means yes; otherwise the refusal to show them.
   */
  admit(user: string): Refusal | undefined {
    if (this.closing) return { kind: 'closing', message: CLOSING_MESSAGE };
    if (this.work.full) return { kind: 'busy', message: BUSY_MESSAGE };
    const verdict = this.limiter.take(user);
    if (!verdict.allowed) return { kind: 'slow-down', message: slowDownMessage(this.limits.perUserPerMinute, verdict.retryAfterMs) };
    return undefined;
  }

  /** Runs admitted `work` in the engine queue; "busy" if the queue filled up meanwhile. */
  async run<T>(work: () => T | Promise<T>): Promise<GateOutcome<T>> {
    try {
      return { kind: 'answered', value: await this.work.run(work) };
    } catch (error) {
      if (error instanceof BusyError) return { kind: 'busy', message: BUSY_MESSAGE };
      throw error;
    }
  }

  /** `admit`, then `run`: the answer, or why there is none. */
  async ask<T>(user: string, work: () => T | Promise<T>): Promise<GateOutcome<T>> {
    return this.admit(user) ?? this.run(work);
  }

  /** Keeps count of a handler in flight, so `close()` can wait for it. */
  track<T>(handler: Promise<T>): Promise<T> {
    this.inFlight.add(handler);
    const done = () => void this.inFlight.delete(handler);
    handler.then(done, done);
    return handler;
  }

  /**
   * Stops taking questions (they get a polite "restarting" reply) and resolves once every tracked
   * handler has finished, or after `graceMs`; says how many were still running.
   */
  async close(graceMs: number = this.limits.shutdownGraceMs): Promise<{ unfinished: number }> {
    this.closing = true;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)));
    // Handlers tracked while waiting (a reply to a refused question) are waited for too.
    while (this.inFlight.size > 0) {
      const settled = Promise.allSettled([...this.inFlight]).then(() => 'done' as const);
      if ((await Promise.race([settled, deadline])) === 'timeout') break;
    }
    clearTimeout(timer);
    return { unfinished: this.inFlight.size };
  }
}

export const BUSY_MESSAGE = "I'm answering a lot of questions right now. Please ask again in a minute.";
export const CLOSING_MESSAGE = "I'm restarting and can't take new questions for a moment. Please ask again in a minute.";

/**
 * The friendly "slow down" reply.
 *
 * @example
 * slowDownMessage(10, 4200) // 'You are asking faster than I can keep up with (10 questions a minute each). Please try again in 5 seconds.'
 */
export function slowDownMessage(perMinute: number, retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You are asking faster than I can keep up with (${perMinute} question${perMinute === 1 ? '' : 's'} a minute each). Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
}
