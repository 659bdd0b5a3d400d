import { describe, expect, it } from 'vitest'
import { defineFormat, isFormatDefinition } from '../../../src/tasks/format'

describe('defineFormat', () => {
  const minimal = defineFormat({ id: 'minimal', kind: 'text', keyboard: 'text', accepts: () => true })

  it('fills in what a format leaves out', () => {
    expect(minimal.maxLength).toBe(32)
    expect(minimal.mistakeCodes).toEqual([])
    expect(minimal.normalize('  a b  ')).toBe('a b')
    expect(minimal.validate('anything')).toBeNull()
    expect(minimal.equals(' a ', 'a')).toBe(true)
    expect(minimal.equals('a', 'A')).toBe(false)
    expect(minimal.display(' a ')).toBe(' a ')
    expect(Object.isFrozen(minimal)).toBe(true)
  })

  it('compares by its own normal form unless it says otherwise', () => {
    const upper = defineFormat({
      id: 'upper',
      kind: 'text',
      keyboard: 'text',
      accepts: () => true,
      normalize: (value) => value.toUpperCase(),
    })
    expect(upper.equals('abc', 'ABC')).toBe(true)
  })

  it('refuses a field longer than the live link carries', () => {
    expect(() =>
      defineFormat({ id: 'long', kind: 'text', keyboard: null, accepts: () => true, maxLength: 33 }),
    ).toThrow('format "long": maxLength must be 1 to 32')
    expect(() =>
      defineFormat({ id: 'none', kind: 'text', keyboard: null, accepts: () => true, maxLength: 0 }),
    ).toThrow()
  })

  it('knows its own formats from look-alikes', () => {
    expect(isFormatDefinition(minimal)).toBe(true)
    expect(isFormatDefinition({ ...minimal })).toBe(false)
    expect(isFormatDefinition(null)).toBe(false)
  })
})
