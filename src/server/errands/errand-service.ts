import { LOCALES, type Locale } from '../../domain/locales'
import type { ErrandProblems } from '../../errands/check-errand'
import { catalogFromIds, type Catalog } from '../catalog'
import type { Db } from '../db/schema'
import { ownText, type ErrandContextData } from '../errand-context'
import type { CheckedErrandFile } from '../../errands/errand-file'
import type { AuthoredErrandFile } from './check-authored'
import type { ErrandChecks } from './load-checks'
import {
  listAuthored,
  listPublished,
  publishVersion,
  storeVersion,
  unpublishErrand,
  versionFile,
  type AuthoredErrand,
  type PublishedErrand,
} from './errand-store'

/** Where the service reports a published errand that no longer passes (the app changed under it). */
export interface ErrandLog {
  warn(details: object, message: string): void
}

/** Options of {@link createErrandService}. */
export interface ErrandServiceOptions {
  db: Db
  /** The app's texts and scenes, which files are checked against. */
  context: ErrandContextData
  /** The built-in scenes and tasks. */
  builtIn: Catalog
  log: ErrandLog
  /** The errand checks (`loadErrandChecks`). */
  checks: ErrandChecks
  /** Told the published errands (checked) whenever they change, e.g. to make their narration clips. */
  onPublished?: (errands: CheckedErrandFile[]) => void
}

/** A version stored: which errand, which number. */
export interface StoredVersion {
  id: string
  version: number
}

/** Authored errands: checked, stored as versions, published; and the catalog ingest reads, kept in step. */
export interface ErrandService {
  /**
   * Every id ingest accepts: the built-in ones and those of the published errands' current versions. One object
   * for the server's life, updated in place on every change.
   */
  catalog: Catalog
  check(data: unknown): AuthoredErrandFile | { problems: ErrandProblems }
  /** Checks, stores a new version and publishes it. */
  publish(data: unknown, note: string | null): Promise<StoredVersion | { problems: ErrandProblems }>
  /** Checks and stores a new version as a draft: nothing changes on the stations. */
  importDraft(data: unknown, note: string | null): Promise<StoredVersion | { problems: ErrandProblems }>
  /**
   * Publishes a stored version again (a rollback, or an imported draft), checked again against today's app.
   * `missing` when the errand has no such version.
   */
  publishStored(id: string, version: number): Promise<'published' | 'missing' | { problems: ErrandProblems }>
  /** Takes an errand off the stations; false when it was not published. */
  unpublish(id: string): Promise<boolean>
  /** The current version of every published errand that passes today's checks; refreshes the catalog. */
  published(): Promise<PublishedErrand[]>
  authored(): Promise<AuthoredErrand[]>
  /** A stored version's file (the published one, else the newest, when no version is given). */
  exportFile(id: string, version?: number): Promise<{ version: number; file: unknown } | undefined>
  /**
   * A task's title in every language that has it: a published errand's from its own texts, a built-in task's from
   * the app's; undefined for a task neither has.
   */
  titles(taskId: string): Partial<Record<Locale, string>> | undefined
  /** Called after every publish, rollback and unpublish. Returns the unsubscribe. */
  subscribe(listener: () => void): () => void
}

/** Authored errands over the database; see {@link ErrandService}. */
export function createErrandService(options: ErrandServiceOptions): ErrandService {
  const { db, context, builtIn, log } = options
  const { checkAuthoredErrand, idsOfErrand } = options.checks
  const tasks = new Map(builtIn.tasks)
  const catalog: Catalog = { scenes: builtIn.scenes, tasks }
  const listeners = new Set<() => void>()
  /** Checks of stored versions, by `id@version`: a stored version never changes. */
  const checks = new Map<string, ReturnType<ErrandChecks['checkAuthoredErrand']>>()
  let authoredIds = new Set<string>()
  /** The published versions as of the last refresh, `id@version`, to tell when they change. */
  let publishedKey = ''
  /** The published errands' titles, by task id, as of the last refresh. */
  let authoredTitles = new Map<string, Partial<Record<Locale, string>>>()

  const check = (data: unknown) => checkAuthoredErrand(data, { data: context, builtIn })

  function checkStored(errand: PublishedErrand) {
    const key = `${errand.id}@${errand.version}`
    let result = checks.get(key)
    if (result === undefined) {
      result = check(errand.file)
      checks.set(key, result)
      if ('problems' in result) {
        log.warn(
          { errand: errand.id, version: errand.version, problems: result.problems },
          'a published errand no longer passes the checks: stations are not offered it',
        )
      }
    }
    return result
  }

  async function published(): Promise<PublishedErrand[]> {
    const current = (await listPublished(db)).filter((errand) => !('problems' in checkStored(errand)))
    const ids = new Set<string>()
    const titles = new Map<string, Partial<Record<Locale, string>>>()
    for (const errand of current) {
      const result = checkStored(errand)
      if ('problems' in result) continue
      const { task } = result.checked.errand
      const { texts } = result.checked
      titles.set(
        task.id,
        titlesOf(
          (locale) =>
            (Object.hasOwn(texts[locale], task.titleKey) ? texts[locale][task.titleKey] : undefined) ??
            ownText(context, locale, task.titleKey),
        ),
      )
      const own = catalogFromIds({ scenes: [], tasks: { [task.id]: idsOfErrand(result.checked) } })
      const steps = own.tasks.get(task.id)
      if (steps !== undefined) tasks.set(task.id, steps)
      ids.add(task.id)
    }
    for (const id of authoredIds) if (!ids.has(id) && !builtIn.tasks.has(id)) tasks.delete(id)
    authoredIds = ids
    authoredTitles = titles
    const key = current.map((errand) => `${errand.id}@${errand.version}`).join(',')
    if (key !== publishedKey) {
      publishedKey = key
      options.onPublished?.(
        current.flatMap((errand) => {
          const result = checkStored(errand)
          return 'checked' in result ? [result.checked] : []
        }),
      )
    }
    return current
  }

  async function changed(): Promise<void> {
    await published()
    for (const listener of listeners) listener()
  }

  async function store(
    data: unknown,
    note: string | null,
    origin: 'publish' | 'import',
  ): Promise<StoredVersion | { problems: ErrandProblems }> {
    const result = check(data)
    if ('problems' in result) return result
    const { task } = result.checked.errand
    const version = await storeVersion(
      db,
      { id: task.id, scene: task.scene, file: result.file, origin, note },
      { publish: origin === 'publish' },
    )
    if (origin === 'publish') await changed()
    return { id: task.id, version }
  }

  return {
    catalog,
    check,
    publish: (data, note) => store(data, note, 'publish'),
    importDraft: (data, note) => store(data, note, 'import'),
    async publishStored(id, version) {
      const file = await versionFile(db, id, version)
      if (file === undefined) return 'missing'
      const result = check(file)
      if ('problems' in result) return result
      await publishVersion(db, id, version)
      await changed()
      return 'published'
    },
    async unpublish(id) {
      const was = await unpublishErrand(db, id)
      if (was) await changed()
      return was
    },
    published,
    authored: () => listAuthored(db),
    async exportFile(id, version) {
      let wanted = version
      if (wanted === undefined) {
        const errand = (await listAuthored(db)).find((candidate) => candidate.id === id)
        wanted = errand?.published ?? errand?.versions.at(-1)?.version
      }
      if (wanted === undefined) return undefined
      const file = await versionFile(db, id, wanted)
      return file === undefined ? undefined : { version: wanted, file }
    },
    titles(taskId) {
      const own = authoredTitles.get(taskId)
      if (own !== undefined) return own
      const key = Object.hasOwn(context.taskTitleKeys, taskId) ? context.taskTitleKeys[taskId] : undefined
      return key === undefined ? undefined : titlesOf((locale) => ownText(context, locale, key))
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** The texts a lookup has, by locale. */
function titlesOf(text: (locale: Locale) => string | undefined): Partial<Record<Locale, string>> {
  const titles: Partial<Record<Locale, string>> = {}
  for (const { code } of LOCALES) {
    const title = text(code)
    if (title !== undefined) titles[code] = title
  }
  return titles
}
