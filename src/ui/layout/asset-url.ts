let assetRoot: string | null = null

/**
 * Serves run-time assets from another root, e.g. the `public/` folder as a `file:` URL when component tests
 * measure text outside a browser. The app never calls this.
 */
export function setAssetRoot(root: string | null): void {
  assetRoot = root
}

/** An asset path such as `/fonts/NotoSans-Regular.ttf` as an absolute URL, as a worker needs it. */
export function assetUrl(path: string): string {
  if (assetRoot !== null) return new URL(path.replace(/^\//, ''), assetRoot).href
  return typeof document === 'undefined' ? path : new URL(path, document.baseURI).href
}
