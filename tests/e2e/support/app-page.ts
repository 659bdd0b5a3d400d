import type { Page } from 'playwright-core'
import type { DigidelAutomation } from '../../../src/app/automation'

type AppState = ReturnType<DigidelAutomation['state']>
type Target = ReturnType<DigidelAutomation['targets']>[number]

/**
 * Opens the visitor app with the automation interface. Unless a test is about them, the confidence question before
 * and after a task is turned off, as staff can per station, and the first-steps lesson counts as already offered
 * (as for a visitor who has had it), so each test keeps to the presses its point needs.
 */
export async function openApp(
  page: Page,
  baseUrl: string,
  query = '',
  { askConfidence = false, offerBasics = false }: { askConfidence?: boolean; offerBasics?: boolean } = {},
): Promise<void> {
  await page.goto(`${baseUrl}/?automation=1${renderScaleFor(page, query)}${query}`)
  await page.waitForFunction(() => window.__digidel !== undefined)
  if (!askConfidence) await turnOffConfidenceQuestion(page)
  if (!offerBasics) await page.evaluate(() => window.__digidel?.store.getState().answerBasicsOffer())
}

/** From this width in CSS pixels a page draws its 3D view at half its pixels in tests (see {@link renderScaleFor}). */
const WIDE_SCREEN_PX = 1200

/**
 * On a desktop-sized page the 3D view is drawn at half the page's pixels: on software GL every pixel is shaded on
 * the CPU, and at 1280 × 800 that made 3 to 4 frames a second, against about 9 at half. What the tests check
 * (framing, sizes, where a click lands, text in view) is in CSS pixels and does not change; the screenshots are
 * softer. Tablets and phones keep their pixels: their screenshots show small print as a visitor sees it, and the
 * tablet health-centre journey, whose camera glides nearer for the taps, lost its card out of view at the faster
 * frame rate (not understood yet). The emulated headset's small page keeps its pixels too (`HEADSET_MIRROR_VIEWPORT`).
 */
function renderScaleFor(page: Page, query: string): string {
  const wide = (page.viewportSize()?.width ?? 0) >= WIDE_SCREEN_PX
  return wide && !query.includes('emulate=1') && !query.includes('renderScale=') ? '&renderScale=0.5' : ''
}

/** Waits until the start screen's choices are enabled (the app's assets have loaded; slow on a busy machine). */
export async function waitForStartChoices(page: Page, timeout = 45_000): Promise<void> {
  await page.waitForSelector('[data-testid="use-screen"]:not([disabled])', { timeout })
}

/** What staff do from the console for a station: no "How sure are you?" around tasks. */
export async function turnOffConfidenceQuestion(page: Page): Promise<void> {
  await page.evaluate(() => window.__digidel?.store.getState().setAskConfidence(false, 'staff'))
}

export async function appState(page: Page): Promise<AppState> {
  return page.evaluate(() => {
    const automation = window.__digidel
    if (!automation) throw new Error('no automation interface')
    return automation.state()
  })
}

export async function targets(page: Page): Promise<Target[]> {
  return page.evaluate(() => window.__digidel?.targets() ?? [])
}

/** Waits until the app state matches, e.g. `{ step: 'enter-ocr' }`; on a timeout, says what the state was. */
export async function waitForState(page: Page, expected: Partial<AppState>, timeout = 45_000): Promise<void> {
  try {
    await page.waitForFunction(
      (wanted) => {
        const state = window.__digidel?.state() as Record<string, unknown> | undefined
        return state !== undefined && Object.entries(wanted).every(([key, value]) => state[key] === value)
      },
      expected,
      { timeout },
    )
  } catch (error) {
    const shot = `test-results/failure-${Date.now()}.png`
    await page.screenshot({ path: shot }).catch(() => undefined)
    const actual = await appState(page).catch(() => null)
    throw new Error(
      `state never became ${JSON.stringify(expected)}; it is ${JSON.stringify(actual)} (see ${shot})`,
      {
        cause: error,
      },
    )
  }
}

/** Waits for at least `count` more rendered frames. */
export async function waitFrames(page: Page, count: number): Promise<void> {
  const start = await page.evaluate(() => window.__digidel?.frames() ?? 0)
  // Polled on a timer: during an XR session the page's own animation frames may not tick.
  await page.waitForFunction((until) => (window.__digidel?.frames() ?? 0) >= until, start + count, {
    polling: 20,
  })
}

/**
 * Waits until an interactable has stopped moving: two reads of its position two rendered frames apart agree to the
 * millimetre (a picked-up paper glides to where it is held). Runs in the page, so no round trip falls between reads.
 */
export async function waitUntilStill(page: Page, id: string, timeout = 20_000): Promise<void> {
  const still = await page.evaluate(
    async ([wanted, limit]) => {
      const automation = window.__digidel
      if (!automation) throw new Error('no automation interface')
      const where = () => {
        const target = automation.targets().find((candidate) => candidate.id === wanted)
        return target ? target.position.map((value) => Math.round(value * 1000)).join(',') : null
      }
      const until = Date.now() + limit
      let last = where()
      while (Date.now() < until) {
        const frame = automation.frames() + 2
        while (automation.frames() < frame) await new Promise((resolve) => setTimeout(resolve, 4))
        const now = where()
        if (now !== null && now === last) return true
        last = now
      }
      return false
    },
    [id, timeout] as const,
  )
  if (!still) throw new Error(`${id} never came to rest`)
}

/**
 * Waits until an interactable is in the scene and in view, and enabled (unless told not to), and returns it. While a
 * panel is still settling (fonts arriving, a list reflowing) a target can slip out of view between the wait and the
 * read: then it waits again.
 */
export async function waitForTarget(
  page: Page,
  id: string,
  { enabled = true }: { enabled?: boolean } = {},
): Promise<Target> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await page.waitForFunction(
        ({ wanted, mustBeEnabled }) =>
          window.__digidel?.targets().some((t) => t.id === wanted && (t.enabled || !mustBeEnabled)),
        { wanted: id, mustBeEnabled: enabled },
      )
    } catch (error) {
      // Say what was there instead: a target with another id, or one laid out off screen, is told apart at once.
      const shot = `test-results/failure-${Date.now()}.png`
      await page.screenshot({ path: shot }).catch(() => undefined)
      const present = (await targets(page).catch(() => []))
        .map((target) => `${target.id}${target.enabled ? '' : ' (disabled)'}`)
        .join(', ')
      throw new Error(
        `${id} never came into view${enabled ? ' enabled' : ''}; in view: ${present} (see ${shot})`,
        {
          cause: error,
        },
      )
    }
    const found = (await targets(page)).find((target) => target.id === id)
    if (found) return found
  }
  throw new Error(`target ${id} kept slipping out of view`)
}
