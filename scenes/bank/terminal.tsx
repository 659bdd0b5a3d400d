import type { JSX } from 'react'
import { useTranslate } from '../../src/i18n/use-translate'
import { selectStage } from '../../src/state/selectors'
import { useApp } from '../../src/state/store-context'
import { Panel } from '../../src/ui/panel'
import { THEME } from '../../src/ui/theme'
import { UiText } from '../../src/ui/ui-text'
import {
  DateScreen,
  EidWaitScreen,
  LoginScreen,
  MenuScreen,
  PayFormScreen,
  ReceiptScreen,
  ReviewScreen,
  SCREEN,
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

/** The internet-bank terminal: a monitor whose screen follows the task's stage. */
export function Terminal({ position }: { position: readonly [number, number, number] }) {
  const t = useTranslate()
  const stage = useApp(selectStage) ?? 'login'
  const Screen = SCREENS[stage] ?? LoginScreen
  return (
    <group position={position as [number, number, number]} rotation={[-0.08, 0, 0]}>
      <mesh position={[0, 0, -0.03]}>
        <boxGeometry args={[SCREEN.width + 0.06, SCREEN.height + 0.12, 0.04]} />
        <meshStandardMaterial color="#2a2f38" roughness={0.5} />
      </mesh>
      <mesh position={[0, -SCREEN.height / 2 - 0.2, -0.05]}>
        <boxGeometry args={[0.08, 0.3, 0.04]} />
        <meshStandardMaterial color="#2a2f38" roughness={0.5} />
      </mesh>
      <Panel width={SCREEN.width} height={SCREEN.height + 0.06} color="#ffffff">
        <mesh position={[0, TOP_BAR_Y, -0.0005]}>
          <planeGeometry args={[SCREEN.width, 0.06]} />
          <meshBasicMaterial color={THEME.color.primary} />
        </mesh>
        <UiText
          position={[-SCREEN.width / 2 + 0.03, TOP_BAR_Y, 0]}
          anchorX="left"
          color={THEME.color.onStrong}
          bold
        >
          {t('bank.screen.bank-name')}
        </UiText>
        <UiText
          position={[SCREEN.width / 2 - 0.03, TOP_BAR_Y, 0]}
          anchorX="right"
          fontSize={THEME.size.smallText * 0.8}
          color={THEME.color.onStrong}
        >
          {t('bank.screen.practice')}
        </UiText>
        <group position={[0, -0.02, 0]}>
          <Screen />
        </group>
      </Panel>
    </group>
  )
}

const TOP_BAR_Y = (SCREEN.height + 0.06) / 2 - 0.03
