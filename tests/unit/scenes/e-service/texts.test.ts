import { describe, expect, it } from 'vitest'
import { DICTIONARY } from '../../../../src/i18n/dictionary'

// The keys the scene's components write out are checked by the type-checker now (`TextKey`, derived from the
// Swedish locale files); the keys of the terminal's pages by the errand package checks.
describe('the e-service screens', () => {
  it('say that it is practice', () => {
    expect(DICTIONARY.sv['eservice.practice']).toBe('Övning – inga riktiga ärenden')
  })
})
