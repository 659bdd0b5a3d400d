import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { errands } from '../../../src/errands/errand-registry'
import { loadCatalog } from '../../../src/server/catalog'
import { ERRAND_CONTEXT_FILE, loadErrandContext } from '../../../src/server/errand-context'
import { errandContextData } from '../../../src/server/errand-context-source'
import { checkAuthoredErrand } from '../../../src/server/errands/check-authored'
import { authoredErrandFile } from '../../fixtures/authored-errand'

describe("the server's context for checking authored errands", () => {
  it('is written by the build beside the built app, and read from there without Vite', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'digidel-errand-context-'))
    try {
      const script = fileURLToPath(new URL('../../../src/server/print-app-ids.ts', import.meta.url))
      await promisify(execFile)(process.execPath, ['--import', 'tsx', script, dist], { maxBuffer: 64 << 20 })
      const written = JSON.parse(await readFile(join(dist, ERRAND_CONTEXT_FILE), 'utf8')) as unknown
      const expected = errandContextData()
      expect(written).toEqual(expected)
      expect(await loadErrandContext(dist)).toEqual(expected)
      // Every language, every scene's own controls, every built-in task's title.
      expect(Object.keys(expected.texts)).toEqual(['sv', 'sv-easy', 'en', 'ar'])
      expect(expected.sceneDraws['e-service']).toContain('eservice.service.*')
      expect(expected.taskTitleKeys['pay-bill']).toBe('bank.task.title')
    } finally {
      await rm(dist, { recursive: true, force: true })
    }
  })

  it('passes every built-in errand, duplicated under an id of its own, with the same checks as the app', async () => {
    const context = { data: await loadErrandContext(), builtIn: await loadCatalog() }
    for (const errand of errands()) {
      const result = checkAuthoredErrand(
        authoredErrandFile(`copy-of-${errand.task.id}`, errand.folder),
        context,
      )
      expect('problems' in result ? result.problems : 'ok', errand.folder).toBe('ok')
    }
  })
})
