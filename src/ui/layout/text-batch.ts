import { Mesh, MeshBasicMaterial, type Material } from 'three'
import { BatchedText, Text } from 'troika-three-text'
import { FlatGlyphsGeometry } from './flat-glyphs-geometry'

/**
 * One panel's texts in one draw call: troika's BatchedText, doing its per-member work only when a member changed.
 *
 * troika's batch, every frame and for every member, composes the member's matrix and grows the batch's bounds
 * with it, hands the member's uniforms through the material to copy them into a data texture, and asks every
 * member whether it has an outline each time the renderer reads `material`. With a panel of fifty texts that was
 * most of the app's script time per frame, for values that change only when text is laid out or synced. Here
 * that work runs once after a change, and the frames in between reuse its result: the data texture, the bounds
 * and the member matrices are exactly what troika would have computed again.
 *
 * A change is a member added or removed, a member's or the batch's sync completing (new glyphs, bounds, packing
 * order), or {@link memberChanged}: whoever sets a member's position, clip, colour or typesetting calls it.
 */
export class PanelTextBatch extends BatchedText {
  /** Member matrices and the batch's bounds need recomputing. */
  private boundsStale = true
  /** The data texture needs repacking, per material (main, outline). */
  private readonly packStale = { main: true, outline: true }
  private outline: boolean | null = null
  private readonly markStale = (): void => this.memberChanged()

  constructor() {
    super()
    this.name = 'ui-texts'
    // Theme colours exactly as designed, like the backgrounds: no tone mapping on flat UI.
    this.material = new MeshBasicMaterial({ transparent: true, toneMapped: false })
    // Glyphs are drawn into their atlas on the CPU: GPU-drawn SDFs come out sheared on some renderers.
    this.gpuAccelerateSDF = false
    // Members sit all over the panel, and an empty batch must still render once to sync its members.
    this.frustumCulled = false
    this.raycast = () => undefined
    // The glyphs written out as one mesh, not instanced: see FlatGlyphsGeometry. It draws exactly the glyphs
    // packed, where troika's batch would leave three's default instance count of Infinity.
    this.geometry.dispose()
    this.geometry = new FlatGlyphsGeometry()
    this.addEventListener('synccomplete', () => this.memberChanged())
  }

  /** A member's position, clip, colour or typesetting was set: the next frame repacks. */
  memberChanged(): void {
    this.boundsStale = true
    this.packStale.main = true
    this.packStale.outline = true
    this.outline = null
  }

  override addText(text: Text): void {
    super.addText(text)
    text.addEventListener('synccomplete', this.markStale)
    this.memberChanged()
  }

  override removeText(text: Text): void {
    super.removeText(text)
    text.removeEventListener('synccomplete', this.markStale)
    this.memberChanged()
  }

  override updateMatrixWorld(force?: boolean): void {
    // The batch's own matrices as any mesh's; the members' (troika's updateBounds) only after a change.
    Mesh.prototype.updateMatrixWorld.call(this, force)
    if (!this.boundsStale) return
    this.boundsStale = false
    this.updateBounds()
  }

  override hasOutline(): boolean {
    this.outline ??= super.hasOutline()
    return this.outline
  }

  override _prepareForRender(material: Material & TroikaBatchMaterial): void {
    const which = material.isTextOutlineMaterial ? 'outline' : 'main'
    const packed = this._dataTextures[which]
    if (this.packStale[which] || !packed) {
      super._prepareForRender(material)
      this.packStale[which] = false
      return
    }
    // Unchanged since the last pack: what troika does around its member loop, with the same texture.
    material.uniforms.uTroikaIsOutline.value = which === 'outline'
    material.setMatrixTexture(packed)
    // troika's plain Text preparation: the uniforms shared by every member (the atlas, the batch's colour).
    Text.prototype._prepareForRender.call(this, material)
  }
}

/** What troika's batched text material adds to a material. */
interface TroikaBatchMaterial {
  isTextOutlineMaterial?: boolean
  uniforms: { uTroikaIsOutline: { value: boolean } }
  setMatrixTexture(texture: unknown): void
}
