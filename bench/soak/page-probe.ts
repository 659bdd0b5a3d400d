// What the soak reads from a station's page between visitors: the JS heap after garbage collection, the GPU
// resources three.js holds, and audio elements and object URLs still alive.

import type { CDPSession, Page } from 'playwright-core'

/**
 * Injected before any page script: counts object URLs made and not revoked, and keeps a weak reference to every
 * audio element made with `new Audio()`, so the ones still alive after garbage collection can be counted.
 */
export const RELEASE_PROBE_SCRIPT = `(() => {
  const urls = new Set()
  const create = URL.createObjectURL.bind(URL)
  const revoke = URL.revokeObjectURL.bind(URL)
  URL.createObjectURL = (object) => { const url = create(object); urls.add(url); return url }
  URL.revokeObjectURL = (url) => { urls.delete(url); revoke(url) }
  const audios = []
  const NativeAudio = window.Audio
  function Audio(src) {
    const element = src === undefined ? new NativeAudio() : new NativeAudio(src)
    audios.push(new WeakRef(element))
    return element
  }
  Audio.prototype = NativeAudio.prototype
  window.Audio = Audio
  window.__releaseProbe = {
    objectUrls: () => urls.size,
    audioElements: () => audios.filter((ref) => ref.deref() !== undefined).length + document.querySelectorAll('audio').length,
  }
})()`

/** The binding the event tap calls with each event as the page emits it: `{ id, type, session }` as JSON. */
export const EVENT_TAP_BINDING = '__soakEvent'

/**
 * Injected before any page script: as the automation interface is installed, its list of emitted events tells the
 * soak of each new event at once, so even a page's last words as it unloads (a reload, a closed tab) are counted.
 */
export const EVENT_TAP_SCRIPT = `(() => {
  let automation
  Object.defineProperty(window, '__digidel', {
    configurable: true,
    get: () => automation,
    set: (value) => {
      automation = value
      const list = value && value.telemetry && value.telemetry()
      if (!Array.isArray(list)) return
      const push = list.push
      list.push = function (...events) {
        for (const event of events) {
          try { window.${EVENT_TAP_BINDING}(JSON.stringify({ id: event.id, type: event.type, session: event.sessionId })) } catch {}
        }
        return push.apply(this, events)
      }
    },
  })
})()`

/** One reading at the lobby after a reset. */
export interface ResetSample {
  geometries: number
  textures: number
  programs: number
  audioElements: number
  objectUrls: number
  heapBytes: number
  /** Which load of the station's page it was read in (1 for the first; a reload or a new tab adds one). */
  pageLoad: number
}

/** Collects garbage, then reads the heap, three.js's resources and the release probe. */
export async function sampleAtLobby(page: Page, cdp: CDPSession, pageLoad: number): Promise<ResetSample> {
  await cdp.send('HeapProfiler.collectGarbage')
  // Finalisation of the collected audio elements' weak references runs in a later task.
  await page.waitForTimeout(200)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  // A string: tsx would wrap a function's inner helpers in names the page does not have.
  const inPage = (await page.evaluate(`(() => {
    const info = window.__digidel.renderInfo()
    return {
      geometries: info.geometries,
      textures: info.textures,
      programs: info.programs,
      audioElements: window.__releaseProbe.audioElements(),
      objectUrls: window.__releaseProbe.objectUrls(),
    }
  })()`)) as Omit<ResetSample, 'heapBytes' | 'pageLoad'>
  return { ...inPage, heapBytes: usedSize, pageLoad }
}
