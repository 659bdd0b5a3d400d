import { z } from 'zod'
import { isLocale, type Locale } from './locales'

/** One of the languages in `LOCALES`: a language added there is accepted everywhere at once. */
export const localeSchema = z.custom<Locale>(isLocale, 'expected a language the app offers')
