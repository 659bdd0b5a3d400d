import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'
import type * as IdCatalog from '../tasks/id-catalog'

// Run by the server at start (see catalog.ts): prints the app's ids as JSON. The task code finds its files
// with Vite's import.meta.glob, so it is loaded through Vite's module runner here, in a process of its own
// that exits afterwards and takes Vite's memory with it.

const source = fileURLToPath(new URL('../tasks/id-catalog.ts', import.meta.url))
const { module } = await runnerImport<typeof IdCatalog>(source)
process.stdout.write(JSON.stringify(module.appIds()))
