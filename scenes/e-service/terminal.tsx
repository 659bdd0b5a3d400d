import { useRef, type JSX } from 'react'
import type { Mesh } from 'three'
import { useTranslate } from '../../src/i18n/use-translate'
import { selectStage } from '../../src/state/selectors'
import { useApp } from '../../src/state/store-context'
import { EidWaitMessage } from '../../src/ui/eid/eid-wait-message'
import { Box, Row, Stack } from '../../src/ui/kit/box'
import { Panel } from '../../src/ui/kit/panel'
import { Text } from '../../src/ui/kit/text'
import { THEME } from '../../src/ui/theme'
import { useScreenShape } from '../../src/ui/use-screen-shape'
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

const WIDTH = 1.0
/**
 * On an upright screen the page reflows narrower, as a web page does on a phone; still wide enough for the
 * on-screen keyboard's eleven keys a row.
 */
const NARROW_WIDTH = 0.72
const BEZEL = 0.03

/** The city's self-service terminal on the counter: a screen on a stand whose page follows the task's stage. */
export function Terminal({ position }: { position: readonly [number, number, number] }) {
  const t = useTranslate()
  const stage = useApp(selectStage) ?? 'home'
  const completed = useApp((state) => state.run?.status === 'completed')
  const Screen = SCREENS[stage] ?? HomeScreen
  const narrow = useScreenShape() === 'portrait'
  const bezel = useRef<Mesh>(null)
  const stand = useRef<Mesh>(null)
  // The screen stands on its lower edge and grows upwards with its page.
  const fit = (width: number, height: number) => {
    bezel.current?.scale.set(width + BEZEL * 2, height + BEZEL * 2, 1)
    bezel.current?.position.set(0, height / 2, -0.03)
  }
  return (
    <group position={position as [number, number, number]} rotation={[-0.06, 0, 0]}>
      <mesh ref={bezel}>
        <boxGeometry args={[1, 1, 0.04]} />
        <meshStandardMaterial color="#2a2f38" roughness={0.5} />
      </mesh>
      <mesh ref={stand} position={[0, -0.06, -0.05]}>
        <boxGeometry args={[0.1, 0.16, 0.04]} />
        <meshStandardMaterial color="#2a2f38" roughness={0.5} />
      </mesh>
      <Panel
        width={narrow ? NARROW_WIDTH : WIDTH}
        anchor="bottom"
        padding={0}
        gap={0}
        background="#ffffff"
        radius={0.006}
        style={{ minHeight: narrow ? 0.3 : 0.5 }}
        onResize={fit}
      >
        <Box
          background="#0f5c4d"
          radius={0.006}
          style={{ padding: { horizontal: THEME.space.m, vertical: THEME.space.s } }}
        >
          <Row justify="space-between" wrap align="center" style={{ rowGap: THEME.space.xs }}>
            <Stack gap={0.002}>
              <Text bold color={THEME.color.onStrong}>
                {t('eservice.city')}
              </Text>
              {LOGGED_IN.has(stage) && !completed && (
                <Text size="small" color={THEME.color.onStrong}>
                  {t('eservice.logged-in', { name: PRACTICE_FAMILY.guardian.name })}
                </Text>
              )}
            </Stack>
            <Text size="small" bold color="#fff4d6">
              {t('eservice.practice')}
            </Text>
          </Row>
        </Box>
        <Box style={{ padding: THEME.space.l, flexGrow: 1, justifyContent: 'center' }}>
          <Screen />
        </Box>
      </Panel>
    </group>
  )
}
