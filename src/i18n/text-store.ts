import type { Locale } from '../domain/locales'

/** One language's texts, by key. */
export type Texts = Readonly<Record<string, string>>

/**
 * The texts this page has: each language's built-in texts once they are loaded (a visitor's browser loads only
 * the languages in use, see `load-locale.ts`), and the texts that authored errands bring with them at run time,
 * by the errand that owns them. Lookups are synchronous; listeners hear when texts arrive.
 */
const builtIn = new Map<Locale, Record<string, string>>()
const byErrand = new Map<string, Partial<Record<Locale, Texts>>>()
/** The authored errands' texts merged per language, rebuilt when an errand's texts change (rarely). */
let authored = new Map<Locale, Map<string, string>>()
const listeners = new Set<() => void>()
let version = 0

function changed(): void {
  version += 1
  for (const listener of listeners) listener()
}

/** Adds a language's built-in texts (loaded from the locale files). */
export function addLocaleTexts(locale: Locale, texts: Texts): void {
  builtIn.set(locale, { ...builtIn.get(locale), ...texts })
  changed()
}

/** Whether a language's built-in texts are here. */
export function isLocaleLoaded(locale: Locale): boolean {
  return builtIn.has(locale)
}

/** Sets (or replaces) the texts an authored errand brings, by the errand that owns them. */
export function addErrandTexts(owner: string, texts: Partial<Record<Locale, Texts>>): void {
  byErrand.set(owner, texts)
  rebuildAuthored()
}

/** Takes away an authored errand's texts (it was unpublished, or its preview ended). */
export function removeErrandTexts(owner: string): void {
  if (byErrand.delete(owner)) rebuildAuthored()
}

function rebuildAuthored(): void {
  const merged = new Map<Locale, Map<string, string>>()
  for (const texts of byErrand.values()) {
    for (const [locale, own] of Object.entries(texts) as [Locale, Texts][]) {
      const target = merged.get(locale) ?? new Map<string, string>()
      for (const [key, text] of Object.entries(own)) target.set(key, text)
      merged.set(locale, target)
    }
  }
  authored = merged
  changed()
}

/** A text in a language, built-in first; undefined where there is none (or the language is not loaded). */
export function textOf(locale: Locale, key: string): string | undefined {
  return builtIn.get(locale)?.[key] ?? authored.get(locale)?.get(key)
}

/** Calls the listener whenever texts arrive or change; returns the unsubscribe. */
export function subscribeTexts(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** A number that changes whenever texts change: React's snapshot for re-rendering on new texts. */
export function textsVersion(): number {
  return version
}
