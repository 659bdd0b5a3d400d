import { useMemo } from 'react'
import { PlaneGeometry } from 'three'
import { mergeColoredParts } from './merged-geometry'
import { useOwned } from './use-owned'

/** Props of a simple rectangular room around the visitor. */
export interface RoomProps {
  /** @default 8 */
  width?: number
  /** @default 8 */
  depth?: number
  /** @default 3 */
  height?: number
  floorColor: string
  wallColor: string
}

const CEILING = '#fbfaf7'

/** Floor, walls and ceiling in one draw call: a quiet, bright space, centred on the visitor. */
export function Room({ width = 8, depth = 8, height = 3, floorColor, wallColor }: RoomProps) {
  const geometry = useMemo(
    () =>
      mergeColoredParts([
        { geometry: new PlaneGeometry(width, depth), rotation: [-Math.PI / 2, 0, 0], color: floorColor },
        {
          geometry: new PlaneGeometry(width, depth),
          rotation: [Math.PI / 2, 0, 0],
          position: [0, height, 0],
          color: CEILING,
        },
        {
          geometry: new PlaneGeometry(width, height),
          position: [0, height / 2, -depth / 2],
          color: wallColor,
        },
        {
          geometry: new PlaneGeometry(width, height),
          position: [0, height / 2, depth / 2],
          rotation: [0, Math.PI, 0],
          color: wallColor,
        },
        {
          geometry: new PlaneGeometry(depth, height),
          position: [-width / 2, height / 2, 0],
          rotation: [0, Math.PI / 2, 0],
          color: wallColor,
        },
        {
          geometry: new PlaneGeometry(depth, height),
          position: [width / 2, height / 2, 0],
          rotation: [0, -Math.PI / 2, 0],
          color: wallColor,
        },
      ]),
    [width, depth, height, floorColor, wallColor],
  )
  useOwned(geometry)
  return (
    <mesh geometry={geometry} receiveShadow>
      <meshStandardMaterial vertexColors roughness={0.9} />
    </mesh>
  )
}
