import { defineTask } from '../../src/tasks/schema'
import { PRESCHOOL_SERVICE, SERVICES } from './options'
import { MOBILE_FEEDBACK } from './mobile-feedback'
import { PRACTICE_FAMILY } from './practice-family'

const letter = ['eservice.letter']
const keyboard = ['eservice.keyboard', 'eservice.keyboard.ok']

/** Every other service in the catalogue is a friendly mistake. */
const otherServices = Object.fromEntries(
  SERVICES.filter((service) => service.id !== PRESCHOOL_SERVICE).map((service) => [
    `eservice.service.${service.id}`,
    'wrong-service',
  ]),
)

export default defineTask({
  id: 'apply-preschool',
  scene: 'e-service',
  titleKey: 'eservice.preschool.title',
  summaryKey: 'eservice.preschool.summary',
  hintAfter: { idleSeconds: 25, mistakes: 2 },
  completedStage: 'my-pages',
  completedTextKey: 'eservice.preschool.completed',
  steps: [
    {
      id: 'pick-up-letter',
      textKey: 'eservice.step.pick-up-letter',
      targets: letter,
      complete: { rule: 'activate', params: { target: 'eservice.letter' } },
      hints: ['eservice.hint.pick-up-letter'],
      stage: 'home',
    },
    {
      id: 'open-e-services',
      textKey: 'eservice.step.open-e-services',
      targets: ['eservice.home.e-services'],
      complete: {
        rule: 'activate',
        params: {
          target: 'eservice.home.e-services',
          wrongTargets: { 'eservice.home.booking': 'wrong-service' },
        },
      },
      hints: ['eservice.hint.open-e-services'],
      feedback: { 'wrong-service': 'eservice.feedback.not-booking' },
      stage: 'home',
    },
    {
      id: 'find-service',
      textKey: 'eservice.step.find-service',
      targets: ['eservice.category.school', 'eservice.field.search', `eservice.service.${PRESCHOOL_SERVICE}`],
      complete: {
        rule: 'activate',
        params: { target: `eservice.service.${PRESCHOOL_SERVICE}`, wrongTargets: otherServices },
      },
      hints: ['eservice.hint.find-service', 'eservice.hint.find-service-search'],
      feedback: { 'wrong-service': 'eservice.feedback.wrong-service' },
      stage: 'catalogue',
    },
    {
      id: 'log-in',
      textKey: 'eservice.step.log-in',
      targets: ['eservice.login.eid'],
      complete: { rule: 'activate', params: { target: 'eservice.login.eid' } },
      hints: ['eservice.hint.log-in'],
      stage: 'login',
    },
    {
      id: 'confirm-eid',
      textKey: 'eservice.step.confirm-eid',
      targets: ['eservice.phone.confirm'],
      complete: {
        rule: 'activate',
        params: {
          target: 'eservice.phone.confirm',
          wrongTargets: { 'eservice.phone.cancel': 'cancelled' },
        },
      },
      hints: ['eservice.hint.confirm-eid'],
      feedback: { cancelled: 'eservice.feedback.cancelled-login' },
      stage: 'eid-login',
    },
    {
      id: 'check-guardian',
      textKey: 'eservice.step.check-guardian',
      targets: ['eservice.guardian.next'],
      show: letter,
      complete: { rule: 'activate', params: { target: 'eservice.guardian.next' } },
      hints: ['eservice.hint.check-guardian'],
      stage: 'guardian',
    },
    {
      id: 'enter-child-id',
      textKey: 'eservice.step.enter-child-id',
      targets: keyboard,
      show: letter,
      complete: {
        rule: 'enter-value',
        params: {
          field: 'child-id',
          expected: PRACTICE_FAMILY.child.personnummer,
          format: 'personnummer',
        },
      },
      hints: ['eservice.hint.enter-child-id', 'eservice.hint.enter-child-id-digits'],
      hintAfter: { idleSeconds: 25, mistakes: 1 },
      feedback: {
        empty: 'eservice.feedback.empty-id',
        'wrong-length': 'eservice.feedback.id-length',
        'invalid-date': 'eservice.feedback.id-date',
        'check-digit': 'eservice.feedback.id-check-digit',
        mismatch: 'eservice.feedback.id-mismatch',
      },
      stage: 'child',
    },
    {
      id: 'choose-preschools',
      textKey: 'eservice.step.choose-preschools',
      targets: ['eservice.preschools', 'eservice.preschools.next'],
      show: letter,
      complete: {
        rule: 'choose',
        params: { field: 'preschools', expected: [...PRACTICE_FAMILY.preschools], ordered: true },
      },
      hints: ['eservice.hint.choose-preschools', 'eservice.hint.choose-preschools-order'],
      feedback: {
        empty: 'eservice.feedback.no-preschool',
        'wrong-choice': 'eservice.feedback.wrong-preschool',
        'too-few': 'eservice.feedback.too-few-preschools',
        'wrong-order': 'eservice.feedback.preschool-order',
      },
      stage: 'preschools',
    },
    {
      id: 'pick-start-date',
      textKey: 'eservice.step.pick-start-date',
      targets: ['eservice.start-date'],
      complete: {
        rule: 'pick-date',
        params: {
          field: 'start-date',
          earliest: { months: 4 },
          latest: { months: 12 },
          unavailableWeekdays: [0, 6],
        },
      },
      hints: ['eservice.hint.pick-start-date', 'eservice.hint.pick-start-date-first'],
      hintAfter: { idleSeconds: 25, mistakes: 1 },
      feedback: {
        empty: 'eservice.feedback.no-date',
        'too-early': 'eservice.feedback.too-early',
        'too-late': 'eservice.feedback.too-late',
        unavailable: 'eservice.feedback.weekend-start',
      },
      stage: 'start-date',
    },
    {
      id: 'choose-hours',
      textKey: 'eservice.step.choose-hours',
      targets: ['eservice.hours', 'eservice.hours.next'],
      show: letter,
      complete: { rule: 'choose', params: { field: 'hours', expected: PRACTICE_FAMILY.hours } },
      hints: ['eservice.hint.choose-hours'],
      feedback: { empty: 'eservice.feedback.no-hours', 'wrong-choice': 'eservice.feedback.wrong-hours' },
      stage: 'hours',
    },
    {
      id: 'enter-phone',
      textKey: 'eservice.step.enter-phone',
      targets: keyboard,
      show: letter,
      complete: {
        rule: 'enter-value',
        params: { field: 'phone', expected: PRACTICE_FAMILY.guardian.mobile, format: 'phone-se' },
      },
      hints: ['eservice.hint.enter-phone'],
      feedback: MOBILE_FEEDBACK,
      stage: 'phone',
    },
    {
      id: 'accept-consent',
      textKey: 'eservice.step.accept-consent',
      targets: ['eservice.consent.accept', 'eservice.consent.next'],
      complete: {
        rule: 'confirm',
        params: {
          target: 'eservice.consent.next',
          requires: { consent: 'true' },
          codes: { consent: 'not-accepted' },
        },
      },
      hints: ['eservice.hint.accept-consent'],
      feedback: { 'not-accepted': 'eservice.feedback.not-accepted' },
      stage: 'consent',
    },
    {
      id: 'review-and-sign',
      textKey: 'eservice.step.review-and-sign',
      targets: ['eservice.review.sign'],
      show: letter,
      complete: { rule: 'activate', params: { target: 'eservice.review.sign' } },
      hints: ['eservice.hint.review-and-sign'],
      stage: 'review',
    },
    {
      id: 'sign-eid',
      textKey: 'eservice.step.sign-eid',
      targets: ['eservice.phone.sign'],
      complete: {
        rule: 'activate',
        params: { target: 'eservice.phone.sign', wrongTargets: { 'eservice.phone.cancel': 'cancelled' } },
      },
      hints: ['eservice.hint.sign-eid'],
      feedback: { cancelled: 'eservice.feedback.cancelled-signing' },
      stage: 'eid-sign',
    },
    {
      id: 'read-confirmation',
      textKey: 'eservice.step.read-confirmation',
      targets: ['eservice.receipt.my-pages'],
      complete: { rule: 'activate', params: { target: 'eservice.receipt.my-pages' } },
      hints: ['eservice.hint.read-confirmation'],
      stage: 'receipt',
    },
    {
      id: 'check-my-pages',
      textKey: 'eservice.step.check-my-pages',
      targets: ['eservice.my-pages.log-out'],
      complete: { rule: 'activate', params: { target: 'eservice.my-pages.log-out' } },
      hints: ['eservice.hint.check-my-pages'],
      stage: 'my-pages',
    },
  ],
})
