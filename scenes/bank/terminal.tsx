import { useRef, type JSX } from 'react'
import type { Mesh } from 'three'
import { useTranslate } from '../../src/i18n/use-translate'
import { selectStage } from '../../src/state/selectors'
import { useApp } from '../../src/state/store-context'
import { Box, Row } from '../../src/ui/kit/box'
import { Panel } from '../../src/ui/kit/panel'
import { Text } from '../../src/ui/kit/text'
import { useTheme } from '../../src/ui/use-theme'
import { useScreenShape } from '../../src/ui/use-screen-shape'
import {
  DateScreen,
  EidWaitScreen,
  LoginScreen,
  MenuScreen,
  PayFormScreen,
  ReceiptScreen,
  ReviewScreen,
} from './terminal-screens'

/** Which screen the internet bank shows at each stage of the task. */
const SCREENS: Record<string, () => JSX.Element> = {
  login: LoginScreen,
  'eid-login': () => <EidWaitScreen textKey="bank.screen.open-phone" />,
  menu: MenuScreen,
  'pay-form': PayFormScreen,
  date: DateScreen,
  review: ReviewScreen,
  'eid-sign': () => <EidWaitScreen textKey="bank.screen.sign-on-phone" />,
  receipt: ReceiptScreen,
}

const WIDTH = 0.9
/** On an upright screen the bank's page reflows narrower, as a web page does on a phone. */
const NARROW_WIDTH = 0.6
const BEZEL = 0.03

/**
 * The internet-bank terminal: a monitor whose screen follows the task's stage and grows upward with its content
 * (larger text, a longer page), never down behind the keypad in front of it. `position` is its bottom edge.
 */
export function Terminal({ position }: { position: readonly [number, number, number] }) {
  const theme = useTheme()
  const t = useTranslate()
  const stage = useApp(selectStage) ?? 'login'
  const Screen = SCREENS[stage] ?? LoginScreen
  const shape = useScreenShape()
  const bezel = useRef<Mesh>(null)
  const fit = (width: number, height: number) => {
    bezel.current?.scale.set(width + BEZEL * 2, height + BEZEL * 2, 1)
    bezel.current?.position.set(0, height / 2, -0.03)
  }
  return (
    <group position={position as [number, number, number]} rotation={[-0.08, 0, 0]}>
      <mesh ref={bezel} position={[0, 0.28, -0.03]}>
        <boxGeometry args={[1, 1, 0.04]} />
        <meshStandardMaterial color="#2a2f38" roughness={0.5} />
      </mesh>
      <mesh position={[0, -0.15, -0.05]}>
        <boxGeometry args={[0.08, 0.3, 0.04]} />
        <meshStandardMaterial color="#2a2f38" roughness={0.5} />
      </mesh>
      <Panel
        width={shape === 'portrait' ? NARROW_WIDTH : WIDTH}
        padding={0}
        gap={0}
        background={theme.color.field}
        radius={0.006}
        anchor="bottom"
        style={{ minHeight: shape === 'portrait' ? 0.3 : 0.56 }}
        onResize={fit}
      >
        <Box
          background={theme.color.primary}
          radius={0.006}
          style={{ flexDirection: 'row', padding: { horizontal: theme.space.m, vertical: theme.space.s } }}
        >
          {/* Wraps at the larger text sizes rather than run off the screen. */}
          <Row justify="space-between" wrap gap={theme.space.m} style={{ flexGrow: 1, flexShrink: 1 }}>
            <Text bold color={theme.color.onStrong}>
              {t('bank.screen.bank-name')}
            </Text>
            <Text color={theme.color.onStrong}>{t('bank.screen.practice')}</Text>
          </Row>
        </Box>
        <Box style={{ padding: theme.space.l, flexGrow: 1, justifyContent: 'center' }}>
          <Screen />
        </Box>
      </Panel>
    </group>
  )
}
