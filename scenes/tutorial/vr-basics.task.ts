import { defineTask } from '../../src/tasks/schema'
import { TUTORIAL_IDS as IDS } from './ids'
import { lessonStep } from './lesson-step'

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
    lessonStep('look', {
      text: 'tutorial.vr.step.look',
      done: IDS.lamp,
      hints: ['tutorial.vr.hint.look', 'tutorial.vr.hint.look-right'],
    }),
    lessonStep('press', {
      text: 'tutorial.vr.step.press',
      done: IDS.press,
      hints: ['tutorial.vr.hint.press', 'tutorial.vr.hint.press-finger'],
    }),
    lessonStep('grab', {
      text: 'tutorial.vr.step.grab',
      done: IDS.cart,
      also: [IDS.book],
      hints: ['tutorial.vr.hint.grab', 'tutorial.vr.hint.grab-two-presses'],
    }),
    lessonStep('turn', {
      text: 'tutorial.vr.step.turn',
      done: IDS.snapTurn,
      hints: ['tutorial.vr.hint.turn', 'tutorial.vr.hint.turn-stick'],
    }),
    lessonStep('recenter', {
      text: 'tutorial.vr.step.recenter',
      done: IDS.recentered,
      also: [IDS.menu, IDS.recenter],
      hints: ['tutorial.vr.hint.recenter'],
    }),
    lessonStep('help', { text: 'tutorial.step.help', done: IDS.help, hints: ['tutorial.vr.hint.help'] }),
  ],
})
