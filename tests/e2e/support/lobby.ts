import type { Page } from 'playwright-core'
import { targets, waitForState } from './app-page'
import { keyboardDriver, tabTo, type InputDriver } from './drivers'

/**
 * Starts a task from the lobby's list. A pointer scrolls the list down with its arrow until the task is in view;
 * the keyboard tabs to the task, and focus brings it into view (tabbing past the other tasks scrolls the list too).
 */
export async function startFromLobby(page: Page, driver: InputDriver, taskId: string): Promise<void> {
  const id = `lobby.task.${taskId}`
  if (driver === keyboardDriver) {
    await tabTo(page, `[data-interactable="${id}"]`)
    await page.keyboard.press('Enter')
    await waitForState(page, { task: taskId })
    return
  }
  const inView = async () => (await targets(page)).some((target) => target.id === id)
  // The list scrolls half a window a press; a long list on a phone takes a few.
  for (let scrolls = 0; scrolls < 12 && !(await inView()); scrolls++) {
    await driver.press(page, 'lobby.tasks.down')
  }
  await driver.press(page, id)
}
