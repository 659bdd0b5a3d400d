import { useTranslate } from '../state/use-translate'
import { repeatStep } from '../narration/narrate-store'
import { useNarrator } from '../narration/narration-context'
import { readPageLines } from './page/page-narration'
import { useAppStoreApi } from '../state/store-context'
import type { BoxStyle } from './layout/box-style'
import { Box, Row } from './kit/box'
import { Button } from './kit/button'
import { HelpButton } from './help-button'
import { Panel } from './kit/panel'
import { Text } from './kit/text'
import { useTheme } from './use-theme'
import { useStepDisplay } from './use-step-display'
import type { Vec3 } from '../domain/vec3'

/** Props of the in-world instructions board. */
export interface StepPanel3DProps {
  /** Where its top edge hangs: the board grows downward with its text. */
  position: Vec3
  rotation: Vec3
}

/** Two buttons to a row: they wrap onto a second row of the board. */
const HALF: BoxStyle = { flexGrow: 1, flexBasis: '40%' }

/** The current step, feedback and hint, hung beside the work in VR; it grows with its text, never overflows. */
export function StepPanel3D({ position, rotation }: StepPanel3DProps) {
  const theme = useTheme()
  const t = useTranslate()
  const store = useAppStoreApi()
  const display = useStepDisplay()
  const narrator = useNarrator()
  if (!display) return null
  const { completed } = display
  return (
    // Named, so a test's line of sight can say what covers a target.
    <group name="step-panel">
      <Panel position={position} rotation={rotation} width={0.62} anchor="top" gap={theme.space.m}>
        <Text size="small" color={theme.color.mutedText}>
          {t('task.title-progress', { title: display.title, progress: display.progress })}
        </Text>
        <Text size="large" bold>
          {display.text}
        </Text>
        {display.feedback && (
          <Box background={theme.color.feedback} style={{ padding: theme.space.s }}>
            <Text color={theme.color.feedbackText}>{display.feedback}</Text>
          </Box>
        )}
        {display.hint && (
          <Box background={theme.color.hint} style={{ padding: theme.space.s }}>
            <Text color={theme.color.hintText}>{t('task.hint-line', { hint: display.hint })}</Text>
          </Box>
        )}
        <Row gap={theme.space.s} wrap style={{ rowGap: theme.space.s }}>
          <Button
            id={completed ? 'task.restart' : 'task.hint'}
            label={completed ? t('task.restart') : t('task.hint')}
            style={HALF}
            onActivate={() => (completed ? store.getState().restartTask() : store.getState().hintNow())}
          />
          <Button
            id="task.repeat"
            label={t('task.repeat')}
            style={HALF}
            onActivate={() => repeatStep(store, narrator, readPageLines)}
          />
          <Button
            id="task.settings"
            label={t('menu.open')}
            style={HALF}
            onActivate={() => store.getState().setMenuOpen(true)}
          />
          <Button
            id="task.back-to-lobby"
            label={t('task.back-to-lobby')}
            variant={completed ? 'primary' : 'secondary'}
            style={HALF}
            onActivate={() => store.getState().leaveTask('left')}
          />
          <HelpButton style={{ flexGrow: 1, flexBasis: '100%' }} />
        </Row>
      </Panel>
    </group>
  )
}
