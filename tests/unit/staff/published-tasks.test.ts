import { afterEach, describe, expect, it } from 'vitest'
import { setAuthoredErrands } from '../../../src/errands/errand-registry'
import { loadTasks } from '../../../src/errands/load-tasks'
import { loadPublishedTasks } from '../../../src/staff/published-tasks'
import { stepText, taskTitle } from '../../../src/staff/stats/task-text'
import { AUTHORED_TITLES, authoredErrandFile } from '../../fixtures/authored-errand'

afterEach(() => setAuthoredErrands([]))

const answer = (...files: unknown[]) => ({
  errands: files.map((file, index) => ({ id: `errand-${index}`, version: 1, file })),
})

describe("the console's published errands", () => {
  it('are registered with their texts, so the statistics title them from the package in each language', async () => {
    const builtIn = loadTasks()
    const warnings: string[] = []
    const tasks = await loadPublishedTasks(builtIn, {
      fetchPublished: () => Promise.resolve(answer(authoredErrandFile())),
      warn: (message) => warnings.push(message),
    })
    expect(warnings).toEqual([])
    expect(tasks.map((task) => task.id)).toEqual([...builtIn.map((task) => task.id), 'book-library-card'])
    const task = tasks.find((candidate) => candidate.id === 'book-library-card')
    for (const [locale, title] of Object.entries(AUTHORED_TITLES)) {
      expect(taskTitle(task, 'book-library-card', locale as keyof typeof AUTHORED_TITLES)).toBe(title)
    }
    // Its steps read in words, as a built-in errand's do, not as ids.
    const first = task?.steps[0]
    expect(stepText(task, 0, first?.id ?? null, 'en')).not.toBe(first?.id)
    expect(stepText(task, 0, first?.id ?? null, 'en')).not.toMatch(/^book-library-card\./)
  })

  it('leave the built-in tasks alone when the server cannot be reached or a file fails the checks', async () => {
    const builtIn = loadTasks()
    const warnings: string[] = []
    const warn = (message: string) => warnings.push(message)
    const offline = await loadPublishedTasks(builtIn, {
      fetchPublished: () => Promise.reject(new Error('offline')),
      warn,
    })
    expect(offline.map((task) => task.id)).toEqual(builtIn.map((task) => task.id))
    const broken = authoredErrandFile('broken-errand')
    const brokenTask = { ...broken, files: { ...broken.files, 'task.json': { id: 'broken-errand' } } }
    const mixed = await loadPublishedTasks(builtIn, {
      fetchPublished: () => Promise.resolve(answer(brokenTask, authoredErrandFile())),
      warn,
    })
    expect(mixed.map((task) => task.id)).toEqual([...builtIn.map((task) => task.id), 'book-library-card'])
    expect(warnings).toEqual([
      'the published errands could not be read: offline',
      'published errand errand-0 (version 1) does not pass the checks',
    ])
  })
})
