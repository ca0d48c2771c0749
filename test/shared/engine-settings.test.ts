// The engine settings the bots read from the environment (adapters/shared/engine.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { engineSettingsFromEnv, startBotEngine } from '../../adapters/shared/engine.js';
import type { Engine } from '../../src/engine.js';
import { CORPUS } from '../helpers.js';

describe('ANSWER_STAGE', () => {
  let engine: Engine | undefined;
  afterEach(async () => {
    await engine?.close();
    engine = undefined;
  });

  it('defaults to the checked stage and accepts rules, learned and combined', () => {
    expect(engineSettingsFromEnv({}).ANSWER_STAGE).toBe('checked');
    expect(engineSettingsFromEnv({ ANSWER_STAGE: 'RULES' }).ANSWER_STAGE).toBe('rules');
    expect(engineSettingsFromEnv({ ANSWER_STAGE: 'learned' }).ANSWER_STAGE).toBe('learned');
    expect(engineSettingsFromEnv({ ANSWER_STAGE: ' combined ' }).ANSWER_STAGE).toBe('combined');
  });

  it('refuses any other stage, naming the variable and the choices', () => {
    expect(() => engineSettingsFromEnv({ ANSWER_STAGE: 'fast' })).toThrow(/ANSWER_STAGE: expected "checked", "rules", "learned", "combined"/);
  });

  it('makes the bot engine answer with the stage chosen', async () => {
    const env = { INDEX_SNAPSHOT: '/nonexistent/snapshot.json', CORPUS_WATCH: 'false' };
    const q = 'What kind of company is Emennet Pasargad?';
    engine = await startBotEngine(CORPUS, env, () => {}, () => {});
    const byDefault = engine.ask(q);
    await engine.close();
    engine = await startBotEngine(CORPUS, { ...env, ANSWER_STAGE: 'rules' }, () => {}, () => {});
    const byRules = engine.ask(q);
    // the rules stage answers; the default (checked) stage abstains, as the learned ranker picks another candidate
    expect(byDefault.answered).toBe(false);
    expect(byRules.answer).toMatch(/company$/);
  });
});
