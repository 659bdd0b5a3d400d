import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { extractYogaWasm, wasmPathFrom } from '../../../build/yoga-wasm-asset'

const loaderSource = readFileSync(
  createRequire(import.meta.url)
    .resolve('yoga-layout')
    .replace(/src[\\/]index\.js$/, 'binaries/yoga-wasm-base64-esm.js'),
  'utf8',
)

describe("yoga's WebAssembly as a file of its own, as the build moves it", () => {
  it('takes the inlined base64 out of the loader and gives back the wasm module itself', () => {
    const { code, wasm } = extractYogaWasm(loaderSource)
    // "\0asm": the magic number every WebAssembly binary starts with.
    expect([...wasm.subarray(0, 4)]).toEqual([0, 0x61, 0x73, 0x6d])
    expect(code).not.toMatch(/base64,[A-Za-z0-9+/]{100}/)
    expect(code.length).toBeLessThan(loaderSource.length - 90_000)
  })

  it('leaves a loader that runs yoga from those bytes', async () => {
    const { code, wasm } = extractYogaWasm(loaderSource)
    const loader = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
      default: (options: { wasmBinary: Uint8Array }) => Promise<Record<string, unknown>>
    }
    const yoga = await loader.default({ wasmBinary: new Uint8Array(wasm) })
    expect(typeof yoga.Node).toBe('function')
  })

  it('names the file relative to the chunk that loads it', () => {
    expect(wasmPathFrom('assets/panel-x.js', 'assets/yoga-y.wasm')).toBe('yoga-y.wasm')
    expect(wasmPathFrom('assets/deep/chunk.js', 'assets/yoga-y.wasm')).toBe('../yoga-y.wasm')
  })

  it('stops the build when yoga changes, rather than losing the move silently', () => {
    expect(() => extractYogaWasm('export default 1')).toThrow(/yoga-layout's loader changed/)
  })
})
