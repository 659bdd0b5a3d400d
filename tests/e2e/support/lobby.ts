import type { Page } from 'playwright-core'
import { targets } from './app-page'
import type { InputDriver } from './drivers'

/** Starts a task from the lobby's list, scrolling the list down with its arrow until the task is in view. */
export async function startFromLobby(page: Page, driver: InputDriver, taskId: string): Promise<void> {
  const id = `lobby.task.${taskId}`
  const inView = async () => (await targets(page)).some((target) => target.id === id)
  // The list scrolls half a window a press; a long list on a phone takes a few.
  for (let scrolls = 0; scrolls < 12 && !(await inView()); scrolls++) {
    await driver.press(page, 'lobby.tasks.down')
  }
  await driver.press(page, id)
}
