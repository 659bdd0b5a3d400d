import type { ConfidenceValue, FeedbackAnswer } from '../survey/survey-content'
import type { ActionSource, SliceCreator } from './app-store'

/** Where the visitor is in the questions around a task. */
export type SurveyStage = 'confidence-before' | 'confidence-after' | 'feedback'

/**
 * Questions around a task: confidence before it starts and after it ends, then feedback for the city. The task
 * starts only once the first question is answered or skipped, so its times do not include the question.
 */
export interface SurveySlice {
  /** Ask how sure the visitor is, before and after. Staff can turn it off per station. @default true */
  askConfidence: boolean
  /** The question on show, for which task; null when none. */
  survey: { stage: SurveyStage; taskId: string } | null
  /** Answers the confidence question on show with 1 (not at all sure) to 5 (very sure). */
  rateConfidence: (value: ConfidenceValue, source?: ActionSource) => void
  /** Sends the feedback for the city and ends the questions. */
  giveFeedback: (answer: FeedbackAnswer, source?: ActionSource) => void
  /** "Not now": leaves the question on show unanswered and goes on. */
  skipSurvey: (source?: ActionSource) => void
  setAskConfidence: (ask: boolean, source?: ActionSource) => void
  /** The task engine reports the task completed: the after-questions begin. */
  taskFinished: () => void
}

export const createSurveySlice: SliceCreator<SurveySlice> = (set, get, { emit }) => {
  /** Moves past the question on show: starts the task after the first, asks for feedback after the second. */
  const advance = (source: ActionSource) => {
    const survey = get().survey
    if (!survey) return
    if (survey.stage === 'confidence-before') {
      set({ survey: null })
      get().beginTask(source)
    } else if (survey.stage === 'confidence-after') {
      set({ survey: { stage: 'feedback', taskId: survey.taskId } })
    } else {
      set({ survey: null })
    }
  }
  return {
    askConfidence: true,
    survey: null,

    rateConfidence: (value, source = 'visitor') => {
      const survey = get().survey
      if (!survey || survey.stage === 'feedback') return
      emit({
        type: 'confidence_rated',
        payload: { phase: survey.stage === 'confidence-before' ? 'before' : 'after', value },
        source,
      })
      advance(source)
    },
    giveFeedback: (answer, source = 'visitor') => {
      if (get().survey?.stage !== 'feedback') return
      emit({ type: 'feedback_given', payload: answer, source })
      advance(source)
    },
    skipSurvey: (source = 'visitor') => advance(source),
    setAskConfidence: (askConfidence, source = 'visitor') => {
      if (get().askConfidence === askConfidence) return
      set({ askConfidence })
      emit({
        type: 'setting_changed',
        payload: { setting: 'confidence', value: String(askConfidence) },
        source,
      })
    },
    taskFinished: () => {
      const taskId = get().taskId
      if (taskId === null) return
      set({ survey: { stage: get().askConfidence ? 'confidence-after' : 'feedback', taskId } })
    },
  }
}
