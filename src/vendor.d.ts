// Type declarations for dependencies that ship none.
declare module 'wink-lexicon/src/wn-verb-exceptions.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}
declare module 'wink-lexicon/src/wn-noun-exceptions.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}
declare module 'wink-lexicon/src/wn-adjective-exceptions.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}

declare module 'stopword' {
  export const eng: string[];
}

declare module 'sbd/lib/Match.js' {
  const match: {
    setAbbreviations(list: string[] | null): void;
    isCommonAbbreviation(word: string): number;
    isDottedAbbreviation(word: string): boolean;
  };
  export default match;
}
