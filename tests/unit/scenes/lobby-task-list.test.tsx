// @vitest-environment jsdom
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { WelcomePanel } from '../../../scenes/lobby/welcome-panel'
import { groupByPlace } from '../../../scenes/lobby/task-list'
import { loadTasks } from '../../../src/errands/load-tasks'
import type { TaskDefinition } from '../../../src/tasks/schema'
import { render3d, settleLayout } from '../../fixtures/render-3d'
import { createTestStore } from '../../fixtures/test-store'

/** Many exercises in two places: copies of "Pay a bill" under new ids, whatever other tasks there are. */
function manyTasks(): TaskDefinition[] {
  const task = loadTasks().find((candidate) => candidate.id === 'pay-bill') as TaskDefinition
  return Array.from({ length: 9 }, (_, index) => ({
    ...task,
    id: `${task.id}-${index}`,
    scene: index % 3 === 0 ? 'lobby' : task.scene,
  }))
}

describe('the lobby task list', () => {
  it('groups the exercises by place, keeping the order of the task files', () => {
    const groups = groupByPlace(manyTasks())
    expect(groups.map((group) => group.scene)).toEqual(['lobby', 'bank'])
    expect(groups[0]?.tasks.map((task) => task.id)).toEqual(['pay-bill-0', 'pay-bill-3', 'pay-bill-6'])
  })

  it('scrolls when there are more exercises than fit, and every one can be brought into view', async () => {
    const test = createTestStore(manyTasks())
    const { registry, renderer } = await render3d(<WelcomePanel />, { test })
    const ids = manyTasks().map((task) => `lobby.task.${task.id}`)
    expect(ids.every((id) => registry.get(id) !== undefined)).toBe(true)
    expect(registry.get('lobby.tasks.down')?.enabled).toBe(true)
    const seen = new Set<string>()
    for (let page = 0; page < 10; page++) {
      for (const id of ids) if (registry.get(id)?.isPlaced?.()) seen.add(id)
      if (!registry.get('lobby.tasks.down')?.enabled) break
      await act(async () => registry.get('lobby.tasks.down')?.activate())
      await settleLayout(renderer)
    }
    expect([...seen].sort()).toEqual([...ids].sort())
  })
})
