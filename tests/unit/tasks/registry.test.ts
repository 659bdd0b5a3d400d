import { describe, expect, it } from 'vitest'
import { loadTasks } from '../../../src/errands/load-tasks'

describe('loadTasks', () => {
  it('finds and validates every task file in the scene folders', () => {
    const tasks = loadTasks()
    expect(tasks.map((task) => task.id)).toContain('pay-bill')
    expect(new Set(tasks.map((task) => task.id)).size).toBe(tasks.length)
  })

  it('places "Pay a bill" in the bank with at least six guided steps', () => {
    const payBill = loadTasks().find((task) => task.id === 'pay-bill')
    expect(payBill?.scene).toBe('bank')
    expect(payBill?.steps.length).toBeGreaterThanOrEqual(6)
  })

  it("highlights each step's own target, so the visitor is shown what completes it, unless finding it is the exercise", () => {
    for (const task of loadTasks()) {
      for (const step of task.steps) {
        const target = step.complete.rule === 'activate' ? step.complete.params.target : undefined
        if (target === undefined) continue
        if (step.findTarget) expect(step.targets, `${task.id} / ${step.id}`).not.toContain(target)
        else expect(step.targets, `${task.id} / ${step.id}`).toContain(target)
      }
    }
  })
})
