// troika-three-text ships no types; only what the app uses is declared.
declare module 'troika-three-text' {
  export function preloadFont(
    options: { font?: string; characters?: string | string[] },
    callback: () => void,
  ): void
}
