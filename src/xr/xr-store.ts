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

/** How the XR store is made. */
export interface AppXRStoreOptions {
  /** Meta's IWER emulates a Quest 3 with Touch Plus controllers on any host. Never for real headsets. */
  emulate: boolean
  /**
   * With `emulate`: the emulator's on-screen controls (IWER's DevUI), with which a person moves the emulated head
   * and controllers. Tools that drive the emulator through its remote leave them out: the DevUI draws the
   * controllers again in a second WebGL canvas of the page's size every frame, on the CPU in headless Chromium.
   * @default true
   */
  emulatorControls?: boolean
  /** The page's origin, where the controller and hand models are served from. */
  origin: string
}

/**
 * The XR store. With `emulate`, Meta's IWER emulates a Quest 3 with Touch Plus controllers on any host;
 * without it, nothing is injected, so a real headset is never shadowed.
 */
export function createAppXRStore(options: AppXRStoreOptions): AppXRStore {
  const withControls = options.emulate && (options.emulatorControls ?? true)
  const store = createXRStore({
    emulate: withControls ? { type: 'metaQuest3', syntheticEnvironment: false, inject: true } : false,
    baseAssetPath: new URL(XR_PROFILES_PATH, options.origin).href,
    offerSession: false,
    frameRate: 'high',
    // The emulator renders on the CPU in tests and staff demos: half resolution keeps it responsive.
    frameBufferScaling: options.emulate ? 0.4 : undefined,
    controller: { rayPointer: PRESS, grabPointer: PRESS },
    hand: { rayPointer: PRESS, grabPointer: PRESS, touchPointer: PRESS },
  })
  if (withControls) forceEmulatedRuntime(store)
  else if (options.emulate) void installBareEmulator(store)
  return store
}

/**
 * The emulated Quest 3 without its on-screen controls: what @react-three/xr's `emulate` sets up (no synthetic
 * environment, both eyes at one point, controllers as the primary input), less the DevUI. Loaded on demand, like
 * the emulator with its controls, so the page of a real headset never carries it.
 */
async function installBareEmulator(store: AppXRStore): Promise<void> {
  const { XRDevice, metaQuest3 } = await import('iwer')
  const emulator = new XRDevice(metaQuest3)
  emulator.ipd = 0
  emulator.primaryInputMode = 'controller'
  // Chromium always has a native navigator.xr (see forceEmulatedRuntime).
  emulator.installRuntime({ forceInstall: true })
  store.setState({ emulator })
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
