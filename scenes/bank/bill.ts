/** The practice bill on the bank desk. Fictional payee; numbers carry valid mod-10 check digits. */
export const PRACTICE_BILL = {
  payee: 'Stadens Energi AB',
  bankgiro: '5050-1055',
  ocr: '3100571268',
  /** Kronor, as typed on the keypad. */
  amount: '845',
  /** The due date is this many days after the visit, so the bill is never already late. */
  dueInDays: 10,
  /** The wrong date on offer lies this many days after the due date. */
  lateByDays: 6,
} as const
