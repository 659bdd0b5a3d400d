import { StationBadge } from '../../src/station/station-badge'
import { Room } from '../../src/ui/room'
import { Bookshelves, type ShelfPlacement } from './bookshelf'
import { WelcomePanel } from './welcome-panel'

const SHELVES: readonly ShelfPlacement[] = [
  { position: [-2.4, 0, -3.7] },
  { position: [2.4, 0, -3.7] },
  { position: [-3.7, 0, -1.5], turn: Math.PI / 2 },
  { position: [3.7, 0, -1.5], turn: -Math.PI / 2 },
]

/** The lobby: a calm library room with shelves, a rug and the welcome board. */
export default function LobbySet() {
  return (
    <group>
      <Room floorColor="#a77b52" wallColor="#efe6d6" />
      <mesh rotation={[-Math.PI / 2, 0, 0]} position={[0, 0.005, -0.6]}>
        <circleGeometry args={[1.3, 48]} />
        <meshStandardMaterial color="#6d8a7b" roughness={1} />
      </mesh>
      <Bookshelves placements={SHELVES} />
      <StationBadge position={[0.86, 1.62, -0.82]} rotation={[0, -0.6, 0]} />
      <WelcomePanel />
    </group>
  )
}
