import { describe, expect, it } from 'vitest'
import { hasText, translate } from '../../../src/i18n/translate'

describe('translate', () => {
  it('gives the text in the chosen language', () => {
    expect(translate('en', 'keypad.clear')).toBe('Clear')
    expect(translate('sv', 'keypad.clear')).toBe('Rensa')
  })

  it('fills in placeholders, numbers included', () => {
    expect(translate('en', 'task.step-of', { n: 3, count: 11 })).toBe('Step 3 of 11')
    expect(translate('sv', 'task.step-of', { n: 3, count: 11 })).toBe('Steg 3 av 11')
    expect(translate('en', 'bank.receipt.paid', { amount: '845', payee: 'Stadens Energi AB' })).toBe(
      'Paid 845 kr to Stadens Energi AB',
    )
  })

  it('leaves a placeholder it has no value for as it is', () => {
    expect(translate('en', 'bank.receipt.paid', { amount: '845' })).toBe('Paid 845 kr to {payee}')
    expect(translate('en', 'task.step-of')).toBe('Step {n} of {count}')
  })

  it('shows a missing key as the key itself', () => {
    expect(translate('en', 'bank.no-such-text')).toBe('bank.no-such-text')
    expect(translate('sv', 'bank.no-such-text', { n: 1 })).toBe('bank.no-such-text')
  })
})

describe('hasText', () => {
  it('tells whether a language has a key', () => {
    expect(hasText('sv', 'bank.task.title')).toBe(true)
    expect(hasText('sv', 'bank.no-such-text')).toBe(false)
  })
})
