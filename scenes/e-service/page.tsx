import { useTranslate } from '../../src/state/use-translate'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { Row, Stack } from '../../src/ui/kit/box'
import { Button } from '../../src/ui/kit/button'
import { Text } from '../../src/ui/kit/text'
import { useTheme } from '../../src/ui/use-theme'

/** A press on a page goes through the store's `activate`, the one path for every input. */
export function useActivate(): (id: string) => () => void {
  const store = useAppStoreApi()
  return (id) => () => store.getState().activate(id)
}

/** A page's heading, with the form's "Step 3 of 8" above it where the page is part of a form. */
export function PageHeading({ title, progress }: { title: string; progress?: string }) {
  const theme = useTheme()
  return (
    <Stack gap={theme.space.xs}>
      {progress !== undefined && (
        <Text size="small" bold color={theme.color.mutedText}>
          {progress}
        </Text>
      )}
      <Text size="heading" bold>
        {title}
      </Text>
    </Stack>
  )
}

/** Labelled values, one per row, as a summary or a receipt lists them; rows wrap on a narrow screen. */
export function Facts({ rows }: { rows: readonly (readonly [string, string])[] }) {
  const theme = useTheme()
  return (
    <Stack gap={theme.space.s}>
      {rows.map(([label, value]) => (
        <Row key={label} wrap align="start" style={{ columnGap: theme.space.m, rowGap: 0 }}>
          <Text color={theme.color.mutedText} style={{ width: 0.26 }}>
            {label}
          </Text>
          <Text bold style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0.3 }}>
            {value}
          </Text>
        </Row>
      ))}
    </Stack>
  )
}

/** "Next" under a form page: sends the page's field (a choice, a list) to the task. */
export function NextButton({ id }: { id: string }) {
  const t = useTranslate()
  const store = useAppStoreApi()
  return (
    <Button
      id={id}
      label={t('eservice.form.next')}
      variant="primary"
      style={{ alignSelf: 'end', minWidth: 0.26 }}
      onActivate={() => store.getState().submitEntry()}
    />
  )
}

/** The friendly note about the step's last mistake, on the page where it happened, as well as in the guide. */
export function PageFeedback() {
  const theme = useTheme()
  const t = useTranslate()
  const feedback = useApp((state) => state.run?.feedback?.textKey ?? null)
  if (feedback === null) return null
  return (
    <Stack background={theme.color.feedback} style={{ padding: theme.space.s }}>
      <Text color={theme.color.feedbackText}>{t(feedback)}</Text>
    </Stack>
  )
}
