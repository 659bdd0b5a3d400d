import { parsePracticeData, practiceDays, resolvePracticeRef } from '../../src/errands/practice-data'
import practiceJson from './errands/pay-bill/practice.json'

const PRACTICE = parsePracticeData('scenes/bank/errands/pay-bill/practice.json', practiceJson)
const value = (name: string) => resolvePracticeRef({ $practice: name }, PRACTICE)

/**
 * The practice bill on the bank desk, read from the errand's `practice.json`. Fictional payee; numbers carry
 * valid mod-10 check digits.
 */
export const PRACTICE_BILL = {
  payee: value('bill-payee'),
  bankgiro: value('bill-bankgiro'),
  ocr: value('bill-ocr'),
  /** Kronor, as typed on the keypad. */
  amount: value('bill-amount'),
  /** The due date is this many days after the visit, so the bill is never already late. */
  dueInDays: practiceDays(PRACTICE, 'bill-due-date'),
  /** The wrong date on offer lies this many days after the due date. */
  lateByDays: practiceDays(PRACTICE, 'bill-late-date') - practiceDays(PRACTICE, 'bill-due-date'),
} as const
