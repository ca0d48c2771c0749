import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine.js';
import { loadCorpus, parseMarkdown } from '../src/ingest.js';
import { CORPUS, tempCorpus } from './helpers.js';

const temp: string[] = [];
afterEach(async () => {
  await Promise.all(temp.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A folder holding `corpus/` (one article) and, beside it, a `.env` with a fake token. */
async function corpusBesideSecrets(): Promise<{ root: string; corpus: string }> {
  const root = await mkdtemp(join(tmpdir(), 'corpus-links-'));
  temp.push(root);
  const corpus = join(root, 'corpus');
  await mkdir(corpus);
  await writeFile(join(corpus, 'a.md'), '---\nid: a\ntitle: Harbour\n---\nThe harbour was rebuilt by Ana Silva.');
  await writeFile(join(root, '.env'), 'SLACK_BOT_TOKEN=xoxb-0000-fake-token\nThe token is xoxb-0000-fake-token.\n');
  await mkdir(join(root, 'elsewhere'));
  await writeFile(join(root, 'elsewhere', 'story.md'), '---\nid: elsewhere\ntitle: Elsewhere\n---\nThe museum was opened by Lee Park.');
  return { root, corpus };
}

describe('loadCorpus', () => {
  it('loads the three built-in articles with their front matter', async () => {
    const { articles, problems } = await loadCorpus(CORPUS);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(3);
    expect(articles.every((a) => a.id && a.title && a.body.length > 1000)).toBe(true);
    expect(articles.find((a) => a.id.startsWith('dailymail'))?.publisher).toMatch(/Daily Mail/);
  });

  it('names the file and the problem for each malformed article while the rest load', async () => {
    const dir = await tempCorpus({
      'good.md': '---\nid: good\ntitle: Good\n---\nThe mayor of Springfield is Joe Quimby.',
      'no-front-matter.md': 'Just text, no front matter.',
      'bad-yaml.md': '---\nid: [unclosed\ntitle: x\n---\nBody.',
      'no-title.md': '---\nid: t\n---\nBody.',
      'binary.txt': Buffer.from([0x00, 0x01, 0x02, 0x41, 0x42]),
      'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73]),
      'empty.md': '---\nid: e\ntitle: E\n---\n   \n',
      'plain.txt': 'Harbour reopens\n\nThe harbour reopened on Monday after repairs.',
      'script-url.md': '---\nid: s\ntitle: S\nurl: "javascript:alert(1)"\n---\nBody.',
    });
    temp.push(dir);
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((a) => a.id).sort()).toEqual(['good', 'plain', 's']);
    expect(articles.find((a) => a.id === 's')?.url).toBeUndefined(); // a javascript: URL is dropped, the article kept
    const byFile = Object.fromEntries(problems.map((p) => [p.file.split('/').pop(), p.message]));
    expect(byFile['no-front-matter.md']).toMatch(/front matter/);
    expect(byFile['bad-yaml.md']).toMatch(/not valid YAML/);
    expect(byFile['no-title.md']).toMatch(/title/);
    expect(byFile['binary.txt']).toMatch(/UTF-8|control/);
    expect(byFile['latin1.txt']).toMatch(/UTF-8/);
    expect(byFile['empty.md']).toMatch(/no article text/);
  });

  it('reports a duplicate id and keeps the first article in name order, naming both files', async () => {
    const dir = await tempCorpus({
      'b.md': '---\nid: same\ntitle: B\n---\nSecond.',
      'a.md': '---\nid: same\ntitle: A\n---\nFirst.',
      'c.jsonl': '{"id":"same","title":"C","body":"Third."}\n',
    });
    temp.push(dir);
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((a) => a.title)).toEqual(['A']);
    expect(problems.map((p) => [p.file.split('/').pop(), p.message])).toEqual([
      ['b.md', `id "same" is already used by ${join(dir, 'a.md')}; skipped (give this article another id)`],
      ['c.jsonl:1', `id "same" is already used by ${join(dir, 'a.md')}; skipped (give this article another id)`],
    ]);
  });

  it('reads JSONL articles and reports bad lines by file and line', async () => {
    const dir = await tempCorpus({
      'feed.jsonl': '{"id":"j1","title":"J1","body":"The river flooded."}\nnot json\n{"id":"j3","title":"J3"}\n',
    });
    temp.push(dir);
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(['j1']);
    expect(problems.map((p) => p.file.split('/').pop())).toEqual(['feed.jsonl:2', 'feed.jsonl:3']);
    expect(problems[1]?.message).toMatch(/body/);
  });
});

describe('links and hidden files in the corpus folder', () => {
  it('refuses a symlink to a file outside the folder, naming the link, and never quotes what it points at', async () => {
    const { root, corpus } = await corpusBesideSecrets();
    await symlink(join(root, '.env'), join(corpus, 'notes.txt'));
    await symlink(join(root, 'elsewhere', 'story.md'), join(corpus, 'story.md'));
    await symlink(join(root, 'elsewhere'), join(corpus, 'more.md')); // a folder link with an article's name
    const { articles, problems } = await loadCorpus(corpus);
    expect(articles.map((a) => a.id)).toEqual(['a']);
    expect(JSON.stringify(articles)).not.toContain('xoxb');
    const byFile = Object.fromEntries(problems.map((p) => [p.file.split('/').pop(), p.message]));
    expect(byFile['notes.txt']).toMatch(/symbolic link .*outside the corpus folder/);
    expect(byFile['story.md']).toMatch(/symbolic link .*outside the corpus folder/);
    expect(byFile['more.md']).toMatch(/symbolic link .*outside the corpus folder/);

    const engine = await createEngine(corpus, { warn: () => {}, log: () => {} });
    const answer = engine.ask('What is the SLACK_BOT_TOKEN?');
    await engine.close();
    expect(JSON.stringify(answer)).not.toContain('xoxb');
    expect(engine.problems().map((p) => p.file.split('/').pop()).sort()).toEqual(['more.md', 'notes.txt', 'story.md']);
  });

  it('loads a symlink that stays inside the folder under the link\'s own name, but not one to a hidden file', async () => {
    const { corpus } = await corpusBesideSecrets();
    await mkdir(join(corpus, 'archive'));
    await writeFile(join(corpus, 'archive', 'bridge.txt'), 'Bridge\n\nThe bridge was designed by Tomas Berg.');
    await symlink(join('archive', 'bridge.txt'), join(corpus, 'bridge.txt')); // relative, as ln -s makes it
    await writeFile(join(corpus, '.env'), 'SLACK_BOT_TOKEN=xoxb-0000-fake-token');
    await symlink('.env', join(corpus, 'env.txt')); // inside, but to a hidden file
    const { articles, problems } = await loadCorpus(corpus);
    expect(problems.map((p) => [p.file.split('/').pop(), p.message])).toEqual([['env.txt', expect.stringMatching(/hidden file/)]]);
    expect(articles.map((a) => [a.id, a.origin.split('/').pop()])).toEqual([['a', 'a.md'], ['bridge', 'bridge.txt']]);
  });

  it('never loads hidden files (.env, .DS_Store, .draft.md) as articles', async () => {
    const dir = await tempCorpus({
      'a.md': '---\nid: a\ntitle: A\n---\nThe harbour was rebuilt by Ana Silva.',
      '.env': 'SLACK_BOT_TOKEN=xoxb-0000-fake-token',
      '.DS_Store': Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]),
      '.draft.md': '---\nid: draft\ntitle: Draft\n---\nNot ready.',
      '.notes.txt': 'Private notes.',
    });
    temp.push(dir);
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(['a']);
    expect(problems).toEqual([]);
  });
});

describe('parseMarkdown', () => {
  it('keeps the body verbatim after the front matter', () => {
    const a = parseMarkdown('x.md', '---\nid: x\ntitle: X\nurl: https://example.com/x\n---\nLine one.\n\nLine  two.\n');
    expect(a.body).toBe('Line one.\n\nLine  two.\n');
    expect(a.url).toBe('https://example.com/x');
  });
});
