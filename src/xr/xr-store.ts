import { createXRStore, type XRStore } from '@react-three/xr'

/** Where controller and hand models are served from: this origin, never a CDN. */
const XR_PROFILES_PATH = '/xr-profiles/'

export type AppXRStore = XRStore

/**
 * How long a trigger, pinch or grab may be held and still count as a press. The pointer library's
 * 300 ms suits practised hands; people new to controllers press slowly and deliberately.
 */
const PRESS_THRESHOLD_MS = 1500
const PRESS = { clickThresholdMs: PRESS_THRESHOLD_MS }

/**
 * The XR store. With `emulate`, Meta's IWER emulates a Quest 3 with Touch Plus controllers on any host;
 * without it, nothing is injected, so a real headset is never shadowed.
 */
export function createAppXRStore(options: { emulate: boolean; origin: string }): AppXRStore {
  const store = createXRStore({
    emulate: options.emulate ? { type: 'metaQuest3', syntheticEnvironment: false, inject: true } : false,
    baseAssetPath: new URL(XR_PROFILES_PATH, options.origin).href,
    offerSession: false,
    frameRate: 'high',
    // The emulator renders on the CPU in tests and staff demos: half resolution keeps it responsive.
    frameBufferScaling: options.emulate ? 0.4 : undefined,
    controller: { rayPointer: PRESS, grabPointer: PRESS },
    hand: { rayPointer: PRESS, grabPointer: PRESS, touchPointer: PRESS },
  })
  if (options.emulate) forceEmulatedRuntime(store)
  return store
}

/**
 * IWER does not install itself where `navigator.xr` already exists, and Chromium always has one,
 * so headless sessions would fail with "No XR hardware found". Install it by force once it exists.
 */
function forceEmulatedRuntime(store: AppXRStore): void {
  const install = (): boolean => {
    const emulator = store.getState().emulator
    if (!emulator) return false
    if (emulator.isNativeXRAvailable?.()) emulator.installRuntime({ forceInstall: true })
    return true
  }
  if (install()) return
  const unsubscribe = store.subscribe(() => {
    if (install()) unsubscribe()
  })
}
