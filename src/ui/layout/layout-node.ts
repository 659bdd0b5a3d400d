import type { MeasureFunction, Node } from 'yoga-layout'
import type { Object3D } from 'three'
import type { BoxStyle } from './box-style'

/** A rectangle in the root's frame (metres, x right, y up). */
export interface ClipRect {
  minX: number
  minY: number
  maxX: number
  maxY: number
}

/** Where a box ended up after layout. */
export interface BoxLayout {
  width: number
  height: number
  /** The box's centre in the root's frame: metres, x right, y up, origin at the root's centre. */
  x: number
  y: number
  /** Lifted one layer above every box behind it that draws a background. */
  z: number
  /** The part that can be seen, when a scrolled box clips it; null when nothing clips it. */
  clip: ClipRect | null
  /** Not wholly inside its clip (scrolled partly or fully out of view): it cannot be pressed. */
  hidden: boolean
}

/** Options of a layout box beyond its style. */
export interface LayoutNodeOptions {
  /** Sizes a leaf from its content (text), given the width on offer. */
  measure?: MeasureFunction
  /** Draws a background, so its content sits a layer above it. @default false */
  layered?: boolean
  /** Extra layers above its parent, for what must cover the panel (a dialog). @default 0 */
  elevation?: number
}

/**
 * One flexbox box: its style, its place among its siblings, and the 3D object it positions. The yoga node
 * behind it is made when the tree first lays it out, so children may attach before their parents do.
 */
export class LayoutNode {
  style: BoxStyle
  readonly measure: MeasureFunction | undefined
  readonly layered: boolean
  readonly elevation: number
  /** The group this box moves; its children's groups hang below it. */
  object: Object3D | null = null
  parent: LayoutNode | null = null
  readonly children = new Set<LayoutNode>()
  /** Children in scene order, as last given to yoga. */
  ordered: LayoutNode[] = []
  yoga: Node | null = null
  styleChanged = true
  orderChanged = true
  /** How far the content of a scrolling box is moved up, in metres. */
  scrollTop = 0
  /** Height of a scrolling box's content, in metres, from the last layout. */
  contentHeight = 0
  readonly layout: BoxLayout = { width: 0, height: 0, x: 0, y: 0, z: 0, clip: null, hidden: false }
  /** The font size in metres of the text this box holds, if it is a text's box: for legibility checks. */
  fontSize: number | null = null
  private readonly listeners = new Set<(layout: BoxLayout) => void>()

  /**
   * @param schedule asks the tree that owns this box for a layout before the next frame: a callback rather than
   *   the tree itself, so a box knows nothing of the tree and the two files do not import each other.
   */
  constructor(
    private readonly schedule: () => void,
    style: BoxStyle,
    options: LayoutNodeOptions = {},
  ) {
    this.style = style
    this.measure = options.measure
    this.layered = options.layered ?? false
    this.elevation = options.elevation ?? 0
  }

  /** Sets the group this box positions; the tree finds children's order from the scene graph below it. */
  setObject(object: Object3D | null): void {
    if (this.object) delete this.object.userData.layoutNode
    this.object = object
    if (object) {
      object.userData.layoutNode = this
      // Layout moves the group, and only layout: three need not recompose its matrix every frame.
      object.matrixAutoUpdate = false
    }
    this.parent?.markOrderChanged()
  }

  setStyle(style: BoxStyle): void {
    this.style = style
    this.styleChanged = true
    this.schedule()
  }

  /** The content was re-measured: lay out again. */
  contentChanged(): void {
    this.yoga?.markDirty()
    this.schedule()
  }

  attach(parent: LayoutNode): void {
    this.parent = parent
    parent.children.add(this)
    parent.markOrderChanged()
  }

  /** Leaves the tree and frees the yoga node; children detach on their own. */
  detach(): void {
    const parent = this.parent
    if (parent) {
      parent.children.delete(this)
      parent.ordered = parent.ordered.filter((child) => child !== this)
      if (parent.yoga && this.yoga) parent.yoga.removeChild(this.yoga)
      parent.markOrderChanged()
      this.parent = null
    }
    this.freeYoga()
  }

  freeYoga(): void {
    const yoga = this.yoga
    if (!yoga) return
    while (yoga.getChildCount() > 0) yoga.removeChild(yoga.getChild(0))
    if (this.measure) yoga.unsetMeasureFunc()
    yoga.free()
    this.yoga = null
    // Attached again later (React may remount), the box is rebuilt from its style and children.
    this.styleChanged = true
    this.orderChanged = true
  }

  markOrderChanged(): void {
    this.orderChanged = true
    this.schedule()
  }

  /** Calls `listener` after every layout of this box; returns a function that stops it. */
  onLayout(listener: (layout: BoxLayout) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  notify(): void {
    for (const listener of this.listeners) listener(this.layout)
  }
}
