#!/usr/bin/env tsx
// `npm run ask -- "question"`: a readable answer with numbered quotes; `--json` for one JSON
// object; `--json` without a question answers stdin, one question a line, one JSON line each.
import { runAsk } from './ask-command.js';

await runAsk(process.argv);
