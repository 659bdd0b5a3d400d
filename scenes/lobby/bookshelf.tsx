import { useLayoutEffect, useRef } from 'react'
import { Color, Object3D, type InstancedMesh } from 'three'

const BOOK_COLORS = ['#8c2f39', '#2f5d8c', '#3f7d4e', '#c28f2c', '#5b4a7a', '#a0522d', '#2e6f73'] as const
const SHELVES = 5
const BOOKS_PER_SHELF = 22
const WIDTH = 1.6
const SHELF_HEIGHT = 0.38

/** A wall shelf of books, drawn as one instanced mesh (one draw call for all the books). */
export function Bookshelf({
  position,
  rotation = [0, 0, 0],
}: {
  position: [number, number, number]
  rotation?: [number, number, number]
}) {
  const books = useRef<InstancedMesh>(null)
  useLayoutEffect(() => {
    const mesh = books.current
    if (!mesh) return
    const placer = new Object3D()
    const color = new Color()
    let index = 0
    for (let shelf = 0; shelf < SHELVES; shelf++) {
      let x = -WIDTH / 2 + 0.04
      for (let book = 0; book < BOOKS_PER_SHELF; book++) {
        // A fixed pseudo-random pattern, so the shelf looks the same on every visit.
        const seed = Math.sin((shelf + 1) * 12.9898 + (book + 1) * 78.233) * 43758.5453
        const r = seed - Math.floor(seed)
        const thickness = 0.035 + r * 0.03
        const height = 0.22 + r * 0.1
        placer.position.set(x + thickness / 2, 0.1 + shelf * SHELF_HEIGHT + height / 2, 0)
        placer.rotation.set(0, 0, book % 9 === 8 ? 0.15 : 0)
        placer.scale.set(thickness, height, 1)
        placer.updateMatrix()
        mesh.setMatrixAt(index, placer.matrix)
        mesh.setColorAt(index, color.set(BOOK_COLORS[Math.floor(r * BOOK_COLORS.length)] ?? BOOK_COLORS[0]))
        index++
        x += thickness + 0.004
      }
    }
    mesh.count = index
    mesh.instanceMatrix.needsUpdate = true
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true
  }, [])
  return (
    <group position={position} rotation={rotation}>
      <mesh position={[0, (SHELVES * SHELF_HEIGHT) / 2, -0.14]}>
        <boxGeometry args={[WIDTH + 0.08, SHELVES * SHELF_HEIGHT + 0.1, 0.04]} />
        <meshStandardMaterial color="#b08a5e" roughness={0.8} />
      </mesh>
      {Array.from({ length: SHELVES + 1 }, (_, shelf) => (
        <mesh key={shelf} position={[0, 0.08 + shelf * SHELF_HEIGHT, -0.02]}>
          <boxGeometry args={[WIDTH + 0.08, 0.025, 0.26]} />
          <meshStandardMaterial color="#c49a6c" roughness={0.8} />
        </mesh>
      ))}
      <instancedMesh
        ref={books}
        args={[undefined, undefined, SHELVES * BOOKS_PER_SHELF]}
        position={[0, 0, -0.04]}
      >
        <boxGeometry args={[1, 1, 0.18]} />
        <meshStandardMaterial roughness={0.7} />
      </instancedMesh>
    </group>
  )
}
