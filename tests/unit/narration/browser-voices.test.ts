import { describe, expect, it } from 'vitest'
import { espeakClipVoice } from '../../../src/narration/browser-voices'
import { clipName } from '../../../src/narration/narrated-texts'

describe('espeakClipVoice', () => {
  it("fetches only the list of clips of the line's language, once, and speaks a text that is on it", async () => {
    const asked: string[] = []
    const voice = espeakClipVoice(async (url) => {
      asked.push(url)
      return url.includes('/en/') ? { [clipName('Hello')]: 1000 } : {}
    })
    expect(await voice.canSpeak({ key: 'a', locale: 'en', text: 'Hello' })).toBe(true)
    expect(await voice.canSpeak({ key: 'b', locale: 'en', text: 'Not made' })).toBe(false)
    expect(asked).toEqual(['/narration/en/manifest.json'])
    // Another language's list is fetched only when a line in that language is to be read.
    expect(await voice.canSpeak({ key: 'a', locale: 'sv', text: 'Hello' })).toBe(false)
    expect(asked).toEqual(['/narration/en/manifest.json', '/narration/sv/manifest.json'])
  })

  it('reads nothing aloud when the list cannot be fetched', async () => {
    const voice = espeakClipVoice(() => Promise.reject(new Error('offline')))
    expect(await voice.canSpeak({ key: 'a', locale: 'ar', text: 'مرحبا' })).toBe(false)
  })

  it('asks for the list again, at most every few seconds, for a text whose clip the server made later', async () => {
    let clock = 0
    let list: Record<string, number> = {}
    const asked: string[] = []
    const voice = espeakClipVoice(
      async (url) => {
        asked.push(url)
        return list
      },
      () => clock,
    )
    const line = { key: 'a', locale: 'en', text: 'Book a library card' } as const
    expect(await voice.canSpeak(line)).toBe(false)
    list = { [clipName(line.text)]: 900 }
    clock += 1000
    expect(await voice.canSpeak(line)).toBe(false)
    expect(asked).toHaveLength(1)
    clock += 5000
    expect(await voice.canSpeak(line)).toBe(true)
    expect(asked).toHaveLength(2)
  })
})
