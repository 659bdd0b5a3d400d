import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'
import type * as IdCatalog from '../errands/id-catalog'
import { APP_IDS_FILE } from './catalog'

// Prints the app's ids as JSON, or with a folder (`print-app-ids.ts dist`, run by the build) writes them there as
// app-ids.json, where the server reads them at start. The task code finds its files with Vite's
// import.meta.glob, so it is loaded through Vite's module runner here, in a process of its own that exits
// afterwards and takes Vite's memory with it.

const source = fileURLToPath(new URL('../errands/id-catalog.ts', import.meta.url))
const { module } = await runnerImport<typeof IdCatalog>(source)
const json = JSON.stringify(module.appIds())
const folder = process.argv[2]
if (folder === undefined) process.stdout.write(json)
else writeFileSync(join(folder, APP_IDS_FILE), json)
