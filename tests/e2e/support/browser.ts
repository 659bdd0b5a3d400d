import { chromium, type Browser, type BrowserContext, type BrowserServer, type Page } from 'playwright-core'
import { NO_FALLBACK_URL } from '../../../src/ui/layout/font-files'

/** Debian's Chromium: tests never download a browser of their own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const FLAGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL2 on the CPU, so tests run on machines without a GPU.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
]

const LAUNCH_OPTIONS = { executablePath: CHROMIUM_PATH, headless: true, args: FLAGS }

/**
 * Where the end-to-end run's one Chromium listens, set by the global setup: each test file connects to it instead
 * of starting its own (a cold start of Chromium is a few seconds of the two cores, once per file).
 */
export const SHARED_CHROMIUM_ENV = 'DIGIDEL_E2E_CHROMIUM'

/**
 * Headless Chromium: the end-to-end run's shared one when there is one, else a new one. Either way each test
 * opens its own contexts, so no cookie, storage or page is shared between files; closing a shared browser only
 * closes this file's contexts and disconnects.
 */
export async function launchBrowser(): Promise<Browser> {
  const shared = process.env[SHARED_CHROMIUM_ENV]
  if (shared) return chromium.connect(shared)
  return chromium.launch(LAUNCH_OPTIONS)
}

/** Starts the Chromium every test file of a run shares (see {@link launchBrowser}); close it after the run. */
export async function launchSharedChromium(): Promise<BrowserServer> {
  return chromium.launchServer(LAUNCH_OPTIONS)
}

/**
 * Every request a page made outside its own origin, and every request for a font no local font file could
 * stand in for (troika's glyph fallback, pointed at this origin); a test fails if any.
 */
export function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== origin || new URL(url).pathname.startsWith(NO_FALLBACK_URL)) foreign.push(url)
  })
  return foreign
}

/** Errors the page threw or logged, for a clear failure message. */
export function recordPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  return errors
}

/** A laptop-sized page for the desktop mode. */
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 } as const
/**
 * The page only mirrors the emulated headset, and every pixel is drawn on the CPU. The emulator (IWER) renders
 * both eyes into a canvas of the page's size, whatever the framebuffer scale asked for, and its controller overlay
 * into another as large: at 400 × 250 the emulated frame rate is about 1.6 times that at 800 × 500 (9 against
 * 5.5 fps on the 2-core machine). The proportions stay 16:10, so each eye's projection, and with it what is in
 * view and where a controller's ray meets it, is the same at any size. What the size does change is the frame
 * rate, and with it how things that glide move per frame: a picked-up paper arrives in one frame below 8 fps
 * (at 800 × 500) and over several above (at 400 × 250), so a test waits for it to be still, not for a frame count.
 */
export const HEADSET_MIRROR_VIEWPORT = { width: 400, height: 250 } as const

export async function newContext(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP_VIEWPORT,
): Promise<BrowserContext> {
  return browser.newContext({ viewport, deviceScaleFactor: 1 })
}
