import { MeasureMode, type MeasureFunction } from 'yoga-layout'
import { Color } from 'three'
import { Text as TroikaText, type TypesetProps } from 'troika-three-text'
import type { BoxLayout, LayoutNode } from './layout-node'
import { configureFonts } from './fonts'
import { LAYER_DEPTH, type LayoutTree } from './layout-tree'
import { TextSizes } from './text-measure'
import type { PanelTextBatch } from './text-batch'
import { toMetres, toUnits } from './yoga'

/** Where text sits in its box: `start` and `end` follow the reading direction. */
export type TextAlign = 'start' | 'center' | 'end'

/**
 * One text in a layout tree: its troika mesh (drawn by the panel's batch), its measured sizes, and the yoga
 * measure function that feeds them to layout. Whatever it sets on its mesh, it tells the batch, which repacks
 * its texts only then.
 */
export class LaidOutText {
  readonly troika = new TroikaText()
  readonly sizes: TextSizes
  readonly measure: MeasureFunction
  /** The box it is measured for; set once the box exists. */
  node: LayoutNode | null = null
  private align: TextAlign = 'start'
  private readonly color = new Color()

  constructor(
    private readonly tree: LayoutTree,
    private readonly batch: PanelTextBatch,
  ) {
    configureFonts()
    this.sizes = new TextSizes(
      () => this.node?.contentChanged(),
      (delta) => tree.measuring(delta),
    )
    this.measure = (width, widthMode) => {
      const size = this.sizes.sizeAt(widthMode === MeasureMode.Undefined ? Infinity : toMetres(width))
      return { width: toUnits(size.width), height: toUnits(size.height) }
    }
    this.troika.gpuAccelerateSDF = false
    this.troika.anchorY = 'top'
  }

  /** Sets what to draw and how; asks for a new layout when the text's size may change. */
  update(props: TypesetProps, color: string, align: TextAlign): void {
    const { maxWidth, ...typeset } = props
    Object.assign(this.troika, typeset)
    // troika's batch packs a member's colour as an sRGB hex but its shader reads it as linear: pass the colour
    // decoded once more, so the text shows the theme's colour and not a paler one.
    this.troika.color = this.color.set(color).convertSRGBToLinear()
    this.align = align
    this.batch.memberChanged()
    if (this.sizes.setProps(props)) this.node?.contentChanged()
    else if (this.node) this.place(this.node.layout)
  }

  /** Puts the text's block where layout put its box, wrapped as it was measured and clipped like its box. */
  place(layout: BoxLayout): void {
    const textAlign = physicalAlign(this.align, this.tree.dir)
    const troika = this.troika
    troika.textAlign = textAlign
    troika.anchorX = textAlign
    const left = layout.x - layout.width / 2
    const x = textAlign === 'left' ? left : textAlign === 'right' ? left + layout.width : layout.x
    const top = layout.y + layout.height / 2
    troika.position.set(x, top, layout.z + LAYER_DEPTH / 2)
    troika.maxWidth = this.sizes.drawWidth(layout.width)
    const clip = layout.clip
    troika.clipRect = clip ? [clip.minX - x, clip.minY - top, clip.maxX - x, clip.maxY - top] : null
    this.batch.memberChanged()
  }
}

/** `start`/`end` as left or right in a reading direction. */
export function physicalAlign(align: TextAlign, dir: 'ltr' | 'rtl'): 'left' | 'center' | 'right' {
  if (align === 'center') return 'center'
  return (align === 'start') === (dir === 'ltr') ? 'left' : 'right'
}
