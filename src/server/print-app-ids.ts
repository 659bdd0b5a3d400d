import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'
import type * as IdCatalog from '../errands/id-catalog'
import { APP_IDS_FILE } from './catalog'
import { ERRAND_CONTEXT_FILE } from './errand-context'
import type * as ContextSource from './errand-context-source'

// Prints the app's ids as JSON (with `--context`, what authored errands are checked against: the app's texts and
// each scene's controls), or with a folder (`print-app-ids.ts dist`, run by the build) writes both there as
// app-ids.json and errand-context.json, where the server reads them at start. The task code finds its files with
// Vite's import.meta.glob, so it is loaded through Vite's module runner here, in a process of its own that exits
// afterwards and takes Vite's memory with it.

const load = async <T>(path: string) =>
  (await runnerImport<T>(fileURLToPath(new URL(path, import.meta.url)))).module

const argument = process.argv[2]
if (argument === undefined) {
  const { appIds } = await load<typeof IdCatalog>('../errands/id-catalog.ts')
  process.stdout.write(JSON.stringify(appIds()))
} else if (argument === '--context') {
  const { errandContextData } = await load<typeof ContextSource>('./errand-context-source.ts')
  process.stdout.write(JSON.stringify(errandContextData()))
} else {
  const { appIds } = await load<typeof IdCatalog>('../errands/id-catalog.ts')
  writeFileSync(join(argument, APP_IDS_FILE), JSON.stringify(appIds()))
  const { errandContextData } = await load<typeof ContextSource>('./errand-context-source.ts')
  writeFileSync(join(argument, ERRAND_CONTEXT_FILE), JSON.stringify(errandContextData()))
}
