import { useTranslate } from '../../src/state/use-translate'
import { HeldPaper } from '../../src/ui/held-paper'
import { Row, Stack } from '../../src/ui/kit/box'
import { Text } from '../../src/ui/kit/text'
import { useTheme } from '../../src/ui/use-theme'
import { PRESCHOOLS } from './options'
import { PRACTICE_FAMILY } from './practice-family'

const SMALL = 0.011
const VALUE = 0.015

/** A label over its value, as a form letter prints them. */
function Entry({ label, value }: { label: string; value: string }) {
  const theme = useTheme()
  return (
    <Stack gap={0.001} style={{ minWidth: 0.2 }}>
      <Text size={SMALL} color={theme.color.mutedText}>
        {label}
      </Text>
      <Text size={VALUE} bold>
        {value}
      </Text>
    </Stack>
  )
}

/** The letter on the counter with the practice family's details: who they are, and what they need. */
export function Letter() {
  const theme = useTheme()
  const t = useTranslate()
  const { guardian, child, surname } = PRACTICE_FAMILY
  const preschools = PRACTICE_FAMILY.preschools.map(
    (id, index) =>
      `${index + 1}. ${t('eservice.preschool.name', { name: PRESCHOOLS.find((school) => school.id === id)?.name ?? id })}`,
  )
  return (
    <HeldPaper
      id="eservice.letter"
      name={t('eservice.name.letter', { surname })}
      position={[-0.64, 0.99, -0.66]}
      rotation={[-Math.PI / 2 + 0.3, 0, 0.1]}
      width={0.3}
      readingWidth={0.56}
    >
      <Stack gap={0.002}>
        <Text size={SMALL} color={theme.color.mutedText}>
          {`${t('eservice.city')} · ${t('eservice.letter.heading')}`}
        </Text>
        <Text size={0.02} bold>
          {t('eservice.letter.family', { surname })}
        </Text>
      </Stack>
      <Text size={SMALL} bold color={theme.color.primary}>
        {t('eservice.letter.guardian')}
      </Text>
      <Row wrap align="start" gap={0.01} style={{ rowGap: 0.008 }}>
        <Entry label={t('eservice.guardian.name')} value={guardian.name} />
        <Entry label={t('eservice.label.personnummer')} value={guardian.personnummer} />
        <Entry label={t('eservice.label.mobile')} value={guardian.mobile} />
      </Row>
      <Text size={SMALL} bold color={theme.color.primary}>
        {t('eservice.letter.child')}
      </Text>
      <Row wrap align="start" gap={0.01} style={{ rowGap: 0.008 }}>
        <Entry label={t('eservice.guardian.name')} value={child.name} />
        <Entry label={t('eservice.label.personnummer')} value={child.personnummer} />
      </Row>
      <Stack gap={0.002}>
        <Text size={SMALL} color={theme.color.mutedText}>
          {t('eservice.letter.preschools')}
        </Text>
        {preschools.map((line) => (
          <Text key={line} size={VALUE} bold>
            {line}
          </Text>
        ))}
      </Stack>
      <Text size={0.013}>{t('eservice.letter.care', { child: child.firstName })}</Text>
      <Text size={0.013}>{t('eservice.letter.errand', { guardian: guardian.firstName })}</Text>
    </HeldPaper>
  )
}
