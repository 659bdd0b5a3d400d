import en from '../i18n/locales/en.json' with { type: 'json' }
import sv from '../i18n/locales/sv.json' with { type: 'json' }
import { CONFIDENCE_VALUES } from '../domain/survey-answers'
import type { PayloadOf } from '../telemetry/event-schema'

// The visitor's answers around a task (issue 9) as survey-style xAPI: the question is the activity, what the
// visitor chose is the result. The question texts are the ones the visitor saw, in both languages.

/** An xAPI language map, keyed by RFC 5646 tags. */
type LanguageMap = Record<string, string>

/** One option of a likert scale (xAPI interaction component). */
export interface XapiComponent {
  id: string
  description: LanguageMap
}

/** The definition of a survey question's activity. */
export interface SurveyDefinition {
  name: LanguageMap
  description: LanguageMap
  type: string
  interactionType?: 'likert' | 'other'
  scale?: XapiComponent[]
}

/** A survey result: the chosen answers, as `response` and per question in `extensions`. */
export interface SurveyResult {
  response: string
  score?: { raw: number; min: number; max: number }
  extensions: Record<string, string | number | readonly string[]>
}

/** ADL's activity type for a single question with a defined answer format. */
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction'
/** The xAPI registry's activity type for a questionnaire. */
const SURVEY = 'http://id.tincanapi.com/activitytype/survey'

const text = (key: keyof typeof en & keyof typeof sv): LanguageMap => ({ 'en-GB': en[key], 'sv-SE': sv[key] })

/** "How sure are you that you could do this on your own?" before or after `task`, on the five faces. */
export function confidenceQuestion(
  task: string,
  phase: PayloadOf<'confidence_rated'>['phase'],
): SurveyDefinition {
  return {
    name: { 'en-US': `${task}: confidence ${phase} the task` },
    description: text(phase === 'before' ? 'survey.confidence.before' : 'survey.confidence.after'),
    type: INTERACTION,
    interactionType: 'likert',
    scale: CONFIDENCE_VALUES.map((value) => ({
      id: String(value),
      description: text(`survey.confidence.${value}`),
    })),
  }
}

/** The rating as a likert response and a raw score from 1 to 5. */
export function confidenceResult(
  payload: PayloadOf<'confidence_rated'>,
  ext: (name: string) => string,
): SurveyResult {
  return {
    response: String(payload.value),
    score: {
      raw: payload.value,
      min: CONFIDENCE_VALUES[0],
      max: CONFIDENCE_VALUES[CONFIDENCE_VALUES.length - 1] ?? 5,
    },
    extensions: { [ext('phase')]: payload.phase },
  }
}

/** The three feedback questions at the end of `task`. */
export function feedbackSurvey(task: string): SurveyDefinition {
  const questions = [
    text('survey.hardest.question'),
    text('survey.unclear.question'),
    text('survey.try-real.question'),
  ]
  const joined = (tag: string) => questions.map((question) => question[tag] ?? '').join(' ')
  return {
    name: { 'en-US': `${task}: feedback` },
    description: { 'en-GB': joined('en-GB'), 'sv-SE': joined('sv-SE') },
    type: SURVEY,
  }
}

/**
 * The chosen chips. `response` reads `hardest=a[,]b;unclear=words;try-real=maybe` (the `[,]` list separator of xAPI
 * interaction responses); each answer is also an extension of its own, a list where the question takes several.
 */
export function feedbackResult(
  payload: PayloadOf<'feedback_given'>,
  ext: (name: string) => string,
): SurveyResult {
  const tryReal = payload.tryReal ?? ''
  return {
    response: `hardest=${payload.hardest.join('[,]')};unclear=${payload.unclear.join('[,]')};try-real=${tryReal}`,
    extensions: {
      [ext('hardest')]: payload.hardest,
      [ext('unclear')]: payload.unclear,
      ...(payload.tryReal !== null ? { [ext('try-real')]: payload.tryReal } : {}),
    },
  }
}
