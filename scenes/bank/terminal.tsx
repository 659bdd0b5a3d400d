import type { JSX } from 'react'
import { useTranslate } from '../../src/state/use-translate'
import { selectStage } from '../../src/state/selectors'
import { useApp } from '../../src/state/store-context'
import { Row } from '../../src/ui/kit/box'
import { Text } from '../../src/ui/kit/text'
import { Monitor } from '../../src/ui/monitor'
import { useTheme } from '../../src/ui/use-theme'
import { EidWaitMessage } from '../../src/ui/eid/eid-wait-message'
import {
  DateScreen,
  LoginScreen,
  MenuScreen,
  PayFormScreen,
  ReceiptScreen,
  ReviewScreen,
} from './terminal-screens'

/** Which screen the internet bank shows at each stage of the task. */
const SCREENS: Record<string, () => JSX.Element> = {
  login: LoginScreen,
  'eid-login': () => <EidWaitMessage titleKey="bank.screen.open-phone" />,
  menu: MenuScreen,
  'pay-form': PayFormScreen,
  date: DateScreen,
  review: ReviewScreen,
  'eid-sign': () => <EidWaitMessage titleKey="bank.screen.sign-on-phone" />,
  receipt: ReceiptScreen,
}

/**
 * The internet-bank terminal: a monitor whose screen follows the task's stage and grows upward with its content
 * (larger text, a longer page), never down behind the keypad in front of it. `position` is its bottom edge.
 */
export function Terminal({ position }: { position: readonly [number, number, number] }) {
  const theme = useTheme()
  const t = useTranslate()
  const stage = useApp(selectStage) ?? 'login'
  const Screen = SCREENS[stage] ?? LoginScreen
  return (
    <Monitor
      position={position}
      width={0.9}
      // On an upright screen the bank's page reflows narrower, as a web page does on a phone.
      narrowWidth={0.6}
      minHeight={{ wide: 0.56, narrow: 0.3 }}
      anchor="bottom"
      header={{
        color: theme.color.primary,
        content: (
          // Wraps at the larger text sizes rather than run off the screen.
          <Row justify="space-between" wrap gap={theme.space.m} style={{ flexGrow: 1, flexShrink: 1 }}>
            <Text bold color={theme.color.onStrong}>
              {t('bank.screen.bank-name')}
            </Text>
            <Text color={theme.color.onStrong}>{t('bank.screen.practice')}</Text>
          </Row>
        ),
      }}
    >
      <Screen />
    </Monitor>
  )
}
