// The commands that run as bundles: npm script name → source entry point; the bundle is
// dist/<name>.mjs. Shared by scripts/build.mjs (which bundles them) and scripts/run.mjs (which
// runs one, without loading esbuild unless a rebuild is due).
export const ENTRIES = {
  ask: 'adapters/cli/ask.ts',
  eval: 'adapters/cli/eval.ts',
  index: 'adapters/cli/index-corpus.ts',
  slack: 'adapters/slack/main.ts',
  discord: 'adapters/discord/main.ts',
  'discord-register': 'adapters/discord/register.ts',
  bench: 'scripts/bench.ts',
  'cold-start': 'scripts/cold-start.ts',
};

/** Folders whose files the bundles are built from: a newer file there means a rebuild. */
export const SOURCES = ['src', 'adapters', 'scripts'];
