import { describe, expect, it } from 'vitest'
import { errandOf } from '../../../../src/errands/errand-registry'
import { withoutIsolates } from '../../../../src/i18n/bidi'
import type { Locale } from '../../../../src/domain/locales'
import { translate } from '../../../../src/i18n/translate'
import type { PageEnv } from '../../../../src/ui/page/page-env'
import { resolveValue } from '../../../../src/ui/page/page-values'

const LRI = '\u2066'
const PDI = '\u2069'
const errand = errandOf('book-health-centre')
if (!errand) throw new Error('no health-centre errand')
const noop = () => undefined

/** The review page's environment after the visitor has typed their mobile number and picked a time. */
function reviewEnv(locale: Locale): PageEnv {
  if (!errand) throw new Error('no health-centre errand')
  return {
    locale,
    t: (key, params) => translate(locale, key, params),
    task: errand.task,
    pages: errand.pages,
    stage: 'review',
    step: undefined,
    completed: false,
    feedbackKey: null,
    entries: {},
    values: { mobile: '0701740677', 'visit-time': '08:20' },
    activeField: null,
    practice: {},
    sessionId: '00000000-0000-4000-8000-000000000001',
    startedAt: Date.UTC(2026, 11, 7, 9),
    actions: {
      activate: noop,
      submit: noop,
      back: noop,
      setEntry: noop,
      toggleOption: noop,
      noteInput: noop,
    },
  }
}

describe('Page values in a right-to-left language', () => {
  it('a number shown on its own, such as a fact’s value, is isolated so it reads in its printed order', () => {
    expect(resolveValue(reviewEnv('ar'), { field: 'mobile' })).toBe(`${LRI}070-174 06 77${PDI}`)
    expect(resolveValue(reviewEnv('ar'), { visitNumber: 'VC-' })).toMatch(/^\u2066VC-\d{6}\u2069$/)
  })

  it('left to right, the same values are left as they are', () => {
    expect(resolveValue(reviewEnv('en'), { field: 'mobile' })).toBe('070-174 06 77')
  })

  it('a value filled into a text is isolated once, by the translation', () => {
    const text = resolveValue(reviewEnv('ar'), {
      text: 'health.fact.when-value',
      params: { time: { field: 'visit-time' }, day: 'health.centre' },
    })
    expect(text).toContain(`${LRI}08:20${PDI}`)
    expect(text).not.toContain(`${LRI}${LRI}`)
    expect(withoutIsolates(text)).toContain('08:20')
  })
})
