import { posix } from 'node:path'
import type { Plugin } from 'vite'

/**
 * yoga-layout 3.2 ships its WebAssembly only as base64 inside its JavaScript (95 KB of text, 39 KB gzip), so the
 * page's initial script carried it, parsed it as a string and decoded it by hand before the first frame. As a
 * `.wasm` file of its own it is 28.5 KB gzip, the browser compiles it while it streams in, and the script shrinks.
 * The loader (Emscripten's) already fetches a wasm by file name beside its own script when the name is not a data
 * URL: this only moves the bytes into a file and writes its name there. It fails the build if yoga's loader
 * changes, so the move is looked at again rather than silently lost.
 */
const INLINED = /H="data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/
/** Emscripten turns a name that is not a data URL into a URL beside the loader's script (`q + name`). */
const RELATIVE_TO_SCRIPT = 'if(!ua(H)){var va=H;H=h.locateFile?h.locateFile(va,q):q+va}'
const PLACEHOLDER = '__YOGA_WASM_FILE__'

/** yoga's loader with its inlined wasm taken out: the loader's source with a placeholder name, and the bytes. */
export function extractYogaWasm(source: string): { code: string; wasm: Buffer } {
  const inlined = INLINED.exec(source)
  if (!inlined?.[1] || source.split(RELATIVE_TO_SCRIPT).length !== 2) {
    throw new Error("yoga-layout's loader changed: check whether its wasm can still be a file of its own")
  }
  return {
    code: source.replace(inlined[0], `H="${PLACEHOLDER}"`),
    wasm: Buffer.from(inlined[1], 'base64'),
  }
}

/** The wasm file's path as the loader in `chunkFile` asks for it: relative to the chunk's own folder. */
export function wasmPathFrom(chunkFile: string, wasmFile: string): string {
  return posix.relative(posix.dirname(chunkFile), wasmFile)
}

/** The Vite plugin applying {@link extractYogaWasm} in a build (the dev server keeps the inlined wasm). */
export function yogaWasmAsset(): Plugin {
  let reference: string | null = null
  return {
    name: 'yoga-wasm-asset',
    apply: 'build',
    transform(code, id) {
      if (!/yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/.test(id)) return null
      const { code: loader, wasm } = extractYogaWasm(code)
      reference = this.emitFile({ type: 'asset', name: 'yoga.wasm', source: wasm })
      return { code: loader, map: null }
    },
    renderChunk(code, chunk) {
      if (!reference || !code.includes(PLACEHOLDER)) return null
      return code.replace(PLACEHOLDER, wasmPathFrom(chunk.fileName, this.getFileName(reference)))
    },
  }
}
