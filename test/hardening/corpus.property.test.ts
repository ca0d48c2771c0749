// Whatever lands in the corpus folder, every bad file is reported by name and the good ones load.
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { loadCorpus, type CorpusProblem } from '../../src/ingest.js';

const GOOD = '---\nid: good\ntitle: Harbour reopens\n---\nHarbour master Fiona MacLeod said 40 fishing boats had returned.\n';

/** A file that must not load: its content, and what its problem should say. */
interface BadFile {
  content: Buffer;
  expect: RegExp;
}

const MARKDOWN = ['.md', '.markdown', '.MD'];
const ANY_ARTICLE = [...MARKDOWN, '.txt'];

const bytes = (s: string, encoding: BufferEncoding = 'utf8') => Buffer.from(s, encoding);
// Letters Latin-1 can encode (its bytes for them are never valid UTF-8 on their own).
const nonAscii = fc.string({ unit: fc.constantFrom('é', 'ß', 'ü', 'ñ', 'ø', 'ç', 'à', 'Å'), minLength: 1, maxLength: 20 });

/** Broken front matter of many kinds, each with the problem it should produce. */
const brokenFrontMatter: fc.Arbitrary<BadFile> = fc.oneof(
  fc.string({ maxLength: 200 }).map((text) => ({ content: bytes(`${text.replace(/^---/, '')}\nno front matter`), expect: /front matter/ })),
  fc.string({ maxLength: 80 }).map((t) => ({ content: bytes(`---\nid: x\ntitle: ${JSON.stringify(t)}\nBody without a closing fence.`), expect: /front matter/ })),
  fc.constantFrom('[unclosed', '{a: 1', '"open', '- a\n b: : c', '\tid: tab', 'id: x\nid: y').map((y) => ({ content: bytes(`---\n${y}\n---\nBody.`), expect: /front matter/ })),
  fc.constantFrom('- a\n- b', '42', '"just a string"', 'null', '~').map((y) => ({ content: bytes(`---\n${y}\n---\nBody.`), expect: /front matter/ })),
  fc.record({ id: fc.option(fc.string({ maxLength: 30 })), title: fc.option(fc.string({ maxLength: 30 })) })
    .filter((r) => r.id === null || r.title === null)
    .map((r) => ({
      content: bytes(`---\n${r.id === null ? '' : `id: ${JSON.stringify(r.id)}\n`}${r.title === null ? '' : `title: ${JSON.stringify(r.title)}\n`}---\nBody.`),
      expect: /front matter/,
    })),
  fc.string({ minLength: 1, maxLength: 20 }).filter((id) => /[^\w.-]/.test(id.trim()) && id.trim() !== '').map((id) => ({
    content: bytes(`---\nid: ${JSON.stringify(id)}\ntitle: T\n---\nBody.`),
    expect: /id may hold only/,
  })),
  fc.constant({ content: bytes(`---\nid: x\ntitle: ${'t'.repeat(600)}\n---\nBody.`), expect: /title/ }),
  fc.constantFrom('not a url', '//evil.example', 'evil.example/x').map((u) => ({ content: bytes(`---\nid: x\ntitle: T\nurl: ${JSON.stringify(u)}\n---\nBody.`), expect: /url/ })),
  fc.constant({
    content: bytes(`---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nid: x\ntitle: T\n---\nBody.`),
    expect: /not valid YAML/,
  }),
  // Deep enough to overflow the YAML parser's stack, small enough for the 4 KB limit below.
  fc.integer({ min: 3000, max: 4000 }).map((n) => ({ content: bytes(`---\nid: x\ntitle: ${'['.repeat(n)}\n---\nBody.`), expect: /not valid YAML/ })),
  fc.constantFrom('', '   \n\t\n').map((body) => ({ content: bytes(`---\nid: x\ntitle: T\n---\n${body}`), expect: /no article text/ })),
);

/** Text in an encoding other than UTF-8. */
const wrongEncoding: fc.Arbitrary<BadFile> = nonAscii.chain((word) =>
  fc.constantFrom<BadFile>(
    { content: bytes(`---\nid: x\ntitle: Caf${word}\n---\nLe caf${word} ouvre.`, 'latin1'), expect: /UTF-8/ },
    { content: Buffer.concat([Buffer.from([0xff, 0xfe]), bytes(`---\nid: x\ntitle: ${word}\n---\nBody ${word}.`, 'utf16le')]), expect: /UTF-8/ },
    { content: Buffer.concat([Buffer.from([0xfe, 0xff]), bytes(`---\nid: x\ntitle: ${word}\n---\nBody.`, 'utf16le').swap16()]), expect: /UTF-8/ },
    { content: bytes(`---\nid: x\ntitle: T\n---\nBody ${word}.`, 'utf16le'), expect: /UTF-8|front matter|control/ },
  ),
);

/** Binary junk: random bytes with a NUL or a byte that is never UTF-8. */
const randomBytes: fc.Arbitrary<BadFile> = fc
  .uint8Array({ minLength: 1, maxLength: 3000 })
  .map((b) => ({ content: Buffer.concat([Buffer.from(b), Buffer.from([0x00, 0xff])]), expect: /UTF-8|control|front matter|no article text/ }));

/** Over the size limit the test sets (maxFileBytes: 4 KB). */
const tooBig: fc.Arbitrary<BadFile> = fc
  .integer({ min: 4097, max: 20_000 })
  .map((n) => ({ content: bytes(`---\nid: big\ntitle: Big\n---\n${'Words go here. '.repeat(Math.ceil(n / 15))}`), expect: /MB limit/ }));

/** A file name with one of `extensions`: letters, digits, spaces, dashes, accents. */
const fileName = (extensions: string[]) =>
  fc.tuple(fc.stringMatching(/^[a-zA-Z0-9é _-]{1,16}$/), fc.constantFrom(...extensions)).map(([stem, ext]) => `${stem.trim() || 'x'}${ext}`);

/** A named bad file: front matter problems only matter in Markdown; a plain-text article has none. */
const namedBadFile = (kinds: { frontMatter: boolean; size: boolean }) =>
  fc.oneof(
    ...(kinds.frontMatter ? [fc.tuple(fileName(MARKDOWN), brokenFrontMatter)] : []),
    fc.tuple(fileName(ANY_ARTICLE), wrongEncoding),
    fc.tuple(fileName(ANY_ARTICLE), randomBytes),
    ...(kinds.size ? [fc.tuple(fileName(ANY_ARTICLE), tooBig)] : []),
  );

async function withCorpus<T>(files: Array<[string, Buffer | string]>, run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'corpus-prop-'));
  try {
    for (const [name, content] of files) await writeFile(join(dir, name), content);
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const problemFor = (problems: CorpusProblem[], path: string) => problems.find((p) => p.file === path);

describe('loadCorpus on a folder of broken files', () => {
  it('reports each bad file by its path with what is wrong, and still loads the good article', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(namedBadFile({ frontMatter: true, size: true }), { maxLength: 6, selector: ([name]) => name.toLowerCase() }), async (bad) => {
        const files = bad.filter(([name]) => name.toLowerCase() !== 'good.md');
        await withCorpus([['good.md', GOOD], ...files.map(([n, f]): [string, Buffer] => [n, f.content])], async (dir) => {
          const { articles, problems } = await loadCorpus(dir, { maxFileBytes: 4096 });
          expect(articles.map((a) => a.id)).toEqual(['good']);
          for (const [name, file] of files) {
            const problem = problemFor(problems, join(dir, name));
            expect(problem, `no problem reported for ${name}`).toBeDefined();
            expect(problem!.message).toMatch(file.expect);
          }
          expect(problems).toHaveLength(files.length);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on arbitrary front matter and body: each file loads or is reported by name', async () => {
    const yamlish = fc.string({ unit: fc.constantFrom('a', 'i', 'd', ':', ' ', '\n', '-', '[', ']', '{', '}', '"', "'", '&', '*', '!', '|', '>', '#', 't', '1', 'é', '\t'), maxLength: 120 });
    const article = fc.tuple(yamlish, fc.string({ unit: 'grapheme', maxLength: 300 })).map(([fm, body]) => `---\nid: a\n${fm}\n---\n${body}`);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.tuple(fileName(ANY_ARTICLE), article), { minLength: 1, maxLength: 5, selector: ([name]) => name.toLowerCase() }), async (raw) => {
        const files = raw.filter(([name]) => name.toLowerCase() !== 'good.md');
        await withCorpus([['good.md', GOOD], ...files], async (dir) => {
          const { articles, problems } = await loadCorpus(dir);
          expect(articles.filter((a) => a.id === 'good')).toHaveLength(1);
          for (const [name] of files) {
            const path = join(dir, name);
            const loaded = articles.some((a) => a.origin === path);
            expect(loaded || problemFor(problems, path) !== undefined, `${name} neither loaded nor reported`).toBe(true);
          }
          for (const p of problems) expect(p.message.length).toBeGreaterThan(0);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('reports bad JSONL lines as file:line and loads the good lines', async () => {
    const line = fc.oneof(
      fc.string({ maxLength: 80 }).filter((s) => !s.includes('\n')),
      fc.record({ id: fc.anything(), title: fc.anything(), body: fc.anything() }).map((o) => JSON.stringify(o) ?? 'null'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 8 }), async (lines) => {
        const feed = ['{"id":"j-good","title":"Good line","body":"The river flooded on Monday."}', ...lines].join('\n');
        await withCorpus([['feed.jsonl', feed]], async (dir) => {
          const { articles, problems } = await loadCorpus(dir);
          expect(articles[0]?.id).toBe('j-good');
          for (const p of problems) expect(p.file).toMatch(new RegExp(`feed\\.jsonl:\\d+$`));
          const blank = lines.filter((l) => l.trim() === '').length;
          expect(articles.length + problems.length).toBe(1 + lines.length - blank);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('refuses an article file over the 5 MB default, naming it, and loads a 1 MB one', async () => {
    await withCorpus(
      [
        ['good.md', GOOD],
        ['huge.md', `---\nid: huge\ntitle: Huge\n---\n${'x'.repeat(5 * 1024 * 1024)}`],
        ['large.txt', `Large file\n\n${'The council met again. '.repeat(48_000)}`],
      ],
      async (dir) => {
        const { articles, problems } = await loadCorpus(dir);
        expect(articles.map((a) => a.id).sort()).toEqual(['good', 'large']);
        expect(problems).toEqual([{ file: join(dir, 'huge.md'), message: expect.stringMatching(/is 5\.0 MB, over the 5\.0 MB limit/) }]);
      },
    );
  });

  it('reports a dangling symlink by name and skips folders that look like articles', async () => {
    await withCorpus([['good.md', GOOD]], async (dir) => {
      await symlink(join(dir, 'nowhere.md'), join(dir, 'dangling.md'));
      await mkdtemp(join(dir, 'folder.md'));
      const { articles, problems } = await loadCorpus(dir);
      expect(articles.map((a) => a.id)).toEqual(['good']);
      expect(problems.map((p) => p.file)).toEqual([join(dir, 'dangling.md')]);
    });
  });
});

describe('createEngine on a corpus with broken files', () => {
  it('answers from the good article and lists every broken file in problems()', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(namedBadFile({ frontMatter: true, size: false }), { minLength: 1, maxLength: 4, selector: ([n]) => n.toLowerCase() }), async (bad) => {
        const files = bad.filter(([name]) => name.toLowerCase() !== 'good.md');
        await withCorpus([['good.md', GOOD], ...files.map(([n, f]): [string, Buffer] => [n, f.content])], async (dir) => {
          const warnings: string[] = [];
          const engine = await createEngine(dir, { warn: (m) => warnings.push(m) });
          expect(engine.sources().map((s) => s.id)).toEqual(['good']);
          expect(engine.problems().map((p) => p.file).sort()).toEqual(files.map(([n]) => join(dir, n)).sort());
          expect(warnings).toHaveLength(files.length);
          const answer = engine.ask('How many fishing boats had returned?');
          expect(answer.answer).toBe('40');
        });
      }),
      { numRuns: 20 },
    );
  });
});
