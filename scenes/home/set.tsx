import { useMemo } from 'react'
import { BoxGeometry, CylinderGeometry } from 'three'
import { mergeColoredParts } from '../../src/ui/merged-geometry'
import { Room } from '../../src/ui/room'
import { MessagePhone } from './message-phone'
import scene from './scene'
import { useOwned } from '../../src/ui/use-owned'

const TABLE_TOP = 0.72

/** At home: a kitchen table with the visitor's own phone on a stand, where the messages arrive. */
export default function HomeSet() {
  const furniture = useMemo(
    () =>
      mergeColoredParts([
        {
          geometry: new BoxGeometry(1.4, 0.04, 0.8),
          position: [0, TABLE_TOP - 0.02, -0.75],
          color: '#b88a5a',
        },
        ...([-0.62, 0.62] as const).flatMap((x) =>
          ([-1.08, -0.42] as const).map((z) => ({
            geometry: new BoxGeometry(0.05, TABLE_TOP - 0.04, 0.05),
            position: [x, (TABLE_TOP - 0.04) / 2, z] as const,
            color: '#8f6a44',
          })),
        ),
        {
          geometry: new CylinderGeometry(0.08, 0.1, 0.16, 16),
          position: [0.5, TABLE_TOP + 0.08, -0.9],
          color: '#3f7d4e',
        },
        { geometry: new BoxGeometry(1.6, 0.9, 0.05), position: [2.2, 1.5, -3.97], color: '#cfe3f2' },
        { geometry: new BoxGeometry(0.9, 0.5, 0.4), position: [-2.6, 0.25, -3.5], color: '#6d7f99' },
      ]),
    [],
  )
  useOwned(furniture)
  return (
    <group>
      <Room floorColor="#c9b79c" wallColor="#f1ebe0" />
      <mesh geometry={furniture}>
        <meshStandardMaterial vertexColors roughness={0.8} />
      </mesh>
      <MessagePhone {...scene.workplace.phone} />
    </group>
  )
}
