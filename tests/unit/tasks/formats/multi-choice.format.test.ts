import { describe, expect, it } from 'vitest'
import multiChoice from '../../../../src/tasks/formats/multi-choice.format'
import { typeInto } from '../../../../src/tasks/typing'

describe('format "multi-choice"', () => {
  it('is chosen from a list, never typed', () => {
    expect(multiChoice).toMatchObject({ kind: 'multi-choice', keyboard: null, mistakeCodes: [] })
    expect(typeInto(multiChoice, '', 'a')).toBe('')
  })
})
