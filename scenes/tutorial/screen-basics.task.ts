import { defineTask } from '../../src/tasks/schema'
import { TUTORIAL_IDS as IDS } from './ids'
import { lessonStep } from './lesson-step'

/** First steps on a screen: click or tap, drag, type with the keyboard and call for help. */
export default defineTask({
  id: 'screen-basics',
  scene: 'tutorial',
  modes: ['desktop'],
  titleKey: 'tutorial.screen.title',
  summaryKey: 'tutorial.screen.summary',
  hintAfter: { idleSeconds: 20, mistakes: 1 },
  completedStage: 'done',
  completedTextKey: 'tutorial.screen.completed',
  steps: [
    lessonStep('press', {
      text: 'tutorial.screen.step.press',
      done: IDS.press,
      hints: ['tutorial.screen.hint.press'],
    }),
    lessonStep('grab', {
      text: 'tutorial.screen.step.grab',
      done: IDS.cart,
      also: [IDS.book],
      hints: ['tutorial.screen.hint.grab', 'tutorial.screen.hint.grab-two-presses'],
    }),
    {
      id: 'type',
      textKey: 'tutorial.screen.step.type',
      labelKey: 'tutorial.label.type',
      targets: [IDS.keyboard],
      complete: { rule: 'enter-value', params: { field: 'word', expected: 'hej', format: 'text' } },
      hints: ['tutorial.screen.hint.type', 'tutorial.screen.hint.type-keys'],
      feedback: { empty: 'tutorial.screen.feedback.empty', mismatch: 'tutorial.screen.feedback.mismatch' },
      stage: 'type',
    },
    lessonStep('help', { text: 'tutorial.step.help', done: IDS.help, hints: ['tutorial.screen.hint.help'] }),
  ],
})
