import { it, expect } from 'vitest';
import { withEngineOver } from './helpers.js';
it('x', async () => {
  await withEngineOver('fraction-apart2', 'Politics', ['Where a plea of guilty was made, the maximum reduction for murderers would be one sixth, and should never exceed five years, it said.'], (small) => {
    for (const sc of ['rules', 'checked', 'learned']) console.log(sc, small.ask('What will the maximum reduction for murderers be?', { scorer: sc as never }).answer, small.ask('How much will sentences be cut?', { scorer: sc as never }).answer);
  });
});
