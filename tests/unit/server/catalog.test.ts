import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { appIds } from '../../../src/errands/id-catalog'
import { loadTasks } from '../../../src/errands/load-tasks'
import {
  APP_IDS_FILE,
  catalogFromIds,
  catalogProblem,
  loadCatalog,
  readBuiltAppIds,
} from '../../../src/server/catalog'
import { checkEvents } from '../../../src/server/ingest'
import { telemetryEventSchema } from '../../../src/telemetry/event-schema'
import { createTestStore, playWholeVisit } from '../../fixtures/test-store'
import { makeEvent, mistake } from './harness'

describe('the catalog of ids ingest accepts', () => {
  it("is read from scenes/: every scene, task, step and each step's mistake codes", async () => {
    const catalog = await loadCatalog()
    expect([...catalog.scenes]).toEqual(expect.arrayContaining(['bank', 'lobby']))
    for (const task of loadTasks()) expect(catalog.scenes.has(task.scene), task.id).toBe(true)
    const steps = catalog.tasks.get('pay-bill')
    expect(steps?.size).toBe(11)
    expect([...(steps?.get('confirm-eid') ?? [])]).toEqual(['cancelled'])
    expect([...(steps?.get('enter-ocr') ?? [])].sort()).toEqual([
      'check-digit',
      'empty',
      'mismatch',
      'wrong-length',
    ])
  })

  it('is the same in the server process, which reads it without Vite transforming its own code', async () => {
    const script = fileURLToPath(new URL('../../../src/server/print-app-ids.ts', import.meta.url))
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script])
    expect(JSON.parse(stdout)).toEqual(appIds())
  })

  it('is written by the build beside the built app, and read from there at start without Vite', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'digidel-app-ids-'))
    try {
      const script = fileURLToPath(new URL('../../../src/server/print-app-ids.ts', import.meta.url))
      await promisify(execFile)(process.execPath, ['--import', 'tsx', script, dist])
      expect(JSON.parse(await readFile(join(dist, APP_IDS_FILE), 'utf8'))).toEqual(appIds())
      // The served app's own ids win: a build that knows only the lobby gives a catalog of the lobby.
      await writeFile(join(dist, APP_IDS_FILE), JSON.stringify({ scenes: ['lobby'], tasks: {} }))
      expect([...(await loadCatalog(dist)).scenes]).toEqual(['lobby'])
      await writeFile(join(dist, APP_IDS_FILE), JSON.stringify({ scenes: 'lobby' }))
      await expect(readBuiltAppIds(dist)).rejects.toThrow(/not a list of the app's ids/)
      expect(await readBuiltAppIds(join(dist, 'missing'))).toBeNull()
      // Older than the scenes (a build left in dist while they changed): not trusted.
      await writeFile(join(dist, APP_IDS_FILE), JSON.stringify({ scenes: ['lobby'], tasks: {} }))
      const longAgo = new Date('2000-01-01T00:00:00Z')
      await utimes(join(dist, APP_IDS_FILE), longAgo, longAgo)
      expect(await readBuiltAppIds(dist)).toBeNull()
      expect(await readBuiltAppIds(dist, null)).toEqual({ scenes: ['lobby'], tasks: {} })
    } finally {
      await rm(dist, { recursive: true, force: true })
    }
  })

  it('accepts every event a whole visit emits: anything a task can emit passes ingest', async () => {
    const { store, events, advance, now } = createTestStore()
    playWholeVisit({ store, advance })
    const checked = checkEvents(events, { catalog: await loadCatalog(), retentionDays: 365, now: now() })
    expect(checked.rejected).toEqual([])
    expect(checked.valid).toHaveLength(events.length)
  })

  it('refuses well-formed ids the app does not have, naming the field', () => {
    const catalog = catalogFromIds({
      scenes: ['bank'],
      tasks: { 'pay-bill': { 'enter-amount': ['mismatch'] } },
    })
    const problem = (event: ReturnType<typeof mistake>) =>
      catalogProblem('events[0]', telemetryEventSchema.parse(event), catalog)
    expect(problem(mistake())).toBeNull()
    expect(problem(mistake({ scene: 'anna-andersson' }))).toBe('events[0].scene: not a scene of this app')
    expect(problem(mistake({ task: 'per-persson-19850312' }))).toBe('events[0].task: not a task of this app')
    expect(problem(mistake({ step: 'anna' }))).toBe('events[0].step: not a step of task "pay-bill"')
    expect(problem(mistake({ task: null }))).toBe('events[0].step: a step needs a task')
    expect(
      problem(makeEvent('mistake', { stepIndex: 0, code: 'anna-andersson' }, { step: 'enter-amount' })),
    ).toBe('events[0].payload.code: not a mistake that step "enter-amount" can report')
    const feedback = (hardest: string[], task: string | null = 'pay-bill') =>
      makeEvent('feedback_given', { hardest, unclear: [], tryReal: 'yes' }, { task })
    expect(problem(feedback(['enter-amount']))).toBeNull()
    expect(problem(feedback(['enter-amount', 'anna-andersson']))).toBe(
      'events[0].payload.hardest[1]: not a step of task "pay-bill"',
    )
    expect(problem(feedback([], null))).toBe('events[0].task: required: the answer is about a task')
    expect(problem(makeEvent('confidence_rated', { phase: 'after', value: 3 }, { task: null }))).toBe(
      'events[0].task: required: the answer is about a task',
    )
  })

  it('refuses ids that are not telemetry ids', () => {
    expect(() => catalogFromIds({ scenes: ['Bank'], tasks: {} })).toThrow(/lower-case/)
    expect(() => catalogFromIds({ scenes: [], tasks: { 'pay.bill': {} } })).toThrow(/lower-case/)
  })
})
