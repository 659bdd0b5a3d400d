// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { createAppXRStore } from '../../../src/xr/xr-store'

// jsdom has no WebGL: the emulated runtime only patches the context's prototype, so an empty class stands in.
vi.stubGlobal('WebGL2RenderingContext', class {})

describe('the XR store', () => {
  it('emulates a Quest 3 without its on-screen controls when asked, as automation does', async () => {
    const store = createAppXRStore({ emulate: true, emulatorControls: false, origin: 'http://localhost' })
    const emulator = await vi.waitFor(() => {
      const found = store.getState().emulator
      if (!found) throw new Error('no emulator yet')
      return found
    })
    expect(emulator.devui).toBeUndefined()
    // The emulated runtime answers for the page's WebXR, and its remote is there to drive it.
    expect(await navigator.xr?.isSessionSupported('immersive-vr')).toBe(true)
    expect(emulator.remote).toBeDefined()
  })

  it('injects nothing without emulate, so a real headset is never shadowed', async () => {
    const store = createAppXRStore({ emulate: false, emulatorControls: false, origin: 'http://localhost' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(store.getState().emulator).toBeUndefined()
  })
})
