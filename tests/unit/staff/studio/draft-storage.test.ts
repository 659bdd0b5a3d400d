import { describe, expect, it } from 'vitest'
import { ERRAND_FILE_FORMAT, type ErrandFile } from '../../../../src/errands/errand-file'
import { DRAFTS_STORAGE_KEY, readDrafts, writeDrafts } from '../../../../src/staff/studio/draft-storage'
import { STUDIO_TEXTS } from '../../../../src/staff/studio/studio-text'

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  }
}

const file: ErrandFile = {
  format: ERRAND_FILE_FORMAT,
  scene: 'e-service',
  files: { 'task.json': { id: 'x' }, 'pages.json': {} },
  texts: { sv: {}, 'sv-easy': {}, en: { 'x.title': 'X' }, ar: {} },
}

describe('drafts in the browser', () => {
  it('come back after a reload, and an entry that is no errand file is left out', () => {
    const storage = memoryStorage()
    expect(writeDrafts(storage, [{ key: 'a', file, savedAt: 1 }])).toBe(true)
    expect(readDrafts(storage)).toEqual([{ key: 'a', file, savedAt: 1 }])
    storage.items.set(
      DRAFTS_STORAGE_KEY,
      JSON.stringify([{ key: 'b', file: { format: 'other' }, savedAt: 2 }]),
    )
    expect(readDrafts(storage)).toEqual([])
    storage.items.set(DRAFTS_STORAGE_KEY, '{not json')
    expect(readDrafts(storage)).toEqual([])
  })

  it('say so when the browser refuses to keep them', () => {
    const full = {
      setItem: () => {
        throw new Error('quota')
      },
    }
    expect(writeDrafts(full, [])).toBe(false)
    expect(writeDrafts(null, [])).toBe(false)
  })
})

describe('the studio’s own texts', () => {
  it('exist in all four languages with the same keys', () => {
    const keys = Object.keys(STUDIO_TEXTS.en).sort()
    for (const texts of Object.values(STUDIO_TEXTS)) expect(Object.keys(texts).sort()).toEqual(keys)
  })
})
