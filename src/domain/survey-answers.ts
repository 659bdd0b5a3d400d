import type { PracticeWish } from './practice-wishes'

/**
 * What the visitor is asked around a task, as data: the confidence scale, and the feedback for the city. Only big
 * choices, never free text, so nothing a person types can reach the city.
 */

/** "How sure are you that you could do this on your own?", from 1 (not at all) to 5 (very sure). */
export const CONFIDENCE_VALUES = [1, 2, 3, 4, 5] as const
export type ConfidenceValue = (typeof CONFIDENCE_VALUES)[number]

/** "Was anything unclear?" */
export const UNCLEAR_REASONS = ['words', 'too-fast', 'text-small', 'where-to-look', 'nothing'] as const
export type UnclearReason = (typeof UNCLEAR_REASONS)[number]

/** "Would you try the real e-service now?" */
export const TRY_REAL_ANSWERS = ['yes', 'maybe', 'no'] as const
export type TryRealAnswer = (typeof TRY_REAL_ANSWERS)[number]

/** When the confidence question is asked. */
export const CONFIDENCE_PHASES = ['before', 'after'] as const
export type ConfidencePhase = (typeof CONFIDENCE_PHASES)[number]

/** The most steps a visitor can mark as hardest: every step of the longest task. */
export const MAX_HARDEST_STEPS = 40

/** The visitor's feedback on one task. */
export interface FeedbackAnswer {
  /** Ids of the steps the visitor found hardest (one per group of steps with the same label). */
  hardest: string[]
  unclear: UnclearReason[]
  tryReal: TryRealAnswer | null
}

/** All the feedback card asks: the feedback on the task, and the errand the visitor would like to practise next. */
export interface FeedbackCardAnswer extends FeedbackAnswer {
  /** One of `PRACTICE_WISHES`, or null (or left out) when the visitor chose none. */
  wish?: PracticeWish | null
}
