/**
 * What the browser says when a chunk of the app's code (a scene's set, loaded when entered) could not be fetched:
 * Chromium, Safari and Firefox word it differently.
 */
const FAILED_CODE_LOAD =
  /Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload/i

/** Whether a scene crashed because its code could not be fetched (the server was down, or the Wi-Fi dropped). */
export function isFailedCodeLoad(error: unknown): boolean {
  return error instanceof Error && FAILED_CODE_LOAD.test(error.message)
}

/** What {@link reloadOnceServerAnswers} needs from the page, injected so a test can run it without one. */
export interface ReloadDeps {
  /** Whether the server answers now. */
  serverAnswers: () => Promise<boolean>
  reload: () => void
  wait: (ms: number) => Promise<void>
  /** How long between two tries. @default 2000 */
  intervalMs?: number
}

/**
 * Reloads the page once the server answers again. A browser keeps a module it failed to fetch as failed until the
 * page reloads (and React keeps a failed lazy component too), so without a reload a kiosk would never show that
 * scene again, for every visitor after. The visitor is in the lobby meanwhile; their events wait in the durable
 * queue, so the reload loses nothing.
 */
export async function reloadOnceServerAnswers(deps: ReloadDeps): Promise<void> {
  const interval = deps.intervalMs ?? 2000
  for (;;) {
    if (await deps.serverAnswers().catch(() => false)) {
      deps.reload()
      return
    }
    await deps.wait(interval)
  }
}

let reloading = false

/** In the page: after a failed code load, reload once `/api/health` answers (once, however many scenes failed). */
export function recoverFromFailedCodeLoad(): void {
  if (reloading) return
  reloading = true
  void reloadOnceServerAnswers({
    serverAnswers: async () => (await fetch('/api/health', { cache: 'no-store' })).ok,
    reload: () => location.reload(),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  })
}
