import type { Locale } from '../domain/locales'
import type { TelemetryEvent } from '../telemetry/event-schema'
import { rowToEvent } from './db/event-rows'
import type { Db } from './db/schema'
import { matchesFilter } from './event-filter'
import type { EventFilter } from './event-filter'
import { confidenceQuestion, confidenceResult, feedbackResult, feedbackSurvey } from './xapi-survey'
import type { SurveyDefinition, SurveyResult } from './xapi-survey'

/** A language map, keyed by RFC 5646 tags. */
export type LanguageMap = Record<string, string>

/** An xAPI 1.0.3 Activity. */
export interface XapiActivity {
  objectType: 'Activity'
  id: string
  definition: { name: LanguageMap; type?: string } | SurveyDefinition
}

/** The part of an xAPI 1.0.3 Statement this export fills in. */
export interface XapiStatement {
  id: string
  /** An anonymous account: the session UUID under the server's origin, never a person. */
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } }
  verb: { id: string; display: LanguageMap }
  object: XapiActivity
  result?: {
    /** A survey's rating, e.g. confidence 4 on a scale of 1 to 5. */
    score?: SurveyResult['score']
    success?: boolean
    completion?: boolean
    response?: string
    /** ISO 8601 duration, e.g. `PT12.5S`. */
    duration?: string
    extensions?: Record<string, string | number | boolean | readonly string[]>
  }
  context: {
    registration: string
    platform: string
    language?: string
    contextActivities?: { parent?: XapiActivity[]; grouping?: XapiActivity[] }
    extensions?: Record<string, string | number | boolean>
  }
  timestamp: string
  version: '1.0.3'
}

/** Verbs from the ADL vocabulary (`abandoned` is the ADL verb that cmi5 uses). */
export const XAPI_VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  abandoned: 'https://w3id.org/xapi/adl/verbs/abandoned',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  interacted: 'http://adlnet.gov/expapi/verbs/interacted',
  /** A survey answered: confidence before or after a task, and the feedback for the city. */
  responded: 'http://adlnet.gov/expapi/verbs/responded',
} as const

type Verb = keyof typeof XAPI_VERBS

/**
 * Event types that become statements; step_started, setting_changed and help_requested add nothing a learning
 * record needs.
 */
export const XAPI_EVENT_TYPES = [
  'session_started',
  'session_ended',
  'task_started',
  'step_completed',
  'hint_shown',
  'mistake',
  'task_completed',
  'task_abandoned',
  'confidence_rated',
  'feedback_given',
] as const

const ACTIVITY_TYPES = {
  task: 'http://adlnet.gov/expapi/activities/simulation',
  step: 'http://adlnet.gov/expapi/activities/interaction',
} as const

/** `PT12.5S` for 12 500 ms (xAPI keeps 0.01 s precision). */
export function isoDuration(ms: number): string {
  return `PT${Math.round(ms / 10) / 100}S`
}

/** A task's title in each language it has, or undefined: see the errand service's `titles`. */
export type TaskTitles = (task: string) => Partial<Record<Locale, string>> | undefined

/** The language tag each locale's title takes in an xAPI language map (easy-read Swedish as private use). */
const XAPI_LANGUAGE: Record<Locale, string> = {
  sv: 'sv-SE',
  'sv-easy': 'sv-SE-x-easy',
  en: 'en-GB',
  ar: 'ar',
}

/** A task's titles as an xAPI language map, beside the id under `en-US` that every statement has. */
function languageMap(titles: Partial<Record<Locale, string>> | undefined): Record<string, string> {
  if (titles === undefined) return {}
  const map: Record<string, string> = {}
  for (const [locale, title] of Object.entries(titles) as [Locale, string][])
    map[XAPI_LANGUAGE[locale]] = title
  return map
}

/**
 * The statement for one event, or null for a type that is not exported or an event that lacks its task. `site` (the
 * `SITE_ID` that stored it) goes into the context's extensions when given.
 */
export function toXapiStatement(
  event: TelemetryEvent,
  origin: string,
  site: string | null = null,
  titles: TaskTitles = () => undefined,
): XapiStatement | null {
  const iri = (path: string) => `${origin}/xapi/${path}`
  const app: XapiActivity = {
    objectType: 'Activity',
    id: iri('activities/digidel-vr'),
    definition: { name: { 'en-US': 'Digidel VR' } },
  }
  const taskActivity = (task: string): XapiActivity => ({
    objectType: 'Activity',
    id: iri(`activities/task/${encodeURIComponent(task)}`),
    definition: { name: { 'en-US': task, ...languageMap(titles(task)) }, type: ACTIVITY_TYPES.task },
  })
  const stepActivity = (task: string, stepIndex: number): XapiActivity => {
    const step = event.step ?? `step ${stepIndex + 1}`
    return {
      objectType: 'Activity',
      id: `${taskActivity(task).id}/step/${encodeURIComponent(event.step ?? String(stepIndex))}`,
      definition: { name: { 'en-US': `${task}: ${step}` }, type: ACTIVITY_TYPES.step },
    }
  }
  const ext = (name: string) => iri(`extensions/${name}`)
  const language = validLanguageTag(event.locale)

  const statement = (
    verb: Verb,
    object: XapiActivity,
    result?: XapiStatement['result'],
    parent?: XapiActivity,
  ): XapiStatement => ({
    id: event.id,
    actor: { objectType: 'Agent', account: { homePage: origin, name: event.sessionId } },
    verb: { id: XAPI_VERBS[verb], display: { 'en-US': verb } },
    object,
    ...(result !== undefined ? { result } : {}),
    context: {
      registration: event.sessionId,
      platform: `Digidel VR ${event.appVersion} (${event.mode})`,
      ...(language !== null ? { language } : {}),
      contextActivities: { ...(parent !== undefined ? { parent: [parent] } : {}), grouping: [app] },
      extensions: {
        [ext('scene')]: event.scene,
        [ext('source')]: event.source,
        ...(site !== null && site !== '' ? { [ext('site')]: site } : {}),
      },
    },
    timestamp: event.ts,
    version: '1.0.3',
  })

  const { task } = event
  switch (event.type) {
    case 'session_started':
      return statement('initialized', app)
    case 'session_ended':
      return statement('terminated', app, {
        duration: isoDuration(event.payload.durationMs),
        extensions: { [ext('reason')]: event.payload.reason },
      })
    case 'task_started':
      return task === null ? null : statement('attempted', taskActivity(task))
    case 'task_completed':
      return task === null
        ? null
        : statement('completed', taskActivity(task), {
            success: true,
            completion: true,
            duration: isoDuration(event.payload.durationMs),
            extensions: { [ext('hints')]: event.payload.hints, [ext('mistakes')]: event.payload.mistakes },
          })
    case 'task_abandoned':
      return task === null
        ? null
        : statement('abandoned', taskActivity(task), {
            success: false,
            completion: false,
            duration: isoDuration(event.payload.durationMs),
            extensions: {
              [ext('hints')]: event.payload.hints,
              [ext('mistakes')]: event.payload.mistakes,
              [ext('step-index')]: event.payload.stepIndex,
              [ext('reason')]: event.payload.reason,
            },
          })
    case 'step_completed':
      return task === null
        ? null
        : statement(
            'progressed',
            stepActivity(task, event.payload.stepIndex),
            {
              success: !event.payload.skipped,
              completion: true,
              duration: isoDuration(event.payload.durationMs),
              extensions: {
                [ext('hints')]: event.payload.hints,
                [ext('mistakes')]: event.payload.mistakes,
                [ext('step-index')]: event.payload.stepIndex,
                [ext('skipped')]: event.payload.skipped,
              },
            },
            taskActivity(task),
          )
    case 'hint_shown': {
      if (task === null) return null
      const step = stepActivity(task, event.payload.stepIndex)
      const hint: XapiActivity = {
        objectType: 'Activity',
        id: `${step.id}/hint/${event.payload.hintIndex}`,
        definition: {
          name: { 'en-US': `${step.definition.name['en-US'] ?? task}: hint ${event.payload.hintIndex + 1}` },
        },
      }
      return statement(
        'experienced',
        hint,
        { extensions: { [ext('hints')]: 1, [ext('reason')]: event.payload.reason } },
        step,
      )
    }
    case 'mistake':
      return task === null
        ? null
        : statement(
            'interacted',
            stepActivity(task, event.payload.stepIndex),
            { success: false, response: event.payload.code, extensions: { [ext('mistakes')]: 1 } },
            taskActivity(task),
          )
    case 'confidence_rated':
      return task === null
        ? null
        : statement(
            'responded',
            surveyActivity(
              `${taskActivity(task).id}/survey/confidence-${event.payload.phase}`,
              confidenceQuestion(task, event.payload.phase),
            ),
            confidenceResult(event.payload, ext),
            taskActivity(task),
          )
    case 'feedback_given':
      return task === null
        ? null
        : statement(
            'responded',
            surveyActivity(`${taskActivity(task).id}/survey/feedback`, feedbackSurvey(task)),
            feedbackResult(event.payload, ext),
            taskActivity(task),
          )
    default:
      return null
  }
}

function surveyActivity(id: string, definition: SurveyDefinition): XapiActivity {
  return { objectType: 'Activity', id, definition }
}

/** Statements for every exported event the filter covers, oldest first. */
export async function exportXapi(
  db: Db,
  filter: EventFilter,
  origin: string,
  titles: TaskTitles = () => undefined,
): Promise<XapiStatement[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where(matchesFilter(filter))
    .where('type', 'in', XAPI_EVENT_TYPES)
    .orderBy('ts')
    .orderBy('seq')
    .execute()
  const statements: XapiStatement[] = []
  for (const row of rows) {
    const event = rowToEvent(row)
    const statement = event === null ? null : toXapiStatement(event, origin, row.site_id, titles)
    if (statement !== null) statements.push(statement)
  }
  return statements
}

function validLanguageTag(locale: string): string | null {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? null
  } catch {
    return null
  }
}
