// @vitest-environment jsdom
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { WelcomePanel } from '../../../scenes/lobby/welcome-panel'
import { BookAndCart } from '../../../scenes/tutorial/book-and-cart'
import { TUTORIAL_IDS } from '../../../scenes/tutorial/ids'
import { PressBoard } from '../../../scenes/tutorial/press-board'
import { firstStepsTask, lobbyTasks } from '../../../src/app/scene-registry'
import { selectStep } from '../../../src/state/selectors'
import { loadTasks } from '../../../src/errands/load-tasks'
import { pressHelp } from '../../../src/ui/help-button'
import { render3d } from '../../fixtures/render-3d'
import { createTestStore } from '../../fixtures/test-store'

/** Runs a task up to the step with this id, completing each step before it as the visitor would. */
function runTo(test: ReturnType<typeof createTestStore>, taskId: string, stepId: string): void {
  test.store.getState().startTask(taskId)
  for (let guard = 0; guard < 20 && selectStep(test.store.getState())?.id !== stepId; guard++) {
    test.store.getState().skipStep('staff')
  }
  expect(selectStep(test.store.getState())?.id).toBe(stepId)
}

describe('first steps', () => {
  it('the lesson files validate, one for the headset and one for screens', () => {
    const tasks = loadTasks()
    expect(tasks.find((task) => task.id === 'vr-basics')?.modes).toEqual(['vr'])
    expect(tasks.find((task) => task.id === 'screen-basics')?.modes).toEqual(['desktop'])
    expect(tasks.find((task) => task.id === 'vr-basics')?.steps.map((step) => step.id)).toEqual([
      'look',
      'press',
      'grab',
      'turn',
      'recenter',
      'help',
    ])
  })

  it('the lobby lists the lesson for this mode first, and not the other one', () => {
    const tasks = loadTasks()
    const vr = lobbyTasks(tasks, 'vr').map((task) => task.id)
    const screen = lobbyTasks(tasks, 'desktop').map((task) => task.id)
    expect(vr[0]).toBe('vr-basics')
    expect(vr).not.toContain('screen-basics')
    expect(screen[0]).toBe('screen-basics')
    expect(screen).not.toContain('vr-basics')
    expect(vr).toContain('pay-bill')
    expect(firstStepsTask(tasks, 'vr')?.id).toBe('vr-basics')
  })

  it('offers the lesson once to a visitor entering VR, covering the board until answered', async () => {
    const test = createTestStore()
    test.store.getState().enter('vr')
    const { registry, store } = await render3d(<WelcomePanel />, { test })
    expect(registry.get('lobby.basics.start')).toBeDefined()
    expect(registry.get('lobby.task.pay-bill')).toBeUndefined()
    await act(async () => registry.get('lobby.basics.start')?.activate())
    expect(store.getState().taskId).toBe('vr-basics')
    store.getState().leaveTask('left')
    expect(store.getState().basicsOffered).toBe(true)
    // The next visitor is offered it again.
    await act(async () => store.getState().resetSession('reset'))
    expect(store.getState().basicsOffered).toBe(false)
  })

  it('is not offered on a screen, where it is only listed', async () => {
    const test = createTestStore()
    test.store.getState().enter('desktop')
    const { registry } = await render3d(<WelcomePanel />, { test })
    expect(registry.get('lobby.basics.start')).toBeUndefined()
    expect(registry.get('lobby.task.screen-basics')).toBeDefined()
    expect(registry.get('lobby.task.vr-basics')).toBeUndefined()
  })

  it('carries the book to the cart with two presses, for one-press switches and the keyboard', async () => {
    const test = createTestStore()
    test.store.getState().enter('desktop')
    runTo(test, 'screen-basics', 'grab')
    const room = (
      <>
        <PressBoard />
        <BookAndCart />
      </>
    )
    const { registry, store } = await render3d(room, { test })
    // The cart alone does nothing: the book is not in hand.
    await act(async () => registry.get(TUTORIAL_IDS.cart)?.activate())
    expect(selectStep(store.getState())?.id).toBe('grab')
    await act(async () => registry.get(TUTORIAL_IDS.book)?.activate())
    await act(async () => registry.get(TUTORIAL_IDS.cart)?.activate())
    expect(selectStep(store.getState())?.id).toBe('type')
  })

  it('practises Help without calling staff, and calls them for real outside the lesson', () => {
    const test = createTestStore()
    test.store.getState().enter('vr')
    runTo(test, 'vr-basics', 'help')
    pressHelp(test.store)
    expect(test.store.getState().run?.status).toBe('completed')
    expect(test.store.getState().helpRequested).toBe(false)
    expect(test.events.some((event) => event.type === 'help_requested')).toBe(false)
    pressHelp(test.store)
    expect(test.store.getState().helpRequested).toBe(true)
    expect(test.events.filter((event) => event.type === 'help_requested')).toHaveLength(1)
  })
})
