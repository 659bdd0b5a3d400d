import { useState } from 'react'
import { useTranslate } from '../state/use-translate'
import { useApp, useAppStoreApi } from '../state/store-context'
import { FaceIcon } from './face-icon'
import {
  CONFIDENCE_VALUES,
  TRY_REAL_ANSWERS,
  UNCLEAR_REASONS,
  type FeedbackCardAnswer,
} from '../domain/survey-answers'
import { PRACTICE_WISHES } from '../domain/practice-wishes'
import { toggled, useHardestChips } from './use-survey'
import { TOP_BAND_PX } from '../ui/reading-region'

/** On a screen: the confidence question and the feedback for the city, over the 3D view. In VR, see SurveyPanel3D. */
export function SurveyOverlay() {
  const survey = useApp((state) => state.survey)
  const mode = useApp((state) => state.mode)
  if (!survey || mode === 'vr') return null
  return (
    // Below the top band, where Staff stays drawn over everything.
    <div className="survey-overlay" data-testid="survey" style={{ paddingBlockStart: TOP_BAND_PX }}>
      {survey.stage === 'feedback' ? <FeedbackCard key={survey.taskId} /> : <ConfidenceCard />}
    </div>
  )
}

function ConfidenceCard() {
  const t = useTranslate()
  const store = useAppStoreApi()
  const stage = useApp((state) => state.survey?.stage)
  return (
    <section className="survey-card" role="dialog" aria-modal="true" aria-labelledby="survey-question">
      <h2 id="survey-question">
        {t(stage === 'confidence-after' ? 'survey.confidence.after' : 'survey.confidence.before')}
      </h2>
      <div className="survey-faces" role="radiogroup" aria-labelledby="survey-question">
        {CONFIDENCE_VALUES.map((value) => (
          <button
            key={value}
            type="button"
            className="survey-face"
            data-testid={`survey-confidence-${value}`}
            onClick={() => store.getState().rateConfidence(value)}
          >
            <FaceIcon value={value} />
            <span>{t(`survey.confidence.${value}`)}</span>
          </button>
        ))}
      </div>
      <button type="button" className="survey-skip" onClick={() => store.getState().skipSurvey()}>
        {t('survey.skip')}
      </button>
    </section>
  )
}

function FeedbackCard() {
  const t = useTranslate()
  const store = useAppStoreApi()
  const chips = useHardestChips()
  const [answer, setAnswer] = useState<FeedbackCardAnswer>({
    hardest: [],
    unclear: [],
    tryReal: null,
    wish: null,
  })
  const chip = (id: string, label: string, pressed: boolean, onToggle: () => void) => (
    <button
      key={id}
      type="button"
      className="survey-chip"
      aria-pressed={pressed}
      data-testid={id}
      onClick={onToggle}
    >
      {label}
    </button>
  )
  return (
    <section className="survey-card" role="dialog" aria-modal="true" aria-labelledby="survey-feedback-title">
      <h2 id="survey-feedback-title">{t('survey.feedback.title')}</h2>
      <fieldset>
        <legend>{t('survey.hardest.question')}</legend>
        {chips.map(({ stepId, label }) =>
          chip(`survey-hardest-${stepId}`, label, answer.hardest.includes(stepId), () =>
            setAnswer((old) => ({ ...old, hardest: toggled(old.hardest, stepId) })),
          ),
        )}
      </fieldset>
      <fieldset>
        <legend>{t('survey.unclear.question')}</legend>
        {UNCLEAR_REASONS.map((reason) =>
          chip(
            `survey-unclear-${reason}`,
            t(`survey.unclear.${reason}`),
            answer.unclear.includes(reason),
            () => setAnswer((old) => ({ ...old, unclear: toggled(old.unclear, reason) })),
          ),
        )}
      </fieldset>
      <fieldset>
        <legend>{t('survey.try-real.question')}</legend>
        {TRY_REAL_ANSWERS.map((value) =>
          chip(`survey-try-real-${value}`, t(`survey.try-real.${value}`), answer.tryReal === value, () =>
            setAnswer((old) => ({ ...old, tryReal: old.tryReal === value ? null : value })),
          ),
        )}
      </fieldset>
      <fieldset>
        <legend>{t('survey.wish.question')}</legend>
        {PRACTICE_WISHES.map((wish) =>
          chip(`survey-wish-${wish}`, t(`survey.wish.${wish}`), answer.wish === wish, () =>
            setAnswer((old) => ({ ...old, wish: old.wish === wish ? null : wish })),
          ),
        )}
      </fieldset>
      <div className="survey-actions">
        <button type="button" className="survey-skip" onClick={() => store.getState().skipSurvey()}>
          {t('survey.skip')}
        </button>
        <button
          type="button"
          className="survey-send"
          data-testid="survey-send"
          onClick={() => store.getState().giveFeedback(answer)}
        >
          {t('survey.send')}
        </button>
      </div>
    </section>
  )
}
