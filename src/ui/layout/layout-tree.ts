/*
 * Why yoga directly, and not @react-three/uikit (checked against uikit 1.0.76's source):
 * - uikit lays out with yoga too, but draws text with its own MSDF glyphs: no bidi layout, no Arabic shaping,
 *   and its bundled Inter font has no Arabic. We must draw text with troika, which shapes Arabic.
 * - uikit can host a foreign object only through <Content>, which measures the object's bounding box once and
 *   *scales* it to fit the box layout gives it. Troika text would be shrunk or stretched, never wrapped to the
 *   width on offer, and its measured height could not feed back into layout. uikit's own text sizes itself
 *   through an internal measure function that is not public API.
 * So uikit cannot host troika text as text. This module is the small part of uikit we need: yoga boxes in
 * metres, a measure function fed by troika's own typesetter (see text-measure.ts), one draw call per panel for
 * backgrounds (rect-batch.ts) and one for text (troika's BatchedText).
 */
import { Edge } from 'yoga-layout'
import { applyBoxStyle, yogaDirection, type BoxStyle } from './box-style'
import { LayoutNode, type BoxLayout, type ClipRect, type LayoutNodeOptions } from './layout-node'
import { createYogaNode, toMetres } from './yoga'

/** How far each layer of backgrounds sits in front of the one behind it, in metres. */
export const LAYER_DEPTH = 0.001

/** Which point of the laid-out panel sits at its position: the panel grows away from it. */
export type PanelAnchor = 'center' | 'top' | 'bottom'

/** Options of a layout tree: one flat panel in the world. */
export interface LayoutTreeOptions {
  /** Reading direction: rows run right to left in 'rtl'. @default 'ltr' */
  dir?: 'ltr' | 'rtl'
  /** @default 'center' */
  anchor?: PanelAnchor
}

/** The root box of a panel, which alone knows its tree: the boxes below it are told only how to ask for a layout. */
class PanelRoot extends LayoutNode {
  constructor(
    readonly tree: LayoutTree,
    schedule: () => void,
    style: BoxStyle,
  ) {
    super(schedule, style, { layered: true })
  }
}

/** The tree a panel's root box belongs to; null for any other box. */
export function treeOfRoot(node: LayoutNode): LayoutTree | null {
  return node instanceof PanelRoot ? node.tree : null
}

/**
 * A flexbox tree for one panel. Changes (a box added, a style changed, text measured) schedule one layout for
 * the end of the current task; the layout then moves every box's group and tells its listeners. Layout is
 * settled when no text is still being measured: tests and the accessible mirror wait for that.
 */
export class LayoutTree {
  readonly root: LayoutNode
  dir: 'ltr' | 'rtl'
  anchor: PanelAnchor
  private scheduled = false
  private pending = 0
  private disposed = false
  private rootWidth = 0
  private rootHeight = 0
  private readonly settledListeners = new Set<() => void>()
  private readonly modalListeners = new Set<() => void>()
  private modals = 0
  /** `schedule`, bound once, handed to every box of this tree. */
  private readonly scheduleLayout = (): void => this.schedule()

  constructor(rootStyle: BoxStyle, options: LayoutTreeOptions = {}) {
    this.dir = options.dir ?? 'ltr'
    this.anchor = options.anchor ?? 'center'
    this.root = new PanelRoot(this, this.scheduleLayout, rootStyle)
  }

  /** A new box in this tree; attach it to its parent to place it. */
  createNode(style: BoxStyle, options?: LayoutNodeOptions): LayoutNode {
    return new LayoutNode(this.scheduleLayout, style, options)
  }

  setDirection(dir: 'ltr' | 'rtl'): void {
    if (dir === this.dir) return
    this.dir = dir
    this.schedule()
  }

  setAnchor(anchor: PanelAnchor): void {
    if (anchor === this.anchor) return
    this.anchor = anchor
    this.schedule()
  }

  /** A dialog opened (+1) or closed (-1): while one is open, only its own controls can be used. */
  modal(delta: 1 | -1): void {
    this.modals += delta
    for (const listener of this.modalListeners) listener()
  }

  hasModal(): boolean {
    return this.modals > 0
  }

  /** Calls `listener` when a dialog opens or closes; returns a function that stops it. */
  onModal(listener: () => void): () => void {
    this.modalListeners.add(listener)
    return () => this.modalListeners.delete(listener)
  }

  /** Lays out at the end of the current task; many changes give one layout. */
  schedule(): void {
    if (this.scheduled || this.disposed) return
    this.scheduled = true
    queueMicrotask(() => this.compute())
  }

  /** True when the last layout used only measured text and nothing waits to be laid out. */
  isSettled(): boolean {
    return !this.scheduled && this.pending === 0
  }

  /** Calls `listener` each time layout settles; returns a function that stops it. */
  onSettled(listener: () => void): () => void {
    this.settledListeners.add(listener)
    return () => this.settledListeners.delete(listener)
  }

  /** Counts text measurements in flight: +1 when one starts, -1 when it ends. */
  measuring(delta: 1 | -1): void {
    this.pending += delta
    if (this.pending === 0) this.schedule()
  }

  /** The laid-out size of the whole panel, in metres. */
  size(): { width: number; height: number } {
    return { width: this.rootWidth, height: this.rootHeight }
  }

  /**
   * Scrolls the nearest scrolling box around `node` so all of `node` is in view (keyboard focus moved there).
   * Returns false when nothing needed to move.
   */
  reveal(node: LayoutNode): boolean {
    let viewport = node.parent
    while (viewport && viewport.style.overflow !== 'scroll') viewport = viewport.parent
    const clip = node.layout.clip
    if (!viewport || !clip) return false
    const top = node.layout.y + node.layout.height / 2
    const bottom = node.layout.y - node.layout.height / 2
    const shift = top > clip.maxY ? clip.maxY - top : bottom < clip.minY ? clip.minY - bottom : 0
    if (shift === 0) return false
    this.scrollBy(viewport, shift)
    return true
  }

  /** Moves a scrolling box's content up by `metres` (down when negative), within its range. */
  scrollBy(viewport: LayoutNode, metres: number): void {
    viewport.scrollTop += metres
    this.schedule()
  }

  /** Lays the tree out now. */
  compute(): void {
    this.scheduled = false
    if (this.disposed) return
    const root = syncYoga(this.root)
    root.calculateLayout(undefined, undefined, yogaDirection(this.dir))
    this.rootWidth = toMetres(root.getComputedWidth())
    this.rootHeight = toMetres(root.getComputedHeight())
    this.place(this.root, 0, 0, null, 0, null)
    if (this.isSettled()) for (const listener of this.settledListeners) listener()
  }

  dispose(): void {
    this.disposed = true
    this.root.detach()
  }

  private place(
    node: LayoutNode,
    parentLeft: number,
    parentTop: number,
    parent: BoxLayout | null,
    parentLayer: number,
    clip: ClipRect | null,
  ): void {
    const yoga = node.yoga
    if (!yoga) return
    const width = toMetres(yoga.getComputedWidth())
    const height = toMetres(yoga.getComputedHeight())
    const left = parentLeft + toMetres(yoga.getComputedLeft())
    const top = parentTop + toMetres(yoga.getComputedTop())
    const layer = parent ? parentLayer + (node.layered ? 1 : 0) + node.elevation : 0
    const layout = node.layout
    layout.width = width
    layout.height = height
    layout.x = left + width / 2 - this.rootWidth / 2
    layout.y = this.rootHeight / 2 - (top + height / 2)
    layout.z = layer * LAYER_DEPTH
    layout.clip = clip
    layout.hidden = clip !== null && !inside(layout, clip)
    if (node.object) {
      if (parent && !hangsBelow(node)) {
        console.error(`layout box ${node.object.name || '(unnamed)'} is not below its parent box's group`)
      }
      if (parent) node.object.position.set(layout.x - parent.x, layout.y - parent.y, layout.z - parent.z)
      else node.object.position.set(0, this.anchorOffset(), 0)
      node.object.updateMatrix()
    }

    let childTop = top
    let childClip = clip
    if (node.style.overflow === 'scroll' || node.style.overflow === 'hidden') {
      childClip = intersect(clip, contentBox(node, layout))
      if (node.style.overflow === 'scroll') childTop -= this.scroll(node, height)
    }
    node.notify()
    for (const child of node.ordered) this.place(child, left, childTop, layout, layer, childClip)
  }

  /** Measures a scrolling box's content, keeps its scroll offset in range, and returns it. */
  private scroll(node: LayoutNode, height: number): number {
    const yoga = node.yoga
    if (!yoga) return 0
    let bottom = 0
    for (const child of node.ordered) {
      const childYoga = child.yoga
      if (!childYoga) continue
      const childBottom =
        childYoga.getComputedTop() + childYoga.getComputedHeight() + childYoga.getComputedMargin(Edge.Bottom)
      bottom = Math.max(bottom, childBottom)
    }
    node.contentHeight = toMetres(bottom + yoga.getComputedPadding(Edge.Bottom))
    node.scrollTop = Math.min(Math.max(0, node.scrollTop), Math.max(0, node.contentHeight - height))
    return node.scrollTop
  }

  private anchorOffset(): number {
    if (this.anchor === 'top') return -this.rootHeight / 2
    if (this.anchor === 'bottom') return this.rootHeight / 2
    return 0
  }
}

/** Makes or updates the yoga nodes below `node` from the box tree, in scene order; returns its yoga node. */
function syncYoga(node: LayoutNode): NonNullable<LayoutNode['yoga']> {
  const yoga = (node.yoga ??= createYogaNode())
  if (node.styleChanged) {
    applyBoxStyle(yoga, node.style, node.measure !== undefined)
    if (node.measure) yoga.setMeasureFunc(node.measure)
    node.styleChanged = false
  }
  if (node.orderChanged) {
    node.ordered = sceneOrder(node)
    while (yoga.getChildCount() > 0) yoga.removeChild(yoga.getChild(0))
    node.ordered.forEach((child, index) => yoga.insertChild(syncYoga(child), index))
    node.orderChanged = false
  } else {
    for (const child of node.ordered) syncYoga(child)
  }
  return yoga
}

/**
 * A box's children in the order their groups appear in the scene graph below its own group, which is the
 * order React rendered them in: a child that appears later (a message shown on a mistake) takes its place.
 */
function sceneOrder(node: LayoutNode): LayoutNode[] {
  const ordered: LayoutNode[] = []
  const visit = (object: NonNullable<LayoutNode['object']>) => {
    for (const child of object.children) {
      const found = child.userData.layoutNode as LayoutNode | undefined
      if (found === undefined) visit(child)
      else if (node.children.has(found)) ordered.push(found)
    }
  }
  if (node.object) visit(node.object)
  for (const child of node.children) if (!ordered.includes(child)) ordered.push(child)
  return ordered
}

/**
 * Whether a box's group hangs below its parent box's group in the scene: positions are set relative to the parent,
 * so a box attached to one box but placed under another's group would be drawn in one place and hit in another.
 */
function hangsBelow(node: LayoutNode): boolean {
  for (let object = node.object?.parent ?? null; object; object = object.parent) {
    const owner = object.userData.layoutNode as LayoutNode | undefined
    if (owner) return owner === node.parent
  }
  return false
}

function contentBox(node: LayoutNode, layout: BoxLayout): ClipRect {
  const yoga = node.yoga
  const pad = (edge: Edge) => (yoga ? toMetres(yoga.getComputedPadding(edge)) : 0)
  return {
    minX: layout.x - layout.width / 2 + pad(Edge.Left),
    maxX: layout.x + layout.width / 2 - pad(Edge.Right),
    minY: layout.y - layout.height / 2 + pad(Edge.Bottom),
    maxY: layout.y + layout.height / 2 - pad(Edge.Top),
  }
}

function intersect(outer: ClipRect | null, inner: ClipRect): ClipRect {
  if (!outer) return inner
  return {
    minX: Math.max(outer.minX, inner.minX),
    maxX: Math.min(outer.maxX, inner.maxX),
    minY: Math.max(outer.minY, inner.minY),
    maxY: Math.min(outer.maxY, inner.maxY),
  }
}

/** Wholly inside the clip, give or take a tenth of a millimetre: only then can it be pressed. */
function inside(layout: BoxLayout, clip: ClipRect): boolean {
  const slack = 0.0001
  return (
    layout.x - layout.width / 2 >= clip.minX - slack &&
    layout.x + layout.width / 2 <= clip.maxX + slack &&
    layout.y - layout.height / 2 >= clip.minY - slack &&
    layout.y + layout.height / 2 <= clip.maxY + slack
  )
}
