import { defineTask } from '../../src/tasks/schema'
import { TUTORIAL_IDS as IDS } from './ids'

/**
 * First steps in the headset: look around, point and press, carry a book, turn, recenter and call for help.
 * Every step can be done with one hand, seated, and with either controller or with the hands.
 */
export default defineTask({
  id: 'vr-basics',
  scene: 'tutorial',
  modes: ['vr'],
  titleKey: 'tutorial.vr.title',
  summaryKey: 'tutorial.vr.summary',
  hintAfter: { idleSeconds: 20, mistakes: 1 },
  completedStage: 'done',
  completedTextKey: 'tutorial.vr.completed',
  steps: [
    {
      id: 'look',
      textKey: 'tutorial.vr.step.look',
      labelKey: 'tutorial.label.look',
      targets: [IDS.lamp],
      complete: { rule: 'activate', params: { target: IDS.lamp } },
      hints: ['tutorial.vr.hint.look', 'tutorial.vr.hint.look-right'],
      stage: 'look',
    },
    {
      id: 'press',
      textKey: 'tutorial.vr.step.press',
      labelKey: 'tutorial.label.press',
      targets: [IDS.press],
      complete: { rule: 'activate', params: { target: IDS.press } },
      hints: ['tutorial.vr.hint.press', 'tutorial.vr.hint.press-finger'],
      stage: 'press',
    },
    {
      id: 'grab',
      textKey: 'tutorial.vr.step.grab',
      labelKey: 'tutorial.label.grab',
      targets: [IDS.book, IDS.cart],
      complete: { rule: 'activate', params: { target: IDS.cart } },
      hints: ['tutorial.vr.hint.grab', 'tutorial.vr.hint.grab-two-presses'],
      stage: 'grab',
    },
    {
      id: 'turn',
      textKey: 'tutorial.vr.step.turn',
      labelKey: 'tutorial.label.turn',
      targets: [IDS.snapTurn],
      complete: { rule: 'activate', params: { target: IDS.snapTurn } },
      hints: ['tutorial.vr.hint.turn', 'tutorial.vr.hint.turn-stick'],
      stage: 'turn',
    },
    {
      id: 'recenter',
      textKey: 'tutorial.vr.step.recenter',
      labelKey: 'tutorial.label.recenter',
      targets: [IDS.menu, IDS.recenter],
      complete: { rule: 'activate', params: { target: IDS.recenter } },
      hints: ['tutorial.vr.hint.recenter'],
      stage: 'recenter',
    },
    {
      id: 'help',
      textKey: 'tutorial.step.help',
      labelKey: 'tutorial.label.help',
      targets: [IDS.help],
      complete: { rule: 'activate', params: { target: IDS.help } },
      hints: ['tutorial.vr.hint.help'],
      stage: 'help',
    },
  ],
})
