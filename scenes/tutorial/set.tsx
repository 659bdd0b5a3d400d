import { useMemo } from 'react'
import { BoxGeometry } from 'three'
import { mergeColoredParts } from '../../src/ui/merged-geometry'
import { Room } from '../../src/ui/room'
import { BookAndCart } from './book-and-cart'
import { GlowLamp } from './glow-lamp'
import { ROOM } from './layout'
import { PressBoard } from './press-board'
import { WordBoard } from './word-board'
import { useOwned } from '../../src/ui/use-owned'

/**
 * The practice room for first steps: a table within reach of a seated visitor, a book and a book cart, a board
 * with one big button, and a lamp off to the side to find by looking around.
 */
export default function TutorialSet() {
  const table = useMemo(() => {
    const [x, z] = ROOM.table.center
    const [width, depth] = ROOM.table.size
    const legHeight = ROOM.tableTop - 0.04
    return mergeColoredParts([
      {
        geometry: new BoxGeometry(width, 0.04, depth),
        position: [x, ROOM.tableTop - 0.02, z],
        color: '#c49a6c',
      },
      ...[-1, 1].flatMap((side) =>
        [-1, 1].map((end) => ({
          geometry: new BoxGeometry(0.05, legHeight, 0.05),
          position: [x + (side * (width - 0.08)) / 2, legHeight / 2, z + (end * (depth - 0.08)) / 2] as const,
          color: '#8f6a44',
        })),
      ),
    ])
  }, [])
  useOwned(table)
  return (
    <group>
      <Room floorColor="#b89a74" wallColor="#eef0e6" />
      <mesh geometry={table}>
        <meshStandardMaterial vertexColors roughness={0.8} />
      </mesh>
      <PressBoard />
      <BookAndCart />
      <GlowLamp />
      <WordBoard />
    </group>
  )
}
