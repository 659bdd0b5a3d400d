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

/** Floor, walls and ceiling: a quiet, bright space, centred on the visitor. */
export function Room({ width = 8, depth = 8, height = 3, floorColor, wallColor }: RoomProps) {
  return (
    <group>
      <mesh rotation={[-Math.PI / 2, 0, 0]} receiveShadow>
        <planeGeometry args={[width, depth]} />
        <meshStandardMaterial color={floorColor} roughness={0.85} />
      </mesh>
      <mesh rotation={[Math.PI / 2, 0, 0]} position={[0, height, 0]}>
        <planeGeometry args={[width, depth]} />
        <meshStandardMaterial color="#fbfaf7" roughness={1} />
      </mesh>
      <mesh position={[0, height / 2, -depth / 2]}>
        <planeGeometry args={[width, height]} />
        <meshStandardMaterial color={wallColor} roughness={1} />
      </mesh>
      <mesh position={[0, height / 2, depth / 2]} rotation={[0, Math.PI, 0]}>
        <planeGeometry args={[width, height]} />
        <meshStandardMaterial color={wallColor} roughness={1} />
      </mesh>
      <mesh position={[-width / 2, height / 2, 0]} rotation={[0, Math.PI / 2, 0]}>
        <planeGeometry args={[depth, height]} />
        <meshStandardMaterial color={wallColor} roughness={1} />
      </mesh>
      <mesh position={[width / 2, height / 2, 0]} rotation={[0, -Math.PI / 2, 0]}>
        <planeGeometry args={[depth, height]} />
        <meshStandardMaterial color={wallColor} roughness={1} />
      </mesh>
    </group>
  )
}
