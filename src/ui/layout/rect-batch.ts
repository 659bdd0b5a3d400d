import {
  Color,
  DynamicDrawUsage,
  Group,
  InstancedBufferAttribute,
  InstancedMesh,
  PlaneGeometry,
  ShaderMaterial,
  type ColorRepresentation,
} from 'three'
import type { ClipRect } from './layout-node'

/** One rounded rectangle: a background, a button face, a field's frame. Metres, in the panel's frame. */
export interface RectShape {
  x: number
  y: number
  z: number
  width: number
  height: number
  /** Corner radius. */
  radius: number
  clip: ClipRect | null
  /** Turn about the panel's normal, in radians (for marks drawn from bars, such as a tick). @default 0 */
  rotation?: number
}

const VERTEX = /* glsl */ `
attribute vec4 aShape;
attribute vec4 aClip;
varying vec2 vLocal;
varying vec2 vFrame;
varying vec3 vShape;
varying vec4 vClip;
varying vec3 vColor;
void main() {
  vec4 framePosition = instanceMatrix * vec4(position, 1.0);
  vLocal = position.xy * 2.0 * aShape.xy;
  vFrame = framePosition.xy;
  vShape = aShape.xyz;
  vClip = aClip;
  vColor = instanceColor;
  gl_Position = projectionMatrix * modelViewMatrix * framePosition;
}
`

const FRAGMENT = /* glsl */ `
varying vec2 vLocal;
varying vec2 vFrame;
varying vec3 vShape;
varying vec4 vClip;
varying vec3 vColor;
void main() {
  if (vFrame.x < vClip.x || vFrame.y < vClip.y || vFrame.x > vClip.z || vFrame.y > vClip.w) discard;
  vec2 corner = abs(vLocal) - vShape.xy + vShape.z;
  float outside = length(max(corner, 0.0)) + min(max(corner.x, corner.y), 0.0) - vShape.z;
  if (outside > 0.0) discard;
  gl_FragColor = vec4(vColor, 1.0);
  #include <colorspace_fragment>
}
`

const NO_CLIP: ClipRect = { minX: -1e6, minY: -1e6, maxX: 1e6, maxY: 1e6 }
const scratchColor = new Color()

/**
 * Every rounded rectangle of one panel in a single draw call: an instanced quad whose fragment shader cuts
 * the corners and the scroll clip. Rectangles are slots; a freed slot collapses to nothing until reused.
 */
export class RectBatch extends Group {
  private mesh: InstancedMesh
  private shape: InstancedBufferAttribute
  private clip: InstancedBufferAttribute
  private readonly free: number[] = []
  private used = 0
  private static readonly geometry = new PlaneGeometry(1, 1)
  private static readonly material = new ShaderMaterial({ vertexShader: VERTEX, fragmentShader: FRAGMENT })

  constructor(private capacity = 64) {
    super()
    this.name = 'ui-rects'
    const { mesh, shape, clip } = this.build(capacity)
    this.mesh = mesh
    this.shape = shape
    this.clip = clip
    this.add(mesh)
  }

  /** Reserves a rectangle; it draws nothing until {@link set}. */
  allocate(): number {
    const reused = this.free.pop()
    if (reused !== undefined) return reused
    if (this.used === this.capacity) this.grow()
    const slot = this.used++
    this.mesh.count = this.used
    this.collapse(slot)
    return slot
  }

  release(slot: number): void {
    this.collapse(slot)
    this.free.push(slot)
  }

  set(slot: number, rect: RectShape, color: ColorRepresentation): void {
    const matrix = this.mesh.instanceMatrix.array
    const at = slot * 16
    const width = Math.max(rect.width, 0)
    const height = Math.max(rect.height, 0)
    const cos = Math.cos(rect.rotation ?? 0)
    const sin = Math.sin(rect.rotation ?? 0)
    matrix.fill(0, at, at + 16)
    matrix[at] = cos * width
    matrix[at + 1] = sin * width
    matrix[at + 4] = -sin * height
    matrix[at + 5] = cos * height
    matrix[at + 10] = 1
    matrix[at + 12] = rect.x
    matrix[at + 13] = rect.y
    matrix[at + 14] = rect.z
    matrix[at + 15] = 1
    this.mesh.instanceMatrix.needsUpdate = true
    const radius = Math.min(rect.radius, rect.width / 2, rect.height / 2)
    this.shape.setXYZW(slot, rect.width / 2, rect.height / 2, Math.max(radius, 0), 0)
    this.shape.needsUpdate = true
    const clip = rect.clip ?? NO_CLIP
    this.clip.setXYZW(slot, clip.minX, clip.minY, clip.maxX, clip.maxY)
    this.clip.needsUpdate = true
    this.setColor(slot, color)
  }

  setColor(slot: number, color: ColorRepresentation): void {
    this.mesh.setColorAt(slot, scratchColor.set(color))
    if (this.mesh.instanceColor) this.mesh.instanceColor.needsUpdate = true
  }

  /**
   * Frees what the batch holds on the GPU: its own copy of the quad with the per-rectangle attributes (an instanced
   * mesh's dispose leaves its geometry alone, and the renderer keeps a geometry until it is disposed).
   */
  override dispose(): void {
    this.mesh.geometry.dispose()
    this.mesh.dispose()
  }

  private collapse(slot: number): void {
    const matrix = this.mesh.instanceMatrix.array
    matrix.fill(0, slot * 16, slot * 16 + 16)
    this.mesh.instanceMatrix.needsUpdate = true
  }

  private build(capacity: number) {
    const mesh = new InstancedMesh(RectBatch.geometry, RectBatch.material, capacity)
    mesh.instanceMatrix.setUsage(DynamicDrawUsage)
    mesh.setColorAt(0, scratchColor.set('#ffffff'))
    // Instances spread over the whole panel; the unit quad's bounds would cull them wrongly.
    mesh.frustumCulled = false
    // Pointers hit the controls' own hit areas, never the drawing.
    mesh.raycast = () => undefined
    mesh.count = 0
    const shape = new InstancedBufferAttribute(new Float32Array(capacity * 4), 4).setUsage(DynamicDrawUsage)
    const clip = new InstancedBufferAttribute(new Float32Array(capacity * 4), 4).setUsage(DynamicDrawUsage)
    mesh.geometry = RectBatch.geometry.clone()
    mesh.geometry.setAttribute('aShape', shape)
    mesh.geometry.setAttribute('aClip', clip)
    return { mesh, shape, clip }
  }

  /** Doubles the room: a new instanced mesh with the old rectangles copied in. */
  private grow(): void {
    const old = { mesh: this.mesh, shape: this.shape, clip: this.clip }
    this.capacity *= 2
    const next = this.build(this.capacity)
    next.mesh.instanceMatrix.array.set(old.mesh.instanceMatrix.array)
    const oldColors = old.mesh.instanceColor?.array
    if (oldColors && next.mesh.instanceColor) next.mesh.instanceColor.array.set(oldColors)
    next.shape.array.set(old.shape.array)
    next.clip.array.set(old.clip.array)
    next.mesh.count = this.used
    this.remove(old.mesh)
    old.mesh.geometry.dispose()
    old.mesh.dispose()
    this.mesh = next.mesh
    this.shape = next.shape
    this.clip = next.clip
    this.add(next.mesh)
  }
}
