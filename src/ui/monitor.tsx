import { useRef, type ReactNode } from 'react'
import type { Mesh } from 'three'
import { Box } from './kit/box'
import { Panel } from './kit/panel'
import { useScreenShape } from './use-screen-shape'
import { useTheme } from './use-theme'
import { type Vec3, mutableVec3 } from '../domain/vec3'

/** Props of a computer screen on a stand. */
export interface MonitorProps {
  position: Vec3
  /** Tilt back, in radians. @default 0.08 */
  tilt?: number
  /** Page width in metres. */
  width: number
  /** Page width on an upright screen (a phone), where the page reflows narrower as a web page does. */
  narrowWidth: number
  /** The page is at least this tall, in metres, on a wide and on an upright screen. */
  minHeight: { wide: number; narrow: number }
  /**
   * 'center': the screen's middle is at `position` and the stand hangs below it; 'bottom': the screen stands on its
   * lower edge at `position` and grows upwards with its page. @default 'center'
   */
  anchor?: 'center' | 'bottom'
  /** Height of the stand in metres. @default 0.3 */
  standHeight?: number
  /** The site's header bar: colour and content (its name, who is logged in, that it is practice). */
  header: { color: string; content: ReactNode }
  /** The page. */
  children: ReactNode
}

const BEZEL = 0.03
const FRAME_COLOR = '#2a2f38'

/**
 * A computer screen on a stand, its frame grown to fit the page: a header bar over the page, laid out on one panel,
 * so a terminal (the bank's, the city's) is its pages and nothing else.
 */
export function Monitor({
  position,
  tilt = 0.08,
  width,
  narrowWidth,
  minHeight,
  anchor = 'center',
  standHeight = 0.3,
  header,
  children,
}: MonitorProps) {
  const theme = useTheme()
  const narrow = useScreenShape() === 'portrait'
  const bezel = useRef<Mesh>(null)
  const stand = useRef<Mesh>(null)
  const fit = (pageWidth: number, pageHeight: number) => {
    bezel.current?.scale.set(pageWidth + BEZEL * 2, pageHeight + BEZEL * 2, 1)
    bezel.current?.position.set(0, anchor === 'bottom' ? pageHeight / 2 : 0, -0.03)
    const top = anchor === 'bottom' ? 0 : -pageHeight / 2
    stand.current?.position.set(0, top - standHeight / 2, -0.05)
  }
  return (
    <group position={mutableVec3(position)} rotation={[-tilt, 0, 0]}>
      <mesh ref={bezel} position={[0, 0, -0.03]}>
        <boxGeometry args={[1, 1, 0.04]} />
        <meshStandardMaterial color={FRAME_COLOR} roughness={0.5} />
      </mesh>
      <mesh ref={stand}>
        <boxGeometry args={[0.08, standHeight, 0.04]} />
        <meshStandardMaterial color={FRAME_COLOR} roughness={0.5} />
      </mesh>
      <Panel
        width={narrow ? narrowWidth : width}
        anchor={anchor}
        padding={0}
        gap={0}
        background={theme.color.field}
        radius={0.006}
        style={{ minHeight: narrow ? minHeight.narrow : minHeight.wide }}
        onResize={fit}
      >
        <Box
          background={header.color}
          radius={0.006}
          style={{ flexDirection: 'row', padding: { horizontal: theme.space.m, vertical: theme.space.s } }}
        >
          {header.content}
        </Box>
        <Box style={{ padding: theme.space.l, flexGrow: 1, justifyContent: 'center' }}>{children}</Box>
      </Panel>
    </group>
  )
}
