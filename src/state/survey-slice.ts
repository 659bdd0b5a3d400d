import type { ActionSource, SliceCreator, SurveySlice } from './slice-types'

export type { SurveyStage, SurveySlice } from './slice-types'

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
    giveFeedback: ({ wish = null, ...feedback }, source = 'visitor') => {
      if (get().survey?.stage !== 'feedback') return
      emit({ type: 'feedback_given', payload: feedback, source })
      // Its own event: a wish is about what to practise next, counted over every task, not about this one.
      if (wish !== null) emit({ type: 'practice_wished', payload: { wish }, source })
      advance(source)
    },
    skipSurvey: (source = 'visitor') => advance(source),
    setAskConfidence: (askConfidence, source = 'visitor') => {
      if (get().askConfidence === askConfidence) return
      set({ askConfidence })
      emit({
        type: 'setting_changed',
        payload: { setting: 'confidence', value: askConfidence ? 'true' : 'false' },
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
