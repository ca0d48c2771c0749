// PUBLIC SURFACE (work in progress — implementation lands shortly):
//
// export async function createEngine(corpusDir: string, options?: EngineOptions): Promise<Engine>
// export interface Engine {
//   ask(question: string): Answer;          // synchronous, never throws for any string input
//   sources(): Source[];                    // the indexed articles
//   problems(): CorpusProblem[];            // files that failed to load: { file, message }
//   onChange(listener: () => void): () => void; // (issue 5) corpus reloaded
//   close(): Promise<void>;                 // stop watchers
// }
// Answer / Source / Citation types: src/types.ts
export {};
