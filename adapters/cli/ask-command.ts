// The `ask` command itself, shared by `npm run ask` (adapters/cli/ask.ts) and the start-up image
// (adapters/cli/ask-image.ts), which differ only in how they get an engine.
import { Command, InvalidArgumentError } from 'commander';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { createEngine, type Answer, type Engine, type EngineOptions } from '../../src/engine.js';
import { MAX_QUESTION_LENGTH } from '../../src/question.js';
import { ANSWER_STAGES } from '../../src/engine.js';

export const OptionsSchema = z.object({
  json: z.boolean().default(false),
  corpus: z.string().min(1),
  jsonl: z
    .array(
      z.string().min(1).refine((f) => existsSync(f), {
        error: (i) => `no such file ${JSON.stringify(i.input)} (a question goes before --jsonl, or after --: ask "Who …?" --jsonl a.jsonl b.jsonl)`,
      }),
    )
    .default([]),
  snapshot: z.string().min(1),
  verbose: z.boolean().default(false),
  image: z.boolean().default(true),
  stage: z.enum(ANSWER_STAGES, { error: `expected ${ANSWER_STAGES.join(', ')}` }).default(ANSWER_STAGES[0]),
});

/** Renders an answer for a terminal: the short answer, then numbered quotes with their articles. */
export function formatAnswer(a: Answer): string {
  const lines: string[] = [];
  if (a.error) return `Sorry: ${a.error}`;
  if (a.answered) {
    lines.push(`Answer: ${a.answer}   (confidence ${Math.round(a.confidence * 100)}%)`, '');
    a.citations.forEach((c, i) => {
      const meta = [c.publisher, c.date].filter(Boolean).join(', ');
      lines.push(`[${i + 1}] “${c.quote}”`, `    — ${c.title}${meta ? ` (${meta})` : ''} [${c.document}, chars ${c.start}–${c.end}]`);
    });
  } else {
    lines.push(`The sources don't say. ${a.reason ?? ''}`.trim());
    if (a.related?.length) {
      lines.push('', 'Closest passages:');
      a.related.forEach((c, i) => lines.push(`[${i + 1}] “${c.quote}”`, `    — ${c.title} [${c.document}]`));
    }
  }
  return lines.join('\n');
}

export type AskOptions = z.infer<typeof OptionsSchema>;

/** How the command gets its engine: by default createEngine (from the snapshot when it matches). */
export type StartEngine = (opts: AskOptions, engineOptions: EngineOptions) => Promise<Engine>;

export const startFromCorpus: StartEngine = (opts, engineOptions) => createEngine(opts.corpus, engineOptions);

/** Runs `ask` with Node-style argv ([node, script, ...arguments]). */
export async function runAsk(argv: string[], start: StartEngine = startFromCorpus): Promise<void> {
  const program = new Command()
    .name('ask')
    .description('Answer a question from the news corpus, with verbatim quotes.')
    .argument('[question...]', `the question (at most ${MAX_QUESTION_LENGTH} characters)`)
    .option('--json', 'print JSON; without a question, read questions from stdin, one per line')
    .option('--corpus <dir>', 'folder of articles', 'corpus')
    .option('--jsonl <files...>', 'also load articles from JSONL files (several after one --jsonl, or --jsonl repeated)', (v: string, prev: string[] = []) => {
      if (!v.trim()) throw new InvalidArgumentError('give a file path');
      return [...prev, v];
    })
    .option('--snapshot <file>', 'index snapshot to start from when it matches the corpus (npm run index writes it)', '.cache/index.snapshot.json')
    .option('--verbose', 'say how the index was loaded')
    .option('--stage <name>', 'answer stage: checked (the rules\' answer when the learned ranker agrees), rules, learned (fewest wrong answers) or combined; see docs/evaluation.md', ANSWER_STAGES[0])
    // read by scripts/run.mjs, which starts from the image unless told not to; here only so it is known
    .option('--no-image', 'answer without the start-up image that `npm run index` builds')
    .showHelpAfterError();

  program.parse(argv);
  const parsed = OptionsSchema.safeParse(program.opts());
  if (!parsed.success) {
    program.error(`error: ${parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; ')}`);
  }
  const opts = parsed.data!;
  const question = (program.args as string[]).join(' ');

  const engine = await start(opts, {
    jsonl: opts.jsonl,
    snapshot: existsSync(opts.snapshot) ? opts.snapshot : undefined,
    warn: (m) => console.error(m),
    log: opts.verbose ? (m) => console.error(m) : () => {},
  });
  if (engine.sources().length === 0) {
    console.error(`No articles could be loaded from ${opts.corpus}.`);
    process.exit(2);
  }

  if (program.args.length > 0 || !opts.json) {
    const a = engine.ask(question, { scorer: opts.stage });
    if (opts.json) console.log(JSON.stringify(a));
    else console.log(formatAnswer(a));
    process.exitCode = a.error ? 1 : 0;
  } else {
    // Batch: one JSON line per input line, in order; a bad line gets an `error`, the rest answer.
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) console.log(JSON.stringify(engine.ask(line, { scorer: opts.stage })));
  }
}
