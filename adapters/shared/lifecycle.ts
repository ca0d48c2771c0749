import { describeError, type Log } from './log.js';
import type { QuestionGate } from './ratelimit.js';

/** What a front end stops, in order, on shutdown. */
export interface ShutdownSteps {
  gate: QuestionGate;
  /** Disconnects from the platform (closes the HTTP server, the socket, the gateway). */
  stopTransport: () => Promise<unknown>;
  feedback: { flush(): Promise<void> };
  /** The engine; `close()` stops its corpus watcher when it has one. */
  engine?: { close?: () => Promise<void> };
  log: Pick<Log, 'info' | 'warn' | 'error'>;
}

/**
 * Stops a front end gracefully: refuse new questions, wait (up to the gate's grace period) for
 * those in flight to be answered, disconnect, write out pending feedback, close the engine.
 * Each step runs even if an earlier one failed; resolves false if any failed.
 *
 * @example
 * const clean = await shutdown({ gate, stopTransport: () => app.stop(), feedback, engine, log: console });
 */
export async function shutdown(steps: ShutdownSteps): Promise<boolean> {
  const { gate, log } = steps;
  let clean = true;
  const step = async (name: string, run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (error) {
      clean = false;
      log.error(`shutdown: ${name} failed: ${describeError(error)}`);
    }
  };
  await step('waiting for questions in flight', async () => {
    const { unfinished } = await gate.close();
    if (unfinished > 0) {
      clean = false;
      log.warn(`shutdown: ${unfinished} question(s) still in flight after ${gate.limits.shutdownGraceMs} ms; stopping anyway`);
    }
  });
  await step('disconnecting', steps.stopTransport);
  await step('writing the feedback log', () => steps.feedback.flush());
  await step('closing the engine', async () => steps.engine?.close?.());
  return clean;
}

/** Options for {@link installProcessHandlers}. */
export interface ProcessHandlerOptions {
  log: Pick<Log, 'info' | 'error'>;
  /** Runs once, on the first SIGTERM / SIGINT (or an uncaught exception); resolves true if clean. */
  onShutdown: (reason: string) => Promise<boolean>;
  /** If shutdown takes longer than this, exit anyway. Default 30 s. */
  forceExitAfterMs?: number;
  /** For tests: the process to listen on and how to exit. */
  proc?: NodeJS.EventEmitter;
  exit?: (code: number) => void;
}

/**
 * Makes the process hard to kill by accident and easy to stop on purpose:
 * - an unhandled promise rejection is logged and the bot keeps running;
 * - an uncaught exception is logged and the bot shuts down gracefully with exit code 1 (state may be
 *   corrupt; a supervisor restarts it);
 * - SIGTERM / SIGINT shut down gracefully (exit 0); a second signal exits at once.
 * Returns a function that removes the handlers.
 *
 * @example
 * installProcessHandlers({ log: console, onShutdown: () => shutdown({ gate, stopTransport, feedback, engine, log: console }) });
 */
export function installProcessHandlers(options: ProcessHandlerOptions): () => void {
  const { log, onShutdown, forceExitAfterMs = 30_000 } = options;
  const proc = options.proc ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;

  const stop = (reason: string, failed: boolean) => {
    if (stopping) {
      log.error(`${reason} during shutdown: exiting now`);
      exit(1);
      return;
    }
    stopping = true;
    log.info(`${reason}: shutting down (finishing questions in flight)`);
    const force = setTimeout(() => {
      log.error(`shutdown took longer than ${forceExitAfterMs} ms: exiting`);
      exit(1);
    }, forceExitAfterMs);
    force.unref();
    onShutdown(reason).then(
      (clean) => {
        clearTimeout(force);
        exit(failed || !clean ? 1 : 0);
      },
      (error: unknown) => {
        clearTimeout(force);
        log.error(`shutdown failed: ${describeError(error)}`);
        exit(1);
      },
    );
  };

  const handlers: Record<string, (...args: any[]) => void> = {
    unhandledRejection: (reason: unknown) => log.error(`unhandled promise rejection (still running): ${describeError(reason)}`),
    uncaughtException: (error: unknown) => {
      log.error(`uncaught exception: ${describeError(error)}`);
      stop('uncaught exception', true);
    },
    SIGTERM: () => stop('SIGTERM', false),
    SIGINT: () => stop('SIGINT', false),
  };
  for (const [event, handler] of Object.entries(handlers)) proc.on(event, handler);
  return () => {
    for (const [event, handler] of Object.entries(handlers)) proc.off(event, handler);
  };
}
