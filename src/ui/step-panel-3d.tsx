import { useTranslate } from '../i18n/use-translate'
import { useAppStoreApi } from '../state/store-context'
import { Button3D } from './button-3d'
import { Panel } from './panel'
import { THEME } from './theme'
import { UiText } from './ui-text'
import { useStepDisplay } from './use-step-display'

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
  const display = useStepDisplay()
  if (!display) return null
  const { completed } = display
  const left = -WIDTH / 2 + 0.035
  const top = HEIGHT / 2 - 0.05
  return (
    <Panel width={WIDTH} height={HEIGHT} position={position} rotation={rotation}>
      <UiText
        position={[left, top, 0]}
        anchorX="left"
        fontSize={THEME.size.smallText}
        color={THEME.color.mutedText}
      >
        {display.progress}
      </UiText>
      <UiText
        position={[left, top - 0.03, 0]}
        anchorX="left"
        anchorY="top"
        maxWidth={TEXT_WIDTH}
        fontSize={0.03}
        bold
      >
        {display.text}
      </UiText>
      {display.feedback && (
        <UiText
          position={[left, 0.03, 0]}
          anchorX="left"
          anchorY="top"
          maxWidth={TEXT_WIDTH}
          fontSize={THEME.size.smallText}
          color={THEME.color.feedbackText}
        >
          {display.feedback}
        </UiText>
      )}
      {display.hint && (
        <UiText
          position={[left, -HEIGHT / 2 + 0.105, 0]}
          anchorX="left"
          anchorY="bottom"
          maxWidth={TEXT_WIDTH}
          fontSize={THEME.size.smallText}
          color={THEME.color.hintText}
        >
          {`${t('task.hint')}: ${display.hint}`}
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
