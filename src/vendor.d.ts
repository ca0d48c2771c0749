// Type declarations for dependencies that ship none.
declare module 'wink-lemmatizer' {
  const lemmatizer: {
    verb(word: string): string;
    noun(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatizer;
}

declare module 'stopword' {
  export const eng: string[];
}
