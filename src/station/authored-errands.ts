import { appErrandContext } from '../errands/errands'
import { checkErrandFile, type CheckedErrandFile } from '../errands/errand-file'
import { setAuthoredErrands } from '../errands/errand-registry'
import { publishedErrandsSchema, type PublishedErrands } from '../errands/published-errands'
import type { AppStore } from '../state/app-store'

/** The authored errands a station offers: the published ones, and the draft staff preview on it. */
export interface AuthoredErrands {
  /** Fetches the published errands again and offers them (at start, on reconnect, on `errands-changed`). */
  refresh(): Promise<void>
  /**
   * Runs a draft errand at once as a preview: a fresh visit whose events are all marked `preview`. False when
   * the file does not pass the app's checks (nothing changes then).
   */
  preview(file: unknown): boolean
  /** Ends the preview: a fresh visit in the lobby, the draft no longer offered. */
  endPreview(): void
  stop(): void
}

/** Options of {@link createAuthoredErrands}. */
export interface AuthoredErrandsOptions {
  appStore: AppStore
  /** Reads `GET /api/errands` (its JSON). */
  fetchPublished: () => Promise<unknown>
  /** Where a file that fails the checks or a failed fetch is reported. @default console.warn */
  warn?: (message: string) => void
}

/** The address of `GET /api/errands` on the server of a live link address (`wss://host/api/live`). */
export function publishedErrandsUrl(liveUrl: string): string {
  const url = new URL(liveUrl)
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:'
  url.pathname = '/api/errands'
  url.search = ''
  return url.href
}

/**
 * Keeps the app's authored errands (the registry, their texts, the store's tasks) in step with the server and
 * with a preview. A visitor inside an authored errand keeps the version they started: a change waits until they
 * are back in the lobby, so a step never changes under them.
 */
export function createAuthoredErrands(options: AuthoredErrandsOptions): AuthoredErrands {
  const { appStore, fetchPublished, warn = (message) => console.warn(message) } = options
  // The tasks the app was built with stay as they are; authored ones come after them (never instead of one).
  const builtIn = appStore.getState().tasks
  const builtInIds = new Set(builtIn.map((task) => task.id))
  let published: CheckedErrandFile[] = []
  let previewing: CheckedErrandFile | null = null
  /** The authored task ids offered now. */
  let offered = new Set<string>()
  let waiting = false
  let fetches = 0

  function check(file: unknown, what: string): CheckedErrandFile | null {
    const result = checkErrandFile(file, appErrandContext)
    if ('checked' in result) return result.checked
    warn(`${what} does not pass the checks: ${JSON.stringify(result.problems).slice(0, 300)}`)
    return null
  }

  function apply(): void {
    // Set first: the store update below calls the subscription again at once.
    waiting = false
    const own = previewing
    const errands = [
      ...published.filter(({ errand }) => errand.task.id !== own?.errand.task.id),
      ...(own === null ? [] : [own]),
    ].filter(({ errand }) => !builtInIds.has(errand.task.id))
    setAuthoredErrands(errands)
    offered = new Set(errands.map(({ errand }) => errand.task.id))
    appStore.setState({ tasks: [...builtIn, ...errands.map(({ errand }) => errand.task)] })
  }

  /** Offers the errands now, or once the visitor leaves the authored errand they are in. */
  function offer(): void {
    const taskId = appStore.getState().taskId
    if (taskId !== null && offered.has(taskId)) waiting = true
    else apply()
  }

  const unsubscribe = appStore.subscribe((state, previous) => {
    // A reset (idle, staff) ends a preview as well.
    if (previous.preview && !state.preview && previewing !== null) {
      previewing = null
      apply()
    } else if (waiting && state.taskId === null) apply()
  })

  return {
    async refresh() {
      const ticket = ++fetches
      let answer: PublishedErrands
      try {
        answer = publishedErrandsSchema.parse(await fetchPublished())
      } catch (error) {
        warn(
          `the published errands could not be read: ${error instanceof Error ? error.message : String(error)}`,
        )
        return
      }
      // A slower, older answer never overwrites a newer one.
      if (ticket !== fetches) return
      published = answer.errands.flatMap(({ id, version, file }) => {
        const checked = check(file, `published errand ${id} (version ${version})`)
        return checked === null ? [] : [checked]
      })
      offer()
    },
    preview(file) {
      const checked = check(file, 'the errand to preview')
      if (checked === null) return false
      previewing = null
      // The preview is a visit of its own: the visit before it ends, and every event of this one is marked.
      appStore.getState().resetSession('staff', 'staff', { preview: true })
      previewing = checked
      apply()
      appStore.getState().startTask(checked.errand.task.id, 'staff')
      return true
    },
    endPreview() {
      if (previewing === null) return
      previewing = null
      appStore.getState().resetSession('staff', 'staff')
      apply()
    },
    stop() {
      unsubscribe()
    },
  }
}
