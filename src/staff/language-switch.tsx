import { LOCALES } from '../domain/locales'
import type { Locale } from '../domain/locales'

/** Props of {@link LanguageSwitch}. */
export interface LanguageSwitchProps {
  locale: Locale
  /** The group's name, e.g. "Language". */
  label: string
  onChange: (locale: Locale) => void
}

/** The offered languages as a row of radio buttons, each named in its own language. */
export function LanguageSwitch({ locale, label, onChange }: LanguageSwitchProps) {
  return (
    <span role="radiogroup" aria-label={label}>
      {LOCALES.map((option) => (
        <button
          key={option.code}
          type="button"
          role="radio"
          lang={option.tag}
          aria-checked={locale === option.code}
          className={locale === option.code ? 'chosen' : ''}
          onClick={() => onChange(option.code)}
        >
          {option.name}
        </button>
      ))}
    </span>
  )
}
