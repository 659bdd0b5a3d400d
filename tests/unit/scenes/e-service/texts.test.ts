import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CATEGORIES, SERVICES } from '../../../../scenes/e-service/options'
import { DICTIONARY } from '../../../../src/i18n/dictionary'
import { LOCALES } from '../../../../src/i18n/locales'

const SCENE = join(import.meta.dirname, '../../../../scenes/e-service')

/** Text keys written out in the scene's components: `t('…')`, `titleKey="…"`, `placeholderKey="…"`. */
function keysInSources(): string[] {
  const keys = new Set<string>()
  for (const file of readdirSync(SCENE).filter((name) => name.endsWith('.tsx'))) {
    const source = readFileSync(join(SCENE, file), 'utf8')
    for (const match of source.matchAll(/\bt\(\s*'([^'$]+)'/g)) keys.add(match[1] ?? '')
    for (const match of source.matchAll(/(?:titleKey|placeholderKey)="([^"]+)"/g)) keys.add(match[1] ?? '')
  }
  return [...keys]
}

/** Text keys the catalogue builds from its data: a service's name, a category. */
function keysFromData(): string[] {
  return [
    ...SERVICES.map((service) => `eservice.service.${service.id}`),
    ...CATEGORIES.map((category) => `eservice.category.${category}`),
    'eservice.field.search',
    'eservice.home.e-services',
  ]
}

describe('the e-service screens', () => {
  it('find every text they show in every language: nothing shows as a bare key', () => {
    // The terminal's pages are data now: the errand package checks find their texts in every language.
    const used = [...keysInSources(), ...keysFromData()]
    expect(used.length).toBeGreaterThan(20)
    const missing = LOCALES.flatMap(({ code }) =>
      used.filter((key) => DICTIONARY[code][key] === undefined).map((key) => `${code}: ${key}`),
    )
    expect(missing).toEqual([])
  })

  it('say on every page that it is practice', () => {
    expect(DICTIONARY.sv['eservice.practice']).toBe('Övning – inga riktiga ärenden')
    expect(readFileSync(join(SCENE, 'terminal.tsx'), 'utf8')).toContain("t('eservice.practice')")
  })
})
