import { fileURLToPath } from 'node:url'
import type * as AuthoredChecks from './check-authored'

/** The checks an authored errand goes through: the app's own errand checks, with the server's on top. */
export type ErrandChecks = Pick<typeof AuthoredChecks, 'checkAuthoredErrand' | 'idsOfErrand'>

/**
 * Loads the errand checks. They are the app's code, which finds its rules and formats with Vite's
 * `import.meta.glob`: under Vite (the tests) they import directly; under plain Node (`npm start`) they load
 * through Vite's module runner, which resolves the globs, once, when the server starts.
 */
export async function loadErrandChecks(): Promise<ErrandChecks> {
  try {
    return await import('./check-authored')
  } catch {
    const { runnerImport } = await import('vite')
    const source = fileURLToPath(new URL('./check-authored.ts', import.meta.url))
    return (await runnerImport<typeof AuthoredChecks>(source)).module
  }
}
