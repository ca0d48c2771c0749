import { describe, expect, it } from 'vitest';
import { loadCorpus, parseMarkdown } from '../src/ingest.js';
import { CORPUS, tempCorpus } from './helpers.js';

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

  it('reports a duplicate id and keeps the first article', async () => {
    const dir = await tempCorpus({
      'a.md': '---\nid: same\ntitle: A\n---\nFirst.',
      'b.md': '---\nid: same\ntitle: B\n---\nSecond.',
    });
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((a) => a.title)).toEqual(['A']);
    expect(problems[0]?.message).toMatch(/duplicate id "same"/);
  });

  it('reads JSONL articles and reports bad lines by file and line', async () => {
    const dir = await tempCorpus({
      'feed.jsonl': '{"id":"j1","title":"J1","body":"The river flooded."}\nnot json\n{"id":"j3","title":"J3"}\n',
    });
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(['j1']);
    expect(problems.map((p) => p.file.split('/').pop())).toEqual(['feed.jsonl:2', 'feed.jsonl:3']);
    expect(problems[1]?.message).toMatch(/body/);
  });
});

describe('parseMarkdown', () => {
  it('keeps the body verbatim after the front matter', () => {
    const a = parseMarkdown('x.md', '---\nid: x\ntitle: X\nurl: https://example.com/x\n---\nLine one.\n\nLine  two.\n');
    expect(a.body).toBe('Line one.\n\nLine  two.\n');
    expect(a.url).toBe('https://example.com/x');
  });
});
