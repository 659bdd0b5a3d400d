import { useTranslate } from '../../src/state/use-translate'
import { Stack } from '../../src/ui/kit/box'
import { Button } from '../../src/ui/kit/button'
import { Text } from '../../src/ui/kit/text'
import { useTheme } from '../../src/ui/use-theme'
import { useActivate } from './page'

const CHOICES = ['eservice.home.e-services', 'eservice.home.booking'] as const

/** The city's start page: its e-services, and booking a visit with a citizen adviser. */
export function HomeScreen() {
  const theme = useTheme()
  const t = useTranslate()
  const activate = useActivate()
  return (
    <Stack gap={theme.space.l} align="center">
      <Text size="heading" bold align="center">
        {t('eservice.home.welcome', { city: t('eservice.city') })}
      </Text>
      <Text align="center" color={theme.color.mutedText}>
        {t('eservice.home.intro')}
      </Text>
      {CHOICES.map((id) => (
        <Button
          key={id}
          id={id}
          label={t(id)}
          variant="primary"
          size="large"
          style={{ width: 0.62, maxWidth: '100%' }}
          onActivate={activate(id)}
        />
      ))}
    </Stack>
  )
}
