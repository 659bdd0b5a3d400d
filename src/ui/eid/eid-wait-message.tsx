import { useTranslate } from '../../state/use-translate'
import { useApp } from '../../state/store-context'
import { Stack } from '../kit/box'
import { Text } from '../kit/text'
import { useTheme } from '../use-theme'
import { eidSecurityCode } from './security-code'

/**
 * What a service's screen shows while the e-ID phone asks: what to do (`titleKey`, from the page's data), and the security code the phone
 * must show too.
 */
export function EidWaitMessage({ titleKey }: { titleKey: string }) {
  const theme = useTheme()
  const t = useTranslate()
  const sessionId = useApp((state) => state.sessionId)
  return (
    <Stack gap={theme.space.l} align="center">
      <Text size="heading" bold align="center">
        {t.data(titleKey)}
      </Text>
      <Text size="title" bold color={theme.color.primary} align="center">
        {t('eid.code', { code: eidSecurityCode(sessionId) })}
      </Text>
    </Stack>
  )
}
