import { useEffect, useState } from 'react'
import { useConsole, useConsoleState } from '../console-context'
import { StaffApiError, staffGet } from './staff-api'
import type { StaffApiProblem } from './staff-api'

/** A staff API answer as a component sees it while it loads. */
export type Loaded<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'problem'; problem: StaffApiProblem }

/**
 * GETs a staff API path as JSON whenever the path changes (null: nothing to get). An expired login logs the console
 * out with a notice, as the live link does.
 */
export function useStaffJson<T>(path: string | null): Loaded<T> {
  const { store, link, saveLogin } = useConsole()
  const login = useConsoleState((state) => state.login)
  const [loaded, setLoaded] = useState<{ path: string | null; result: Loaded<T> }>({
    path: null,
    result: { state: 'loading' },
  })
  useEffect(() => {
    if (path === null || login === null) return
    const abort = new AbortController()
    staffGet(path, login, abort.signal)
      .then((response) => response.json() as Promise<T>)
      .then(
        (value) => setLoaded({ path, result: { state: 'ready', value } }),
        (error: unknown) => {
          if (abort.signal.aborted) return
          const problem = error instanceof StaffApiError ? error.problem : 'failed'
          if (problem === 'expired') {
            link.stop()
            saveLogin(null)
            store.setState({ login: null, loginNotice: 'staff.session-expired', stations: [] })
          }
          setLoaded({ path, result: { state: 'problem', problem } })
        },
      )
    return () => abort.abort()
  }, [path, login, store, link, saveLogin])
  // An answer for another path is stale: show loading until this one's arrives.
  return loaded.path === path ? loaded.result : { state: 'loading' }
}
