import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CARE_HOURS,
  CATEGORIES,
  HELP_KINDS,
  PRESCHOOLS,
  SERVICES,
} from '../../../../scenes/e-service/options'
import { DICTIONARY } from '../../../../src/i18n/dictionary'
import { LOCALES } from '../../../../src/domain/locales'

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

/** Text keys the screens build from their data: a service's name, a category, a kind of help, a field's label. */
function keysFromData(): string[] {
  return [
    ...SERVICES.map((service) => `eservice.service.${service.id}`),
    ...CATEGORIES.map((category) => `eservice.category.${category}`),
    ...CARE_HOURS.flatMap((hours) => [`eservice.hours.${hours}`, `eservice.hours.${hours}.detail`]),
    ...HELP_KINDS.map((help) => `eservice.help.${help}`),
    ...PRESCHOOLS.map((school) => `eservice.area.${school.area}`),
    ...['search', 'child-id', 'phone', 'mobile'].map((field) => `eservice.field.${field}`),
    'eservice.home.e-services',
    'eservice.home.booking',
  ]
}

describe('the e-service screens', () => {
  it('find every text they show in every language: nothing shows as a bare key', () => {
    const used = [...keysInSources(), ...keysFromData()]
    expect(used.length).toBeGreaterThan(100)
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
