import { ErrandPage } from '../../src/ui/page/errand-page'
import { useTranslate } from '../../src/state/use-translate'
import { Row } from '../../src/ui/kit/box'
import { Text } from '../../src/ui/kit/text'
import { Monitor } from '../../src/ui/monitor'
import { useTheme } from '../../src/ui/use-theme'

/**
 * The internet-bank terminal: a monitor showing the running errand's page for its stage, growing upward with its
 * content (larger text, a longer page), never down behind the keypad in front of it. `position` is its bottom edge.
 */
export function Terminal({ position }: { position: readonly [number, number, number] }) {
  const theme = useTheme()
  const t = useTranslate()
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
      <ErrandPage />
    </Monitor>
  )
}
