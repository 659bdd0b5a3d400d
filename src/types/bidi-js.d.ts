// bidi-js (the bidi library troika lays text out with) ships no types; only what the tests use is declared.
declare module 'bidi-js' {
  export interface EmbeddingLevels {
    levels: Uint8Array
    paragraphs: { start: number; end: number; level: number }[]
  }
  export interface Bidi {
    getEmbeddingLevels(text: string, direction?: 'ltr' | 'rtl' | 'auto'): EmbeddingLevels
    getReorderSegments(
      text: string,
      levels: EmbeddingLevels,
      start?: number,
      end?: number,
    ): [number, number][]
    getMirroredCharacter(char: string): string | null
  }
  export default function bidiFactory(): Bidi
}
