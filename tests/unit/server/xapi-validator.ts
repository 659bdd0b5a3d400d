// A checker for the xAPI 1.0.3 rules the export relies on (xAPI-Data.md, sections 2.4 and 4.x).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i
/** ISO 8601 duration as xAPI uses it (`PT12.5S`, `P1DT2H`); at least one component. */
export const ISO_DURATION =
  /^P(?=\d|T\d)(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?W)?(?:\d+(?:\.\d+)?D)?(?:T(?=\d)(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?$/
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/

const STATEMENT_KEYS = [
  'id',
  'actor',
  'verb',
  'object',
  'result',
  'context',
  'timestamp',
  'stored',
  'authority',
  'version',
  'attachments',
]
const RESULT_KEYS = ['score', 'success', 'completion', 'response', 'duration', 'extensions']
const CONTEXT_KEYS = [
  'registration',
  'instructor',
  'team',
  'contextActivities',
  'revision',
  'platform',
  'language',
  'statement',
  'extensions',
]
const CONTEXT_ACTIVITY_KEYS = ['parent', 'grouping', 'category', 'other']
const DEFINITION_KEYS = [
  'name',
  'description',
  'type',
  'moreInfo',
  'extensions',
  'interactionType',
  'correctResponsesPattern',
  'choices',
  'scale',
  'source',
  'target',
  'steps',
]

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An absolute IRI with a scheme (http/https for everything this export writes). */
function isIri(value: unknown): boolean {
  if (typeof value !== 'string') return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== ''
  } catch {
    return false
  }
}

function isLanguageTag(value: unknown): boolean {
  if (typeof value !== 'string' || value === '') return false
  try {
    return Intl.getCanonicalLocales(value).length === 1
  } catch {
    return false
  }
}

/** Returns every rule a statement breaks; an empty list means valid. */
export function xapiErrors(statement: unknown): string[] {
  const errors: string[] = []
  const check = (ok: boolean, message: string) => {
    if (!ok) errors.push(message)
  }
  const onlyKeys = (value: Json, allowed: readonly string[], where: string) => {
    for (const key of Object.keys(value)) check(allowed.includes(key), `${where}: unknown property ${key}`)
  }
  const languageMap = (value: unknown, where: string) => {
    check(isObject(value) && Object.keys(value).length > 0, `${where}: must be a non-empty language map`)
    if (!isObject(value)) return
    for (const [tag, text] of Object.entries(value)) {
      check(isLanguageTag(tag), `${where}: ${tag} is not an RFC 5646 tag`)
      check(typeof text === 'string', `${where}.${tag}: must be a string`)
    }
  }
  const extensions = (value: unknown, where: string) => {
    if (value === undefined) return
    check(isObject(value), `${where}: must be an object`)
    if (isObject(value))
      for (const key of Object.keys(value)) check(isIri(key), `${where}: key ${key} is not an IRI`)
  }
  const activity = (value: unknown, where: string) => {
    check(isObject(value), `${where}: must be an object`)
    if (!isObject(value)) return
    onlyKeys(value, ['objectType', 'id', 'definition'], where)
    check(
      value.objectType === undefined || value.objectType === 'Activity',
      `${where}.objectType: must be Activity`,
    )
    check(isIri(value.id), `${where}.id: must be an IRI`)
    if (value.definition !== undefined) {
      const definition = value.definition
      check(isObject(definition), `${where}.definition: must be an object`)
      if (!isObject(definition)) return
      onlyKeys(definition, DEFINITION_KEYS, `${where}.definition`)
      if (definition.name !== undefined) languageMap(definition.name, `${where}.definition.name`)
      if (definition.description !== undefined)
        languageMap(definition.description, `${where}.definition.description`)
      if (definition.type !== undefined)
        check(isIri(definition.type), `${where}.definition.type: must be an IRI`)
      extensions(definition.extensions, `${where}.definition.extensions`)
    }
  }

  if (!isObject(statement)) return ['statement: must be an object']
  onlyKeys(statement, STATEMENT_KEYS, 'statement')
  check(typeof statement.id === 'string' && UUID.test(statement.id), 'id: must be a UUID')

  const actor = statement.actor
  check(isObject(actor), 'actor: required')
  if (isObject(actor)) {
    check(actor.objectType === undefined || actor.objectType === 'Agent', 'actor.objectType: must be Agent')
    const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((key) => actor[key] !== undefined)
    check(ifis.length === 1, 'actor: exactly one inverse functional identifier')
    const account = actor.account
    if (account !== undefined) {
      check(isObject(account), 'actor.account: must be an object')
      if (isObject(account)) {
        onlyKeys(account, ['homePage', 'name'], 'actor.account')
        check(isIri(account.homePage), 'actor.account.homePage: must be an IRL')
        check(typeof account.name === 'string' && account.name !== '', 'actor.account.name: required')
      }
    }
  }

  const verb = statement.verb
  check(isObject(verb), 'verb: required')
  if (isObject(verb)) {
    onlyKeys(verb, ['id', 'display'], 'verb')
    check(isIri(verb.id), 'verb.id: must be an IRI')
    if (verb.display !== undefined) languageMap(verb.display, 'verb.display')
  }

  activity(statement.object, 'object')

  const result = statement.result
  if (result !== undefined) {
    check(isObject(result), 'result: must be an object')
    if (isObject(result)) {
      onlyKeys(result, RESULT_KEYS, 'result')
      if (result.success !== undefined)
        check(typeof result.success === 'boolean', 'result.success: must be a boolean')
      if (result.completion !== undefined)
        check(typeof result.completion === 'boolean', 'result.completion: must be a boolean')
      if (result.response !== undefined)
        check(typeof result.response === 'string', 'result.response: must be a string')
      if (result.duration !== undefined) {
        check(
          typeof result.duration === 'string' && ISO_DURATION.test(result.duration),
          'result.duration: ISO 8601 duration',
        )
      }
      extensions(result.extensions, 'result.extensions')
    }
  }

  const context = statement.context
  if (context !== undefined) {
    check(isObject(context), 'context: must be an object')
    if (isObject(context)) {
      onlyKeys(context, CONTEXT_KEYS, 'context')
      if (context.registration !== undefined) {
        check(
          typeof context.registration === 'string' && UUID.test(context.registration),
          'context.registration: UUID',
        )
      }
      if (context.platform !== undefined)
        check(typeof context.platform === 'string', 'context.platform: string')
      if (context.language !== undefined)
        check(isLanguageTag(context.language), 'context.language: RFC 5646 tag')
      const contextActivities = context.contextActivities
      if (contextActivities !== undefined) {
        check(isObject(contextActivities), 'context.contextActivities: must be an object')
        if (isObject(contextActivities)) {
          onlyKeys(contextActivities, CONTEXT_ACTIVITY_KEYS, 'context.contextActivities')
          for (const [key, list] of Object.entries(contextActivities)) {
            check(Array.isArray(list), `context.contextActivities.${key}: must be an array`)
            if (Array.isArray(list))
              list.forEach((item, i) => activity(item, `context.contextActivities.${key}[${i}]`))
          }
        }
      }
      extensions(context.extensions, 'context.extensions')
    }
  }

  if (statement.timestamp !== undefined) {
    check(
      typeof statement.timestamp === 'string' &&
        ISO_TIMESTAMP.test(statement.timestamp) &&
        !Number.isNaN(Date.parse(statement.timestamp)),
      'timestamp: ISO 8601 with a time zone',
    )
  }
  if (statement.version !== undefined) {
    check(typeof statement.version === 'string' && /^1\.0\.\d+$/.test(statement.version), 'version: 1.0.x')
  }
  return errors
}
