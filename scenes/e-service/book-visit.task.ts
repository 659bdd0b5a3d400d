import { defineTask } from '../../src/tasks/schema'
import { MOBILE_FEEDBACK } from './mobile-feedback'
import { parsePracticeData, resolvePracticeRef } from '../../src/errands/practice-data'
import practiceJson from './errands/book-visit/practice.json'

const PRACTICE = parsePracticeData('scenes/e-service/errands/book-visit/practice.json', practiceJson)
const practice = (name: string) => resolvePracticeRef({ $practice: name }, PRACTICE)

export default defineTask({
  id: 'book-visit',
  scene: 'e-service',
  titleKey: 'eservice.booking.title',
  summaryKey: 'eservice.booking.summary',
  hintAfter: { idleSeconds: 25, mistakes: 2 },
  completedStage: 'cancelled',
  completedTextKey: 'eservice.booking.completed',
  steps: [
    {
      id: 'start-booking',
      textKey: 'eservice.step.start-booking',
      labelKey: 'eservice.label.start-booking',
      targets: ['eservice.home.booking'],
      complete: {
        rule: 'activate',
        params: {
          target: 'eservice.home.booking',
          wrongTargets: { 'eservice.home.e-services': 'wrong-service' },
        },
      },
      hints: ['eservice.hint.start-booking'],
      feedback: { 'wrong-service': 'eservice.feedback.not-e-services' },
      stage: 'home',
    },
    {
      id: 'choose-help',
      textKey: 'eservice.step.choose-help',
      labelKey: 'eservice.label.choose-help',
      targets: ['eservice.help', 'eservice.help.next'],
      complete: { rule: 'choose', params: { field: 'help', expected: practice('help-kind') } },
      hints: ['eservice.hint.choose-help'],
      feedback: { empty: 'eservice.feedback.no-help', 'wrong-choice': 'eservice.feedback.wrong-help' },
      stage: 'help',
    },
    {
      id: 'pick-day',
      textKey: 'eservice.step.pick-day',
      labelKey: 'eservice.label.pick-day',
      targets: ['eservice.visit-day'],
      complete: {
        rule: 'pick-date',
        params: {
          field: 'visit-day',
          earliest: { days: 1 },
          latest: { days: 30 },
          unavailableWeekdays: [0, 6],
        },
      },
      hints: ['eservice.hint.pick-day'],
      feedback: {
        empty: 'eservice.feedback.no-date',
        'too-early': 'eservice.feedback.not-today',
        'too-late': 'eservice.feedback.too-far',
        unavailable: 'eservice.feedback.closed-weekend',
      },
      stage: 'booking-day',
    },
    {
      id: 'pick-time',
      textKey: 'eservice.step.pick-time',
      labelKey: 'eservice.label.pick-time',
      targets: ['eservice.visit-time', 'eservice.visit-time.next'],
      complete: {
        rule: 'pick-time',
        params: {
          field: 'visit-time',
          times: ['09:00', '09:30', '10:00', '10:30', '11:00', '13:00', '13:30', '14:00', '14:30'],
          taken: ['09:00', '10:00', '10:30', '13:30'],
        },
      },
      hints: ['eservice.hint.pick-time'],
      hintAfter: { idleSeconds: 25, mistakes: 1 },
      feedback: { empty: 'eservice.feedback.no-time', taken: 'eservice.feedback.taken' },
      stage: 'booking-time',
    },
    {
      id: 'enter-mobile',
      textKey: 'eservice.step.enter-mobile',
      labelKey: 'eservice.label.enter-mobile',
      targets: ['eservice.keyboard', 'eservice.keyboard.ok'],
      show: ['eservice.letter'],
      complete: {
        rule: 'enter-value',
        params: { field: 'mobile', expected: practice('guardian-mobile'), format: 'phone-se' },
      },
      hints: ['eservice.hint.enter-phone'],
      feedback: MOBILE_FEEDBACK,
      stage: 'booking-phone',
    },
    {
      id: 'confirm-booking',
      textKey: 'eservice.step.confirm-booking',
      labelKey: 'eservice.label.confirm-booking',
      targets: ['eservice.booking.confirm'],
      complete: { rule: 'activate', params: { target: 'eservice.booking.confirm' } },
      hints: ['eservice.hint.confirm-booking'],
      stage: 'booking-review',
    },
    {
      id: 'read-booking',
      textKey: 'eservice.step.read-booking',
      labelKey: 'eservice.label.confirm-booking',
      targets: ['eservice.booked.change'],
      complete: { rule: 'activate', params: { target: 'eservice.booked.change' } },
      hints: ['eservice.hint.read-booking'],
      stage: 'booked',
    },
    {
      id: 'cancel-booking',
      textKey: 'eservice.step.cancel-booking',
      labelKey: 'eservice.label.cancel-booking',
      targets: ['eservice.manage.cancel'],
      complete: {
        rule: 'activate',
        params: { target: 'eservice.manage.cancel', wrongTargets: { 'eservice.manage.move': 'move' } },
      },
      hints: ['eservice.hint.cancel-booking'],
      feedback: { move: 'eservice.feedback.move-instead' },
      stage: 'manage',
    },
    {
      id: 'confirm-cancel',
      textKey: 'eservice.step.confirm-cancel',
      labelKey: 'eservice.label.cancel-booking',
      targets: ['eservice.cancel.yes'],
      complete: {
        rule: 'activate',
        params: { target: 'eservice.cancel.yes', wrongTargets: { 'eservice.cancel.no': 'kept' } },
      },
      hints: ['eservice.hint.confirm-cancel'],
      feedback: { kept: 'eservice.feedback.kept' },
      stage: 'cancel-dialog',
    },
    {
      id: 'read-cancelled',
      textKey: 'eservice.step.read-cancelled',
      labelKey: 'eservice.label.cancel-booking',
      targets: ['eservice.cancelled.done'],
      complete: { rule: 'activate', params: { target: 'eservice.cancelled.done' } },
      hints: ['eservice.hint.read-cancelled'],
      stage: 'cancelled',
    },
  ],
})
