import { useTranslate } from '../../src/state/use-translate'
import { useApp } from '../../src/state/store-context'
import { HeldPaper } from '../../src/ui/held-paper'
import { Row, Stack } from '../../src/ui/kit/box'
import { Text } from '../../src/ui/kit/text'
import { useTheme } from '../../src/ui/use-theme'
import { PRACTICE_BILL } from './bill'
import { billDates, formatDate } from './practice-details'

const SMALL = 0.018

/** The paper bill on the desk: payee, bankgiro, OCR reference, due date and the amount to pay. */
export function BillPaper() {
  const theme = useTheme()
  const t = useTranslate()
  const locale = useApp((state) => state.locale)
  const startedAt = useApp((state) => state.sessionStartedAt)
  const rows: [string, string][] = [
    [t('bank.bill.bankgiro'), PRACTICE_BILL.bankgiro],
    [t('bank.bill.ocr'), PRACTICE_BILL.ocr],
    [t('bank.bill.due'), formatDate(billDates(startedAt).due, locale)],
  ]
  return (
    <HeldPaper
      id="bank.bill"
      name={t('bank.name.bill')}
      position={[-0.62, 0.97, -0.5]}
      rotation={[-Math.PI / 2 + 0.35, 0, 0]}
      width={0.24}
      readingWidth={0.5}
    >
      <Stack gap={0.002}>
        <Text size={SMALL} color={theme.color.mutedText}>
          {t('bank.bill.title')}
        </Text>
        <Text size={0.02} bold>
          {PRACTICE_BILL.payee}
        </Text>
      </Stack>
      <Row wrap align="start" gap={0.012} style={{ rowGap: 0.012 }}>
        {rows.map(([label, value]) => (
          <Stack key={label} gap={0.002} style={{ minWidth: 0.2 }}>
            <Text size={SMALL} color={theme.color.mutedText}>
              {label}
            </Text>
            <Text size={0.018} bold nowrap>
              {value}
            </Text>
          </Stack>
        ))}
      </Row>
      <Row
        background={theme.color.tint}
        radius={0.004}
        justify="space-between"
        wrap
        style={{ padding: 0.008, columnGap: 0.008 }}
      >
        <Text size={SMALL} style={{ flexShrink: 1 }}>
          {t('bank.bill.amount')}
        </Text>
        <Text size={0.024} bold nowrap>
          {t('bank.bill.kr', { amount: `${PRACTICE_BILL.amount},00` })}
        </Text>
      </Row>
    </HeldPaper>
  )
}
