import { defineTask } from '../../src/tasks/schema'
import { PRACTICE_BILL } from './bill'

const keypad = ['bank.keypad', 'bank.keypad.ok']

export default defineTask({
  id: 'pay-bill',
  scene: 'bank',
  titleKey: 'bank.task.title',
  summaryKey: 'bank.task.summary',
  hintAfter: { idleSeconds: 25, mistakes: 2 },
  completedStage: 'receipt',
  completedTextKey: 'bank.task.completed',
  steps: [
    {
      id: 'pick-up-bill',
      textKey: 'bank.step.pick-up-bill',
      targets: ['bank.bill'],
      complete: { rule: 'activate', params: { target: 'bank.bill' } },
      hints: ['bank.hint.pick-up-bill'],
      stage: 'login',
    },
    {
      id: 'start-login',
      textKey: 'bank.step.start-login',
      targets: ['bank.login.eid'],
      complete: { rule: 'activate', params: { target: 'bank.login.eid' } },
      hints: ['bank.hint.start-login'],
      stage: 'login',
    },
    {
      id: 'confirm-eid',
      textKey: 'bank.step.confirm-eid',
      targets: ['bank.phone.confirm'],
      complete: {
        rule: 'activate',
        params: { target: 'bank.phone.confirm', wrongTargets: { 'bank.phone.cancel': 'cancelled' } },
      },
      hints: ['bank.hint.confirm-eid'],
      feedback: { cancelled: 'bank.feedback.cancelled-login' },
      stage: 'eid-login',
    },
    {
      id: 'choose-pay-bill',
      textKey: 'bank.step.choose-pay-bill',
      targets: ['bank.menu.pay-bill'],
      complete: {
        rule: 'activate',
        params: {
          target: 'bank.menu.pay-bill',
          wrongTargets: { 'bank.menu.transfer': 'wrong-menu', 'bank.menu.accounts': 'wrong-menu' },
        },
      },
      hints: ['bank.hint.choose-pay-bill'],
      feedback: { 'wrong-menu': 'bank.feedback.wrong-menu' },
      stage: 'menu',
    },
    {
      id: 'enter-bankgiro',
      textKey: 'bank.step.enter-bankgiro',
      targets: keypad,
      complete: {
        rule: 'enter-value',
        params: { field: 'bankgiro', expected: PRACTICE_BILL.bankgiro, format: 'bankgiro' },
      },
      hints: ['bank.hint.enter-bankgiro', 'bank.hint.enter-bankgiro-digits'],
      feedback: {
        empty: 'bank.feedback.empty',
        'wrong-length': 'bank.feedback.bankgiro-length',
        'check-digit': 'bank.feedback.bankgiro-check-digit',
        mismatch: 'bank.feedback.bankgiro-mismatch',
      },
      stage: 'pay-form',
    },
    {
      id: 'enter-ocr',
      textKey: 'bank.step.enter-ocr',
      targets: keypad,
      complete: { rule: 'enter-value', params: { field: 'ocr', expected: PRACTICE_BILL.ocr, format: 'ocr' } },
      hints: ['bank.hint.enter-ocr', 'bank.hint.enter-ocr-digits'],
      hintAfter: { idleSeconds: 25, mistakes: 1 },
      feedback: {
        empty: 'bank.feedback.empty',
        'wrong-length': 'bank.feedback.ocr-length',
        'check-digit': 'bank.feedback.ocr-check-digit',
        mismatch: 'bank.feedback.ocr-mismatch',
      },
      stage: 'pay-form',
    },
    {
      id: 'enter-amount',
      textKey: 'bank.step.enter-amount',
      targets: keypad,
      complete: {
        rule: 'enter-value',
        params: { field: 'amount', expected: PRACTICE_BILL.amount, format: 'amount' },
      },
      hints: ['bank.hint.enter-amount'],
      feedback: { empty: 'bank.feedback.empty', mismatch: 'bank.feedback.amount-mismatch' },
      stage: 'pay-form',
    },
    {
      id: 'choose-date',
      textKey: 'bank.step.choose-date',
      targets: ['bank.date.due'],
      complete: {
        rule: 'activate',
        params: { target: 'bank.date.due', wrongTargets: { 'bank.date.late': 'after-due-date' } },
      },
      hints: ['bank.hint.choose-date'],
      feedback: { 'after-due-date': 'bank.feedback.after-due-date' },
      stage: 'date',
    },
    {
      id: 'review',
      textKey: 'bank.step.review',
      targets: ['bank.review.sign'],
      complete: { rule: 'activate', params: { target: 'bank.review.sign' } },
      hints: ['bank.hint.review'],
      stage: 'review',
    },
    {
      id: 'sign-eid',
      textKey: 'bank.step.sign-eid',
      targets: ['bank.phone.sign'],
      complete: {
        rule: 'activate',
        params: { target: 'bank.phone.sign', wrongTargets: { 'bank.phone.cancel': 'cancelled' } },
      },
      hints: ['bank.hint.sign-eid'],
      feedback: { cancelled: 'bank.feedback.cancelled-signing' },
      stage: 'eid-sign',
    },
    {
      id: 'read-receipt',
      textKey: 'bank.step.read-receipt',
      targets: ['bank.receipt.done'],
      complete: { rule: 'activate', params: { target: 'bank.receipt.done' } },
      hints: ['bank.hint.read-receipt'],
      stage: 'receipt',
    },
  ],
})
