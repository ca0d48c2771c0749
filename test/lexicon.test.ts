import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/lexicon.js';

describe('Lexicon (WordNet)', () => {
  const wn = lexicon();

  it('tells a common noun from a named instance', () => {
    for (const w of ['Gorge', 'falls', 'Directory']) expect(wn.isCommonNoun(w), w).toBe(true);
    for (const w of ['London', 'Ruhr', 'Constance', 'zzxq']) expect(wn.isCommonNoun(w), w).toBe(false);
  });
  it('finds the dictionary form of inflected words', () => {
    expect(wn.lemma('runs', 'verb')).toBe('run');
    expect(wn.lemma('took', 'verb')).toBe('take');
    expect(wn.lemma('companies', 'noun')).toBe('company');
  });

  it('knows what kind of thing a noun names', () => {
    expect(wn.nounClasses('ambassador')[0]).toBe('noun.person');
    expect(wn.nounClasses('company')[0]).toBe('noun.group');
    expect(wn.nounClasses('state')).toContain('noun.location');
  });

  it('relates a verb to its synonyms, derived nouns and more specific verbs', () => {
    const words = (w: string) => wn.related(w, 'verb').map((r) => r.word);
    expect(words('manage')).toContain('management');
    expect(words('call')).toContain('rename');
    expect(wn.related('call', 'verb').find((r) => r.word === 'rename')?.kind).toBe('specific');
  });

  it('finds the verbs WordNet defines by an idiom it has no entry for', () => {
    const words = wn.definedBy('in charge of').map((r) => r.word);
    expect(words).toEqual(expect.arrayContaining(['manage', 'direct', 'head', 'lead', 'manager']));
    expect(wn.definedBy('in zebra of')).toEqual([]);
  });

  it('relates a verb to the verbs WordNet defines by the same phrase, as synonyms of that sense', () => {
    // head (sense 2) is defined "be in charge of", like manage and direct
    const head = wn.related('head', 'verb');
    expect(head.find((r) => r.word === 'manage')).toMatchObject({ kind: 'synonym', weight: 0.5 });
    expect(head.find((r) => r.word === 'direct')).toMatchObject({ kind: 'synonym', weight: 0.5 });
    // a definition longer than a short phrase ties nothing: "run" (sense 1, "move fast by using
    // one's feet…") gains no other verb of running's definition
    expect(wn.related('run', 'verb').map((r) => r.word)).not.toContain('manage');
  });

  it('relates a word through its usual senses only', () => {
    // "working" and "running" are nouns derived from "operate" only in senses rare for them;
    // "operation" in a usual one
    const operate = wn.related('operate', 'verb').filter((r) => r.kind === 'derived').map((r) => r.word);
    expect(operate).toContain('operation');
    expect(operate).not.toContain('working');
    expect(operate).not.toContain('running');
    // "take" is a kind of winning ("take the prize") only in a rare sense of "take"
    expect(wn.related('win', 'verb').map((r) => r.word)).not.toContain('take');
  });

  it('reads only the senses of a lexicographer file when asked to', () => {
    const words = (f?: { lexFile: string }) => wn.related('head', 'noun', 2, f).map((r) => r.word);
    // the body part first; "head, chief, top dog" is the person sense, with "administrator" a kind of it
    expect(words()).not.toContain('chief');
    expect(words({ lexFile: 'noun.person' })).toEqual(expect.arrayContaining(['chief', 'administrator']));
    // no sense of the file: all senses, as without a filter
    expect(wn.related('caput', 'noun', 2, { lexFile: 'noun.person' })).toEqual(wn.related('caput', 'noun', 2));
  });

  it('reads only the usual senses of a verb with a given sentence frame when asked to', () => {
    // "operate" as "function, work" (sense 2) takes no object: "Somebody operates something" (frame 8) is senses 1 and 3
    const words = (f?: { frames: ReadonlySet<number> }) => wn.related('operate', 'verb', 3, f).map((r) => r.word);
    expect(words()).toContain('work');
    expect(words({ frames: new Set([8]) })).not.toContain('work');
    expect(words({ frames: new Set([8]) })).toEqual(expect.arrayContaining(['run', 'control']));
    // no usual sense with the frame: as without the filter (no later sense is read instead)
    expect(wn.related('run', 'verb', 3, { frames: new Set([8]) })).toEqual(wn.related('run', 'verb', 3));
  });

  it('tells dictionary words from names', () => {
    expect(wn.isDictionaryWord('Treasury')).toBe(true);
    expect(wn.isDictionaryWord('Shirinkar')).toBe(false);
    // adverbs too: a sentence's first word "Soon" or "Nevertheless" is no name
    for (const w of ['Soon', 'Thus', 'Nevertheless']) expect(wn.isDictionaryWord(w), w).toBe(true);
  });

  it('finds opposites (antonyms) in any degree, and verbs that are kinds of others', () => {
    expect(wn.antonyms('smallest', 'adj')).toContain('large');
    expect(wn.antonyms('least', 'adj')).toContain('most');
    expect(wn.antonyms('Shirinkar', 'adj')).toEqual([]);
    // rise (sense 2) → grow → increase; give reaches increase only in its 33rd sense
    expect(wn.isKindOf('rise', 'verb', ['increase'], 6, 2)).toBe(true);
    expect(wn.isKindOf('give', 'verb', ['increase'], 6, 2)).toBe(false);
  });

  it("finds a nationality's country (pertainyms)", () => {
    expect(wn.pertainyms('Iranian')).toContain('iran');
    expect(wn.pertainyms('ukrainian')).toEqual(['ukraine', 'ukrayina']);
    expect(wn.pertainyms('large')).toEqual([]);
  });
});

describe('what a verb brings about', () => {
  it('stands in for it, with its nouns: kill → die, death', () => {
    // written for this test
    const related = lexicon().related('kill', 'verb').map((r) => r.word);
    expect(related).toContain('die');
    expect(related).toContain('death');
  });
});
