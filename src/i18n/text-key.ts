/**
 * Every text key the app's own code may name, derived from the Swedish locale files (Swedish is the language
 * every text is written in first, and the locale tests keep the other languages' keys the same). Types only:
 * nothing here is bundled. A key that is not in a Swedish file fails type-checking where it is written.
 *
 * Keys read from data (a task's steps, a page's fields, an authored errand's texts) are plain strings: the
 * errand checks find them in every language when the data is loaded, so they go through the data path
 * ({@link DataTextKey}) instead.
 *
 * A new locale folder must be added here too; `tests/unit/i18n/text-key.test.ts` fails until it is.
 */
import type { TextParams } from './translate'
import type appTexts from './locales/sv.json'
import type stationTexts from '../station/locales/sv.json'
import type staffTexts from '../staff/locales/sv.json'
import type bankTexts from '../../scenes/bank/locales/sv.json'
import type eServiceTexts from '../../scenes/e-service/locales/sv.json'
import type homeTexts from '../../scenes/home/locales/sv.json'
import type lobbyTexts from '../../scenes/lobby/locales/sv.json'
import type tutorialTexts from '../../scenes/tutorial/locales/sv.json'
import type applyPreschoolTexts from '../../scenes/e-service/errands/apply-preschool/texts/sv.json'
import type bookHealthCentreTexts from '../../scenes/e-service/errands/book-health-centre/texts/sv.json'
import type bookVisitTexts from '../../scenes/e-service/errands/book-visit/texts/sv.json'
import type digitalMailboxTexts from '../../scenes/e-service/errands/digital-mailbox/texts/sv.json'

type KeysOf<File> = Extract<keyof File, string>

export type TextKey =
  | KeysOf<typeof appTexts>
  | KeysOf<typeof stationTexts>
  | KeysOf<typeof staffTexts>
  | KeysOf<typeof bankTexts>
  | KeysOf<typeof eServiceTexts>
  | KeysOf<typeof homeTexts>
  | KeysOf<typeof lobbyTexts>
  | KeysOf<typeof tutorialTexts>
  | KeysOf<typeof applyPreschoolTexts>
  | KeysOf<typeof bookHealthCentreTexts>
  | KeysOf<typeof bookVisitTexts>
  | KeysOf<typeof digitalMailboxTexts>

/**
 * A text key read from data: a task's or page's fields, an authored errand's texts, a key built from a data
 * id. The errand checks (`tasks/validate-tasks.ts`, the page schema) find such keys in every language when the
 * data is loaded; code never writes one out (a key written in code is a {@link TextKey}).
 */
export type DataTextKey = string

/** A text lookup in one language: `t('bank.step.enter-ocr')` for a key in code, `t.data(key)` for one from data. */
export interface Translator {
  (key: TextKey, params?: TextParams): string
  /** Looks up a key that came from data, checked when that data was loaded. */
  data: (key: DataTextKey, params?: TextParams) => string
}
