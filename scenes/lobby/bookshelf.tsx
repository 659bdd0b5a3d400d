import { useLayoutEffect, useMemo, useRef } from 'react'
import { BoxGeometry, Color, Euler, Matrix4, Object3D, Quaternion, Vector3, type InstancedMesh } from 'three'
import { mergeColoredParts, type ColoredPart } from '../../src/ui/merged-geometry'
import { useOwned } from '../../src/ui/use-owned'

const BOOK_COLORS = ['#8c2f39', '#2f5d8c', '#3f7d4e', '#c28f2c', '#5b4a7a', '#a0522d', '#2e6f73'] as const
const SHELVES = 5
const BOOKS_PER_SHELF = 22
const WIDTH = 1.6
const SHELF_HEIGHT = 0.38

/** Where one shelf unit stands: position and turn about the vertical. */
export interface ShelfPlacement {
  position: readonly [number, number, number]
  /** @default 0 */
  turn?: number
}

/** The wood of one unit, in its own frame: back panel and boards. */
function shelfParts(): ColoredPart[] {
  return [
    {
      geometry: new BoxGeometry(WIDTH + 0.08, SHELVES * SHELF_HEIGHT + 0.1, 0.04),
      position: [0, (SHELVES * SHELF_HEIGHT) / 2, -0.14],
      color: '#b08a5e',
    },
    ...Array.from({ length: SHELVES + 1 }, (_, shelf) => ({
      geometry: new BoxGeometry(WIDTH + 0.08, 0.025, 0.26),
      position: [0, 0.08 + shelf * SHELF_HEIGHT, -0.02] as const,
      color: '#c49a6c',
    })),
  ]
}

/**
 * Library shelves full of books along the walls: all the wood in one merged mesh and all the books in one
 * instanced mesh, so any number of units costs two draw calls.
 */
export function Bookshelves({ placements }: { placements: readonly ShelfPlacement[] }) {
  const books = useRef<InstancedMesh>(null)
  const wood = useMemo(
    () =>
      mergeColoredParts(
        placements.flatMap(({ position, turn = 0 }) =>
          shelfParts().map((part) => {
            const unit = new Matrix4().compose(
              new Vector3(...position),
              new Quaternion().setFromEuler(new Euler(0, turn, 0)),
              new Vector3(1, 1, 1),
            )
            part.geometry.applyMatrix4(
              new Matrix4().multiplyMatrices(
                unit,
                new Matrix4().makeTranslation(...(part.position ?? [0, 0, 0])),
              ),
            )
            return { geometry: part.geometry, color: part.color }
          }),
        ),
      ),
    [placements],
  )
  useOwned(wood)

  useLayoutEffect(() => {
    const mesh = books.current
    if (!mesh) return
    const placer = new Object3D()
    const unit = new Object3D()
    const color = new Color()
    let index = 0
    for (const { position, turn = 0 } of placements) {
      unit.position.set(...position)
      unit.rotation.set(0, turn, 0)
      unit.updateMatrix()
      for (let shelf = 0; shelf < SHELVES; shelf++) {
        let x = -WIDTH / 2 + 0.04
        for (let book = 0; book < BOOKS_PER_SHELF; book++) {
          // A fixed pseudo-random pattern, so the shelves look the same on every visit.
          const seed = Math.sin((shelf + 1) * 12.9898 + (book + 1) * 78.233) * 43758.5453
          const r = seed - Math.floor(seed)
          const thickness = 0.035 + r * 0.03
          const height = 0.22 + r * 0.1
          placer.position.set(x + thickness / 2, 0.1 + shelf * SHELF_HEIGHT + height / 2, -0.04)
          placer.rotation.set(0, 0, book % 9 === 8 ? 0.15 : 0)
          placer.scale.set(thickness, height, 1)
          placer.updateMatrix()
          mesh.setMatrixAt(index, placer.matrix.premultiply(unit.matrix))
          mesh.setColorAt(index, color.set(BOOK_COLORS[Math.floor(r * BOOK_COLORS.length)] ?? BOOK_COLORS[0]))
          index++
          x += thickness + 0.004
        }
      }
    }
    mesh.count = index
    mesh.instanceMatrix.needsUpdate = true
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true
    mesh.computeBoundingSphere()
  }, [placements])

  return (
    <group>
      <mesh geometry={wood}>
        <meshStandardMaterial vertexColors roughness={0.8} />
      </mesh>
      <instancedMesh ref={books} args={[undefined, undefined, placements.length * SHELVES * BOOKS_PER_SHELF]}>
        <boxGeometry args={[1, 1, 0.18]} />
        <meshStandardMaterial roughness={0.7} />
      </instancedMesh>
    </group>
  )
}
