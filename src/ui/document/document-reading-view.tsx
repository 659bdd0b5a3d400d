import { useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { useTranslate } from '../../state/use-translate'
import { selectShown, selectStep } from '../../state/selectors'
import { useApp, useAppStoreApi } from '../../state/store-context'
import { useInteractables } from '../interactable-context'
import { useReadingView } from '../reading-view'
import { MARGIN_PX, readingShare, TOP_BAND_PX } from '../reading-region'
import { DocumentArticle } from './document-article'
import { wholeLinesHeight, type LineBox } from './whole-lines'
import type { ResolvedDocument } from './resolve-document'
import { useErrandDocument } from './use-errand-document'

/** Room between the screen's own buttons in the top band and the paper, in CSS pixels. */
const GAP_PX = 4

/** Whether an element is taller than wide: the 3D view's shape, which the screen camera frames by. */
function useUpright(ref: RefObject<HTMLElement | null>): boolean {
  const [upright, setUpright] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver !== 'function') return
    const observer = new ResizeObserver(() => setUpright(element.clientHeight > element.clientWidth))
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return upright
}

/** Props of the held paper's reading view. */
interface HeldReadingProps {
  paper: ResolvedDocument
  /** The step needs the paper: it gets the larger part of the screen. */
  needed: boolean
}

/**
 * The boxes of the parts of a page that must show whole, from the top of its content: a paragraph, a heading, a
 * label with its value (a label alone tells nothing), the paper's buttons.
 */
function lineBoxes(page: HTMLElement): LineBox[] {
  const origin = page.getBoundingClientRect().top - page.scrollTop
  const boxes: LineBox[] = []
  for (const element of page.querySelectorAll('.reading-tools, p, h2, h3, li, dl > div')) {
    const rect = element.getBoundingClientRect()
    if (rect.height > 0) boxes.push({ top: rect.top - origin, bottom: rect.bottom - origin })
  }
  return boxes
}

/**
 * How much of the paper the strip shows, in CSS pixels: its share of the view at most, ending below a whole line so
 * none is cut in half, or the whole paper when it is shorter; null until measured. Tells the screen camera where the
 * strip ends.
 */
function useStripHeight(
  strip: RefObject<HTMLElement | null>,
  page: RefObject<HTMLElement | null>,
  share: number,
  full: boolean,
): number | null {
  const reading = useReadingView()
  const [height, setHeight] = useState<number | null>(null)
  useLayoutEffect(() => {
    const section = strip.current
    const content = page.current
    const layer = section?.parentElement
    if (!section || !content || !layer || full) return
    const measure = () => {
      // The strip's own frame below its scrolling page (its lower padding).
      const frame = parseFloat(getComputedStyle(section).paddingBottom) || 0
      const room = share * layer.clientHeight - (TOP_BAND_PX + GAP_PX + MARGIN_PX) - frame
      // From the paper's top: shown above the work, it starts at its beginning.
      content.scrollTop = 0
      setHeight(wholeLinesHeight(lineBoxes(content), room))
    }
    measure()
    if (typeof ResizeObserver !== 'function') return
    const observer = new ResizeObserver(measure)
    observer.observe(layer)
    const article = content.querySelector('article')
    if (article) observer.observe(article)
    return () => observer.disconnect()
  }, [strip, page, share, full])
  // Every render: its height or the view's may have changed. Opened over the whole view it keeps no work in view.
  useLayoutEffect(() => {
    const section = strip.current
    const layer = section?.parentElement
    if (!section || !layer || full) return
    reading.stripBottomPx = section.getBoundingClientRect().bottom - layer.getBoundingClientRect().top
    return () => {
      reading.stripBottomPx = 0
    }
  })
  return height
}

/** The held paper over the 3D view: in its part of the screen, or over all of it once opened to read. */
function HeldReading({ paper, needed }: HeldReadingProps) {
  const t = useTranslate()
  const store = useAppStoreApi()
  const [full, setFull] = useState(false)
  const titleId = useId()
  const share = readingShare(true, needed, false)
  const strip = useRef<HTMLElement>(null)
  const page = useRef<HTMLDivElement>(null)
  const height = useStripHeight(strip, page, share, full)
  return (
    <section
      ref={strip}
      className={full ? 'reading-view reading-full' : 'reading-view'}
      role={full ? 'dialog' : 'region'}
      aria-labelledby={titleId}
      data-testid="reading-view"
      style={
        full
          ? { top: TOP_BAND_PX + GAP_PX }
          : height === null
            ? {
                top: TOP_BAND_PX + GAP_PX,
                height: `calc(${share * 100}% - ${TOP_BAND_PX + GAP_PX + MARGIN_PX}px)`,
              }
            : { top: TOP_BAND_PX + GAP_PX }
      }
    >
      {full && (
        <div className="reading-actions">
          <button type="button" data-testid="reading-close" onClick={() => setFull(false)}>
            {t('reading.close')}
          </button>
        </div>
      )}
      {/* A tap anywhere on the paper opens it to read; the button above does the same for a keyboard. */}
      <div
        ref={page}
        className="reading-page"
        style={full || height === null ? undefined : { flex: 'none', height }}
        onClick={() => setFull(true)}
      >
        {!full && (
          // Beside the paper's first lines, so the little room above the work goes to the paper itself.
          <div className="reading-tools">
            <button
              type="button"
              data-testid="reading-open"
              aria-label={t('reading.open')}
              title={t('reading.open')}
              onClick={() => setFull(true)}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true">
                <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
              </svg>
            </button>
            <button
              type="button"
              data-testid="reading-put-down"
              aria-label={t('reading.put-down')}
              title={t('reading.put-down')}
              onClick={(event) => {
                event.stopPropagation()
                store.getState().toggleHeld(paper.id)
              }}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true">
                <path d="M6 6l12 12M18 6L6 18" />
              </svg>
            </button>
          </div>
        )}
        <DocumentArticle document={paper} titleId={titleId} className={`document-${paper.look}`} />
      </div>
    </section>
  )
}

/**
 * The errand's paper as page text over an upright 3D view (a phone, an upright tablet), where the paper in 3D
 * would be a few pixels tall: crisp, in the visitor's text size and direction.
 * - Held, it lies in the part of the screen the camera keeps for it, above the work, so it never covers what the
 *   visitor must press; it scrolls there if long.
 * - A tap on it (or "Read full screen") opens it over the whole 3D view; "Close" brings it back.
 * - "Put down" puts it back on the desk; a tap on the paper there picks it up again.
 * - A step that needs the paper (its `show`) holds it up to read, unless the visitor puts it down in that step.
 *
 * It also gives the paper's text to screen readers while the paper is in the scene: as the reading view when that
 * shows, otherwise as a visually hidden article beside the accessible mirror, never both (a screen reader would
 * meet the paper twice).
 */
export function DocumentReadingView() {
  const store = useAppStoreApi()
  const layer = useRef<HTMLDivElement>(null)
  const upright = useUpright(layer)
  const paper = useErrandDocument()
  const onScreen = useApp((state) => state.entered && state.mode === 'desktop')
  const held = useApp((state) => paper !== null && state.heldItem === paper.id)
  const needed = useApp((state) => paper !== null && selectShown(state).includes(paper.id))
  const step = useApp((state) => (state.run?.status === 'running' ? selectStep(state)?.id : undefined))
  const active = paper !== null && onScreen && upright
  const entered = useApp((state) => state.entered)
  const entries = useInteractables()
  const inScene = paper !== null && entries.some((entry) => entry.id === paper.id)

  // A step that needs the paper brings it up to read once, when it begins; put down, it stays down.
  useEffect(() => {
    if (active && needed && step !== undefined) store.getState().holdToRead(paper.id)
  }, [active, needed, step, paper, store])

  return (
    <div ref={layer} className="reading-layer">
      {active && held ? (
        <HeldReading paper={paper} needed={needed} />
      ) : (
        entered && inScene && <DocumentArticle document={paper} className="visually-hidden" />
      )}
    </div>
  )
}
