import { useMemo } from 'react'
import { BoxGeometry, CylinderGeometry, IcosahedronGeometry } from 'three'
import { useTranslate } from '../../src/state/use-translate'
import { ErrandEidPhone } from '../../src/ui/page/errand-eid-phone'
import { mergeColoredParts, type ColoredPart } from '../../src/ui/merged-geometry'
import { Row, Stack } from '../../src/ui/kit/box'
import { Panel } from '../../src/ui/kit/panel'
import { Text } from '../../src/ui/kit/text'
import { Room } from '../../src/ui/room'
import { DocumentView } from '../../src/ui/document/document-view'
import { useErrandDocument } from '../../src/ui/document/use-errand-document'
import { useTheme } from '../../src/ui/use-theme'
import scene from './scene'
import { Terminal } from './terminal'
import { useOwned } from '../../src/ui/use-owned'

const DESK_TOP = 0.9
const { workplace } = scene
const WOOD = '#c9ab86'

/** A waiting chair in its own frame: seat, back and four legs. */
function chairParts(x: number, z: number, turn: number): ColoredPart[] {
  const sin = Math.sin(turn)
  const cos = Math.cos(turn)
  const at = (dx: number, y: number, dz: number) =>
    [x + dx * cos + dz * sin, y, z - dx * sin + dz * cos] as const
  const legs = [-0.2, 0.2].flatMap((dx) => [-0.2, 0.2].map((dz) => [dx, dz] as const))
  return [
    {
      geometry: new BoxGeometry(0.46, 0.05, 0.46),
      position: at(0, 0.45, 0),
      rotation: [0, turn, 0],
      color: '#3f7d6e',
    },
    {
      geometry: new BoxGeometry(0.46, 0.42, 0.05),
      position: at(0, 0.68, -0.21),
      rotation: [0, turn, 0],
      color: '#3f7d6e',
    },
    ...legs.map(([dx, dz]) => ({
      geometry: new BoxGeometry(0.03, 0.43, 0.03),
      position: at(dx, 0.215, dz),
      rotation: [0, turn, 0] as const,
      color: '#5b6470',
    })),
  ]
}

/** The counter, the waiting chairs and a plant: static, so one merged mesh and one draw call. */
function useScenery() {
  return useMemo(
    () =>
      mergeColoredParts([
        { geometry: new BoxGeometry(2.1, 0.05, 0.85), position: [0, DESK_TOP - 0.025, -0.72], color: WOOD },
        {
          geometry: new BoxGeometry(2.1, DESK_TOP - 0.05, 0.04),
          position: [0, (DESK_TOP - 0.05) / 2, -0.32],
          color: '#4f6f68',
        },
        ...chairParts(-2.6, 1.2, Math.PI / 2),
        ...chairParts(-2.6, 0.6, Math.PI / 2),
        ...chairParts(-2.6, 0, Math.PI / 2),
        {
          geometry: new CylinderGeometry(0.16, 0.12, 0.34, 12),
          position: [2.7, 0.17, -2.6],
          color: '#b5714b',
        },
        { geometry: new IcosahedronGeometry(0.34, 1), position: [2.7, 0.66, -2.6], color: '#4c8a4f' },
        // A notice board behind the counter, for the signs.
        { geometry: new BoxGeometry(1.5, 0.95, 0.03), position: [1.95, 1.6, -3.97], color: '#e9e2d3' },
      ]),
    [],
  )
}

/** The opening hours on the notice board. */
function OpeningHours() {
  const theme = useTheme()
  const t = useTranslate()
  const rows = [
    ['eservice.opening.mon-thu', 'eservice.opening.mon-thu-hours'],
    ['eservice.opening.fri', 'eservice.opening.fri-hours'],
    ['eservice.opening.weekend', 'eservice.opening.closed'],
  ] as const
  return (
    <Panel position={[1.95, 1.6, -3.94]} width={1.3} padding={0.06} gap={0.03}>
      <Text size={0.08} bold>
        {t('eservice.opening.title')}
      </Text>
      <Stack gap={0.015}>
        {rows.map(([day, hours]) => (
          <Row key={day} justify="space-between">
            <Text size={0.055}>{t(day)}</Text>
            <Text size={0.055} bold nowrap>
              {t(hours)}
            </Text>
          </Row>
        ))}
      </Stack>
      <Text size={0.04} color={theme.color.mutedText}>
        {t('eservice.opening.book')}
      </Text>
    </Panel>
  )
}

/** The city's service centre: a counter with the self-service terminal, the e-ID phone and the family's letter. */
export default function EServiceSet() {
  const t = useTranslate()
  const scenery = useScenery()
  useOwned(scenery)
  const letter = useErrandDocument('apply-preschool')
  return (
    <group>
      <Room floorColor="#b9b2a4" wallColor="#eef1ec" />
      <mesh geometry={scenery}>
        <meshStandardMaterial vertexColors roughness={0.75} />
      </mesh>
      <Panel position={[-1.2, 2.25, -3.98]} background="#0f5c4d" padding={0.08} gap={0.02} radius={0.02}>
        <Text size={0.2} bold color="#ffffff" nowrap>
          {t('eservice.city')}
        </Text>
        <Text size={0.09} color="#ffffff" nowrap>
          {`${t('eservice.place')} · ${t('eservice.practice')}`}
        </Text>
      </Panel>
      <OpeningHours />
      <Terminal position={workplace.terminal} />
      <ErrandEidPhone idPrefix="eservice.phone" {...workplace.phone} />
      {/* Wide enough for two entries side by side on a card: a shorter paper on the desk leaves a phone's keys larger. */}
      {letter && <DocumentView document={letter} {...workplace.paperRest} width={0.42} readingWidth={0.56} />}
    </group>
  )
}
