import { describe, expect, it } from 'vitest'
import choice from '../../../../src/tasks/formats/choice.format'
import { typeInto } from '../../../../src/tasks/typing'

describe('format "choice"', () => {
  it('is chosen from a list, never typed', () => {
    expect(choice).toMatchObject({ kind: 'choice', keyboard: null, mistakeCodes: [] })
    expect(typeInto(choice, 'sv', 'x')).toBe('sv')
    expect(choice.equals('sv', 'sv')).toBe(true)
    expect(choice.equals('sv', 'en')).toBe(false)
  })
})
