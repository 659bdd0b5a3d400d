// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { Object3D } from 'three'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { documentOf } from '../../../../src/errands/documents'
import { AppStoreProvider } from '../../../../src/state/store-context'
import { AccessibleMirror } from '../../../../src/ui/accessible-mirror'
import { DocumentReadingView } from '../../../../src/ui/document/document-reading-view'
import { InteractableRegistryProvider } from '../../../../src/ui/interactable-context'
import { createInteractableRegistry } from '../../../../src/ui/interactable-registry'
import { ReadingViewProvider } from '../../../../src/ui/reading-view'
import { createTestStore } from '../../../fixtures/test-store'

const TASK = 'digital-mailbox'
const PAPER = documentOf(TASK)?.id ?? 'no paper'

/** The 3D view's shape, as the reading view measures it: a phone held upright. */
const UPRIGHT = { width: 390, height: 560 }

let host: HTMLElement | null = null
let root: Root | null = null
const saved = { ResizeObserver: globalThis.ResizeObserver }

beforeEach(() => {
  // jsdom lays nothing out: the layer reports an upright phone's size, and is measured once it is observed.
  globalThis.ResizeObserver = class {
    constructor(private readonly report: () => void) {}
    observe() {
      this.report()
    }
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => UPRIGHT.width,
  })
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => UPRIGHT.height,
  })
})

afterEach(async () => {
  await act(async () => root?.unmount())
  host?.remove()
  host = root = null
  globalThis.ResizeObserver = saved.ResizeObserver
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight
})

/** The mailbox running on a phone with its letter on the desk, the reading view and the mirror drawn. */
async function phoneAtTheLetter({ paperInScene = true } = {}) {
  const { store } = createTestStore()
  store.getState().enter('desktop')
  store.getState().startTask(TASK)
  const registry = createInteractableRegistry()
  // The letter as the scene registers it while it lies on the desk.
  if (paperInScene)
    registry.register({
      id: PAPER,
      role: 'document',
      name: 'Letter',
      enabled: true,
      object: new Object3D(),
      activate: () => store.getState().toggleHeld(PAPER),
    })
  host = document.body.appendChild(document.createElement('div'))
  const mounted = createRoot(host)
  root = mounted
  await act(async () =>
    mounted.render(
      <AppStoreProvider store={store}>
        <InteractableRegistryProvider registry={registry}>
          <ReadingViewProvider>
            <DocumentReadingView />
          </ReadingViewProvider>
          <AccessibleMirror />
        </InteractableRegistryProvider>
      </AppStoreProvider>,
    ),
  )
  return { store, host }
}

/** The copies of the letter's text on the page: each article, and whether it is in the reading view. */
function lettersOnPage(page: HTMLElement): { inReadingView: boolean; hidden: boolean }[] {
  return [...page.querySelectorAll(`article[data-document="${PAPER}"]`)].map((article) => ({
    inReadingView: article.closest('[data-testid="reading-view"]') !== null,
    hidden: article.classList.contains('visually-hidden'),
  }))
}

describe('the paper’s text for a screen reader', () => {
  it('is there once: in the mirror while the paper lies on the desk, in the reading view while that is open', async () => {
    const { store, host: page } = await phoneAtTheLetter()
    expect(lettersOnPage(page)).toEqual([{ inReadingView: false, hidden: true }])

    await act(async () => store.getState().toggleHeld(PAPER))
    expect(page.querySelector('[data-testid="reading-view"]')).not.toBeNull()
    expect(lettersOnPage(page)).toEqual([{ inReadingView: true, hidden: false }])

    await act(async () => store.getState().toggleHeld(PAPER))
    expect(page.querySelector('[data-testid="reading-view"]')).toBeNull()
    expect(lettersOnPage(page)).toEqual([{ inReadingView: false, hidden: true }])
  })

  it('is not in the page while the paper is not in the scene', async () => {
    const { host: page } = await phoneAtTheLetter({ paperInScene: false })
    expect(lettersOnPage(page)).toEqual([])
  })
})
