import { defineTask } from '../../src/tasks/schema'
import { TUTORIAL_IDS as IDS } from './ids'

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
    {
      id: 'press',
      textKey: 'tutorial.screen.step.press',
      labelKey: 'tutorial.label.press',
      targets: [IDS.press],
      complete: { rule: 'activate', params: { target: IDS.press } },
      hints: ['tutorial.screen.hint.press'],
      stage: 'press',
    },
    {
      id: 'grab',
      textKey: 'tutorial.screen.step.grab',
      labelKey: 'tutorial.label.grab',
      targets: [IDS.book, IDS.cart],
      complete: { rule: 'activate', params: { target: IDS.cart } },
      hints: ['tutorial.screen.hint.grab', 'tutorial.screen.hint.grab-two-presses'],
      stage: 'grab',
    },
    {
      id: 'type',
      textKey: 'tutorial.screen.step.type',
      labelKey: 'tutorial.label.type',
      targets: ['tutorial.keyboard'],
      complete: {
        rule: 'enter-value',
        params: { field: 'word', expected: 'hej', format: 'text' },
      },
      hints: ['tutorial.screen.hint.type', 'tutorial.screen.hint.type-keys'],
      feedback: {
        empty: 'tutorial.screen.feedback.empty',
        mismatch: 'tutorial.screen.feedback.mismatch',
      },
      stage: 'type',
    },
    {
      id: 'help',
      textKey: 'tutorial.step.help',
      labelKey: 'tutorial.label.help',
      targets: [IDS.help],
      complete: { rule: 'activate', params: { target: IDS.help } },
      hints: ['tutorial.screen.hint.help'],
      stage: 'help',
    },
  ],
})
