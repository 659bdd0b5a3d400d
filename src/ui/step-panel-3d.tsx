import { useTranslate } from '../i18n/use-translate'
import { selectStep } from '../state/selectors'
import { useApp, useAppStoreApi } from '../state/store-context'
import { Button3D } from './button-3d'
import { Panel } from './panel'
import { THEME } from './theme'
import { UiText } from './ui-text'

const WIDTH = 0.62
const HEIGHT = 0.62
const TEXT_WIDTH = WIDTH - 0.07

/** Props of the in-world instructions board. */
export interface StepPanel3DProps {
  position: readonly [number, number, number]
  rotation: readonly [number, number, number]
}

/** The current step, hint and feedback, hung beside the work in VR; always readable at 2.5 cm type. */
export function StepPanel3D({ position, rotation }: StepPanel3DProps) {
  const t = useTranslate()
  const store = useAppStoreApi()
  const run = useApp((state) => state.run)
  const step = useApp(selectStep)
  const task = useApp((state) => state.taskDefinition())
  if (!run || !task) return null
  const completed = run.status === 'completed'
  const text = completed
    ? t(task.completedTextKey)
    : run.waitingForStaff
      ? t('task.waiting-for-staff')
      : step
        ? t(step.textKey)
        : ''
  const top = HEIGHT / 2 - 0.05
  return (
    <Panel width={WIDTH} height={HEIGHT} position={position} rotation={rotation}>
      <UiText
        position={[-WIDTH / 2 + 0.035, top, 0]}
        anchorX="left"
        fontSize={THEME.size.smallText}
        color={THEME.color.mutedText}
      >
        {completed ? t('task.done') : t('task.step-of', { n: run.stepIndex + 1, count: task.steps.length })}
      </UiText>
      <UiText
        position={[-WIDTH / 2 + 0.035, top - 0.03, 0]}
        anchorX="left"
        anchorY="top"
        maxWidth={TEXT_WIDTH}
        fontSize={0.03}
        bold
      >
        {text}
      </UiText>
      {run.feedback && (
        <UiText
          position={[-WIDTH / 2 + 0.035, -0.02, 0]}
          anchorX="left"
          anchorY="top"
          maxWidth={TEXT_WIDTH}
          fontSize={THEME.size.smallText}
          color={THEME.color.feedbackText}
        >
          {t(run.feedback.textKey)}
        </UiText>
      )}
      {run.hint && (
        <UiText
          position={[-WIDTH / 2 + 0.035, run.feedback ? -0.12 : -0.02, 0]}
          anchorX="left"
          anchorY="top"
          maxWidth={TEXT_WIDTH}
          fontSize={THEME.size.smallText}
          color={THEME.color.hintText}
        >
          {`${t('task.hint')}: ${t(run.hint.textKey)}`}
        </UiText>
      )}
      <Button3D
        id={completed ? 'task.restart' : 'task.hint'}
        label={completed ? t('task.restart') : t('task.hint')}
        width={0.26}
        height={0.065}
        fontSize={THEME.size.smallText}
        position={[-0.14, -HEIGHT / 2 + 0.06, 0]}
        onActivate={() => (completed ? store.getState().restartTask() : store.getState().hintNow())}
      />
      <Button3D
        id="task.back-to-lobby"
        label={t('task.back-to-lobby')}
        variant={completed ? 'primary' : 'secondary'}
        width={0.26}
        height={0.065}
        fontSize={THEME.size.smallText}
        position={[0.14, -HEIGHT / 2 + 0.06, 0]}
        onActivate={() => store.getState().leaveTask('left')}
      />
    </Panel>
  )
}
