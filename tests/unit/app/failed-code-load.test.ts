import { describe, expect, it } from 'vitest'
import { isFailedCodeLoad, reloadOnceServerAnswers } from '../../../src/app/failed-code-load'

describe('a scene whose code could not be fetched', () => {
  it('is told apart from a scene that crashed in its own code', () => {
    expect(
      isFailedCodeLoad(
        new TypeError('Failed to fetch dynamically imported module: http://station/assets/set-kZRWzQJv.js'),
      ),
    ).toBe(true)
    expect(isFailedCodeLoad(new TypeError('Importing a module script failed.'))).toBe(true)
    expect(isFailedCodeLoad(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false)
    expect(isFailedCodeLoad('Failed to fetch dynamically imported module')).toBe(false)
  })

  it('reloads the page once the server answers again, not before', async () => {
    const answers = [false, false, true]
    const calls: string[] = []
    await reloadOnceServerAnswers({
      serverAnswers: async () => {
        calls.push('ask')
        return answers.shift() ?? true
      },
      reload: () => calls.push('reload'),
      wait: async (ms) => {
        calls.push(`wait ${ms}`)
      },
      intervalMs: 1000,
    })
    expect(calls).toEqual(['ask', 'wait 1000', 'ask', 'wait 1000', 'ask', 'reload'])
  })

  it('keeps asking while the network is down (a failed request counts as no answer)', async () => {
    let tries = 0
    let reloaded = false
    await reloadOnceServerAnswers({
      serverAnswers: async () => {
        tries++
        if (tries < 3) throw new TypeError('Failed to fetch')
        return true
      },
      reload: () => {
        reloaded = true
      },
      wait: async () => {},
    })
    expect(tries).toBe(3)
    expect(reloaded).toBe(true)
  })
})
