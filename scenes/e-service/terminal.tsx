import { ErrandPage } from '../../src/ui/page/errand-page'
import { useErrand, useErrandPage } from '../../src/ui/page/use-errand'
import { useTranslate } from '../../src/state/use-translate'
import { useApp } from '../../src/state/store-context'
import { Row, Stack } from '../../src/ui/kit/box'
import { Text } from '../../src/ui/kit/text'
import { Monitor } from '../../src/ui/monitor'
import { useTheme } from '../../src/ui/use-theme'
import { CatalogueScreen } from './catalogue-screen'

/** The scene's own page blocks, by the name a page's `custom` block gives. */
const CUSTOM = { catalogue: CatalogueScreen }

/** "Logged in: Amir Exempelsson" while the errand's page says the visitor is logged in. */
function LoggedIn() {
  const theme = useTheme()
  const t = useTranslate()
  const errand = useErrand()
  const page = useErrandPage()
  const completed = useApp((state) => state.run?.status === 'completed')
  const account = errand?.practice.values['account-name']
  if (!page?.loggedIn || completed || account === undefined || !('value' in account)) return null
  return (
    <Text size="small" color={theme.color.onStrong}>
      {t('eservice.logged-in', { name: account.value })}
    </Text>
  )
}

/** The city's self-service terminal on the counter: a screen on a stand showing the running errand's page. */
export function Terminal({ position }: { position: readonly [number, number, number] }) {
  const theme = useTheme()
  const t = useTranslate()
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
              <LoggedIn />
            </Stack>
            <Text size="small" bold color="#fff4d6">
              {t('eservice.practice')}
            </Text>
          </Row>
        ),
      }}
    >
      <ErrandPage custom={CUSTOM} />
    </Monitor>
  )
}
