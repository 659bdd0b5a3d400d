/** Feedback on a mobile number typed from the letter: both tasks ask for one. */
export const MOBILE_FEEDBACK = {
  empty: 'eservice.feedback.empty-phone',
  'wrong-length': 'eservice.feedback.phone-length',
  'not-mobile': 'eservice.feedback.not-mobile',
  mismatch: 'eservice.feedback.phone-mismatch',
} as const
