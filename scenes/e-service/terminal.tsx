import type { JSX } from 'react'
import { useTranslate } from '../../src/state/use-translate'
import { selectStage } from '../../src/state/selectors'
import { useApp } from '../../src/state/store-context'
import { EidWaitMessage } from '../../src/ui/eid/eid-wait-message'
import { Row, Stack } from '../../src/ui/kit/box'
import { Text } from '../../src/ui/kit/text'
import { Monitor } from '../../src/ui/monitor'
import { useTheme } from '../../src/ui/use-theme'
import {
  BookedScreen,
  BookingReviewScreen,
  CancelledScreen,
  DayScreen,
  HelpScreen,
  ManageScreen,
  MobileScreen,
  TimeScreen,
} from './booking-screens'
import { CatalogueScreen } from './catalogue-screen'
import { HomeScreen } from './home-screen'
import { PRACTICE_FAMILY } from './practice-family'
import {
  ChildScreen,
  ConsentScreen,
  GuardianScreen,
  HoursScreen,
  LoginScreen,
  MyPagesScreen,
  PhoneScreen,
  PreschoolsScreen,
  ReceiptScreen,
  ReviewScreen,
  StartDateScreen,
} from './preschool-screens'

/** Which page the city's self-service terminal shows at each stage of either task. */
const SCREENS: Record<string, () => JSX.Element> = {
  home: HomeScreen,
  catalogue: CatalogueScreen,
  login: LoginScreen,
  'eid-login': () => <EidWaitMessage titleKey="eservice.screen.open-phone" />,
  guardian: GuardianScreen,
  child: ChildScreen,
  preschools: PreschoolsScreen,
  'start-date': StartDateScreen,
  hours: HoursScreen,
  phone: PhoneScreen,
  consent: ConsentScreen,
  review: ReviewScreen,
  'eid-sign': () => <EidWaitMessage titleKey="eservice.screen.sign-on-phone" />,
  receipt: ReceiptScreen,
  'my-pages': MyPagesScreen,
  help: HelpScreen,
  'booking-day': DayScreen,
  'booking-time': TimeScreen,
  'booking-phone': MobileScreen,
  'booking-review': BookingReviewScreen,
  booked: BookedScreen,
  manage: ManageScreen,
  'cancel-dialog': ManageScreen,
  cancelled: CancelledScreen,
}

/** Pages where the visitor is logged in with the e-ID: the header says as whom. */
const LOGGED_IN = new Set([
  'guardian',
  'child',
  'preschools',
  'start-date',
  'hours',
  'phone',
  'consent',
  'review',
  'eid-sign',
  'receipt',
  'my-pages',
])

/** The city's self-service terminal on the counter: a screen on a stand whose page follows the task's stage. */
export function Terminal({ position }: { position: readonly [number, number, number] }) {
  const theme = useTheme()
  const t = useTranslate()
  const stage = useApp(selectStage) ?? 'home'
  const completed = useApp((state) => state.run?.status === 'completed')
  const Screen = SCREENS[stage] ?? HomeScreen
  return (
    <Monitor
      position={position}
      tilt={0.06}
      width={1.0}
      // Narrower on an upright screen, still wide enough for the on-screen keyboard's eleven keys a row.
      narrowWidth={0.72}
      minHeight={{ wide: 0.5, narrow: 0.3 }}
      anchor="bottom"
      standHeight={0.16}
      header={{
        color: '#0f5c4d',
        content: (
          <Row
            justify="space-between"
            wrap
            align="center"
            style={{ rowGap: theme.space.xs, flexGrow: 1, flexShrink: 1 }}
          >
            <Stack gap={0.002}>
              <Text bold color={theme.color.onStrong}>
                {t('eservice.city')}
              </Text>
              {LOGGED_IN.has(stage) && !completed && (
                <Text size="small" color={theme.color.onStrong}>
                  {t('eservice.logged-in', { name: PRACTICE_FAMILY.guardian.name })}
                </Text>
              )}
            </Stack>
            <Text size="small" bold color="#fff4d6">
              {t('eservice.practice')}
            </Text>
          </Row>
        ),
      }}
    >
      <Screen />
    </Monitor>
  )
}
