import { describe, expect, it } from 'vitest'
import { PRACTICE_BILL } from '../../../scenes/bank/bill'
import { activeField } from '../../../src/state/entry-slice'
import {
  addDays,
  addMonths,
  localDateOf,
  toIsoDate,
  weekdayOf,
  type CalendarDate,
} from '../../../src/tasks/calendar-date'
import { digitsOnly } from '../../../src/tasks/check-digit'
import { loadTasks } from '../../../src/errands/load-tasks'
import { validateTaskFile } from '../../../src/tasks/validate-tasks'
import practiceForm from '../../fixtures/tasks/practice-form.task'
import { createTestStore, typeOnKeypad, typeText, typesOf, type TestStore } from '../../fixtures/test-store'

/** A store with "Pay a bill" started and answered up to the bankgiro number. */
function atBankgiro(): TestStore {
  const test = createTestStore()
  const { getState } = test.store
  getState().startTask('pay-bill')
  getState().toggleHeld('bank.bill')
  getState().activate('bank.login.eid')
  getState().activate('bank.phone.confirm')
  getState().activate('bank.menu.pay-bill')
  return test
}

/** A store with the practice form started: its first step asks for a name. */
function atForm(): TestStore {
  const test = createTestStore([...loadTasks(), validateTaskFile('practice-form.task.ts', practiceForm)])
  test.store.getState().startTask('practice-form')
  return test
}

const isWeekend = (date: CalendarDate) => [0, 6].includes(weekdayOf(date))

/**
 * Dates around the form's window (four months from the start, no weekends), on this machine's calendar: the test
 * clock's moment falls on another day in some time zones.
 */
function visitDates(startedAt: number): { dayBefore: string; open: string; closed: string } {
  const earliest = addMonths(localDateOf(startedAt), 4)
  let open = earliest
  while (isWeekend(open)) open = addDays(open, 1)
  let closed = earliest
  while (!isWeekend(closed)) closed = addDays(closed, 1)
  return { dayBefore: toIsoDate(addDays(earliest, -1)), open: toIsoDate(open), closed: toIsoDate(closed) }
}

/** The practice form answered up to the step with this id. */
function formAt(stepId: string): TestStore {
  const test = atForm()
  const { getState } = test.store
  const answers: Record<string, () => void> = {
    'enter-name': () => typeText(test.store, 'Åsa Öberg'),
    'enter-personnummer': () => typeText(test.store, '121212-1212'),
    'choose-language': () => getState().setEntry('language', 'sv'),
    'choose-days': () => ['monday', 'wednesday'].forEach((day) => getState().toggleOption('days', day)),
    'pick-visit': () => getState().setEntry('visit', visitDates(test.now()).open),
  }
  for (const [id, answer] of Object.entries(answers)) {
    if (id === stepId) return test
    answer()
    getState().submitEntry()
  }
  return test
}

const stepOf = ({ store }: TestStore) => {
  const run = store.getState().run
  return run ? practiceForm.steps[run.stepIndex]?.id : undefined
}

describe('toggleHeld', () => {
  it('picks up the bill, which completes the first step, and puts it down again', () => {
    const { store, events } = createTestStore()
    store.getState().startTask('pay-bill')
    events.length = 0

    store.getState().toggleHeld('bank.bill')
    expect(store.getState().heldItem).toBe('bank.bill')
    expect(typesOf(events)).toEqual(['step_completed', 'step_started'])
    expect(events[0]).toMatchObject({ step: 'pick-up-bill', payload: { skipped: false } })
    expect(store.getState().run?.stepIndex).toBe(1)

    store.getState().toggleHeld('bank.bill')
    expect(store.getState().heldItem).toBeNull()
    expect(store.getState().run?.stepIndex).toBe(1)
    expect(events).toHaveLength(2)
  })
})

describe('the keypad', () => {
  it('does nothing on a step without a field', () => {
    const { store, events } = createTestStore()
    store.getState().startTask('pay-bill')
    events.length = 0
    expect(activeField(store.getState())).toBeNull()
    store.getState().typeKey('5')
    store.getState().submitEntry()
    expect(store.getState().entries).toEqual({})
    expect(events).toEqual([])
  })

  it('types into the field the step asks for, and nowhere else', () => {
    const { store } = atBankgiro()
    expect(activeField(store.getState())).toMatchObject({ field: 'bankgiro', format: { id: 'bankgiro' } })
    typeOnKeypad(store, '5050')
    expect(store.getState().entries).toEqual({ bankgiro: '5050' })
  })

  it('deletes one digit and clears the field', () => {
    const { store } = atBankgiro()
    typeOnKeypad(store, '123')
    store.getState().typeKey('backspace')
    expect(store.getState().entries.bankgiro).toBe('12')
    store.getState().typeKey('clear')
    expect(store.getState().entries.bankgiro).toBe('')
  })

  it('takes only one comma in an amount, and none in a bankgiro number', () => {
    const { store } = atBankgiro()
    typeOnKeypad(store, '8,,5')
    expect(store.getState().entries.bankgiro).toBe('85')
    store.getState().skipStep()
    store.getState().skipStep()
    expect(activeField(store.getState())?.field).toBe('amount')
    typeOnKeypad(store, '8,,5')
    expect(store.getState().entries.amount).toBe('8,5')
  })

  it('takes at most 25 characters, the longest OCR reference', () => {
    const { store } = atBankgiro()
    typeOnKeypad(store, '1'.repeat(30))
    expect(store.getState().entries.bankgiro).toHaveLength(25)
  })

  it('submits the active field, and the next field starts empty', () => {
    const { store, events } = atBankgiro()
    events.length = 0
    typeOnKeypad(store, digitsOnly(PRACTICE_BILL.bankgiro))
    store.getState().submitEntry()
    expect(typesOf(events)).toEqual(['step_completed', 'step_started'])
    expect(events[0]).toMatchObject({ step: 'enter-bankgiro' })
    expect(activeField(store.getState())?.field).toBe('ocr')

    typeOnKeypad(store, '31')
    expect(store.getState().entries).toEqual({ bankgiro: digitsOnly(PRACTICE_BILL.bankgiro), ocr: '31' })
  })

  it('shows a friendly error and a hint for a wrong OCR number, then accepts the corrected one', () => {
    const { store, events } = atBankgiro()
    typeOnKeypad(store, digitsOnly(PRACTICE_BILL.bankgiro))
    store.getState().submitEntry()
    events.length = 0

    typeOnKeypad(store, '3100571286')
    store.getState().submitEntry()
    expect(typesOf(events)).toEqual(['mistake', 'hint_shown'])
    expect(store.getState().run).toMatchObject({
      feedback: { code: 'check-digit', textKey: 'bank.feedback.ocr-check-digit' },
      hint: { textKey: 'bank.hint.enter-ocr', reason: 'mistakes' },
    })
    expect(store.getState().entries.ocr).toBe('3100571286')

    store.getState().typeKey('clear')
    typeOnKeypad(store, PRACTICE_BILL.ocr)
    store.getState().submitEntry()
    expect(store.getState().run).toMatchObject({ stepIndex: 6, feedback: null, hint: null })
  })

  it('submitting an empty field is a mistake with its own feedback', () => {
    const { store } = atBankgiro()
    store.getState().submitEntry()
    expect(store.getState().run?.feedback).toEqual({ code: 'empty', textKey: 'bank.feedback.empty' })
  })

  it('is locked while a guided step waits for staff', () => {
    const { store } = atBankgiro()
    store.getState().setGuided(true, 'staff')
    typeOnKeypad(store, digitsOnly(PRACTICE_BILL.bankgiro))
    store.getState().submitEntry()
    expect(store.getState().run?.waitingForStaff).toBe(true)
    expect(activeField(store.getState())).toBeNull()
    store.getState().typeKey('1')
    store.getState().setEntry('bankgiro', '1')
    expect(store.getState().entries.bankgiro).toBe(digitsOnly(PRACTICE_BILL.bankgiro))
  })
})

describe('a text field', () => {
  it('takes letters, å, ä and ö included, and spaces, on the text keyboard', () => {
    const test = atForm()
    const field = activeField(test.store.getState())
    expect(field).toMatchObject({ field: 'name', format: { kind: 'text', keyboard: 'text' } })
    typeText(test.store, 'Åsa Öberg på Väg')
    expect(test.store.getState().entries.name).toBe('Åsa Öberg på Väg')
    test.store.getState().typeKey('backspace')
    expect(test.store.getState().entries.name).toBe('Åsa Öberg på Vä')
  })

  it('keeps giving the same field object, so a component selecting it does not re-render', () => {
    const { store } = atForm()
    typeText(store, 'Å')
    expect(activeField(store.getState())).toBe(activeField(store.getState()))
  })

  it('is judged case-blind and moves on to the next field', () => {
    const test = atForm()
    typeText(test.store, 'åsa öberg')
    test.store.getState().submitEntry()
    expect(stepOf(test)).toBe('enter-personnummer')
    expect(test.store.getState().run?.values).toEqual({ name: 'åsa öberg' })
  })
})

describe('a personal identity number field', () => {
  it('takes digits and the dash only, and checks the Luhn digit', () => {
    const test = formAt('enter-personnummer')
    const { getState } = test.store
    expect(activeField(getState())?.format).toMatchObject({ id: 'personnummer', keyboard: 'digits' })
    typeText(test.store, 'ab121212-12c13')
    expect(getState().entries.personnummer).toBe('121212-1213')
    getState().submitEntry()
    expect(getState().run?.feedback).toEqual({
      code: 'check-digit',
      textKey: 'form.feedback.personnummer-check-digit',
    })
    getState().typeKey('backspace')
    typeText(test.store, '2')
    getState().submitEntry()
    expect(stepOf(test)).toBe('choose-language')
  })
})

describe('choice fields', () => {
  it('sets a single choice, which typing cannot change', () => {
    const test = formAt('choose-language')
    const { getState } = test.store
    expect(activeField(getState())?.format.kind).toBe('choice')
    getState().setEntry('language', 'ar')
    getState().typeKey('x')
    expect(getState().entries.language).toBe('ar')
    getState().submitEntry()
    expect(getState().run?.feedback?.code).toBe('not-asked')
    getState().setEntry('language', 'sv')
    getState().submitEntry()
    expect(stepOf(test)).toBe('choose-days')
  })

  it('keeps the order options were chosen in, and takes one out again', () => {
    const test = formAt('choose-days')
    const { getState } = test.store
    expect(activeField(getState())?.format.kind).toBe('multi-choice')
    getState().toggleOption('days', 'wednesday')
    getState().toggleOption('days', 'friday')
    getState().toggleOption('days', 'monday')
    expect(getState().entries.days).toEqual(['wednesday', 'friday', 'monday'])
    getState().typeKey('x')
    getState().toggleOption('days', 'friday')
    expect(getState().entries.days).toEqual(['wednesday', 'monday'])
    getState().submitEntry()
    expect(getState().run?.feedback?.code).toBe('wrong-order')
    getState().toggleOption('days', 'wednesday')
    getState().toggleOption('days', 'wednesday')
    expect(getState().entries.days).toEqual(['monday', 'wednesday'])
    getState().submitEntry()
    expect(stepOf(test)).toBe('pick-visit')
    expect(getState().run?.values.days).toEqual(['monday', 'wednesday'])
  })

  it('sends an untouched multiple choice as an empty list', () => {
    const test = formAt('choose-days')
    test.store.getState().submitEntry()
    expect(test.store.getState().run?.feedback?.code).toBe('empty')
  })
})

describe('a date field', () => {
  it('takes the picked date and judges it from the day the task started', () => {
    const test = formAt('pick-visit')
    const { getState } = test.store
    const dates = visitDates(test.now())
    expect(activeField(getState())?.format.kind).toBe('date')
    getState().setEntry('visit', dates.dayBefore)
    getState().submitEntry()
    expect(getState().run?.feedback?.code).toBe('too-early')
    getState().setEntry('visit', dates.closed)
    getState().submitEntry()
    expect(getState().run?.feedback?.code).toBe('unavailable')
    getState().setEntry('visit', dates.open)
    getState().submitEntry()
    expect(stepOf(test)).toBe('send')
  })
})

describe('a consent checkbox', () => {
  it('must be ticked when the form is sent', () => {
    const test = formAt('send')
    const { getState } = test.store
    expect(activeField(getState())).toBeNull()
    getState().activate('form.send')
    expect(getState().run?.feedback).toEqual({ code: 'not-accepted', textKey: 'form.feedback.consent' })
    getState().setEntry('consent', 'true')
    getState().activate('form.send')
    expect(getState().run?.status).toBe('completed')
  })

  it('refuses a value longer than any field holds', () => {
    const test = formAt('send')
    test.store.getState().setEntry('consent', 'x'.repeat(33))
    expect(test.store.getState().entries.consent).toBeUndefined()
  })
})

describe('privacy', () => {
  it('never puts what the visitor typed or chose into telemetry', () => {
    const test = formAt('send')
    const { getState } = test.store
    getState().setEntry('consent', 'true')
    getState().activate('form.send')
    expect(getState().run?.status).toBe('completed')
    const sent = JSON.stringify(test.events)
    for (const typed of ['Åsa', 'Öberg', '121212', 'wednesday', visitDates(test.now()).open]) {
      expect(sent).not.toContain(typed)
    }
  })
})

describe('a field the visitor opens (a search box)', () => {
  /** "Pay a bill" on its first step, which asks for no field, with a search box opened. */
  function searching(): TestStore {
    const test = createTestStore()
    test.store.getState().startTask('pay-bill')
    test.store.getState().openField('search', 'text')
    return test
  }

  it('takes keys while the step asks for no field of its own; OK closes it, and is no answer to the step', () => {
    const test = searching()
    const { getState } = test.store
    expect(activeField(getState())?.field).toBe('search')
    expect(activeField(getState())).toBe(activeField(getState()))
    typeText(test.store, 'Räk')
    expect(getState().entries.search).toBe('Räk')
    getState().submitEntry()
    expect(activeField(getState())).toBeNull()
    expect(getState().entries.search).toBe('Räk')
    expect(getState().run).toMatchObject({ stepIndex: 0, mistakes: 0, feedback: null })
    expect(typesOf(test.events)).not.toContain('mistake')
  })

  it('closes when the step moves on, and the next field the step asks for takes the keys', () => {
    const test = searching()
    const { getState } = test.store
    getState().toggleHeld('bank.bill')
    expect(activeField(getState())).toBeNull()
    typeText(test.store, 'x')
    expect(getState().entries.search).toBeUndefined()
    getState().activate('bank.login.eid')
    getState().activate('bank.phone.confirm')
    getState().activate('bank.menu.pay-bill')
    getState().openField('search', 'text')
    expect(activeField(getState())?.field).toBe('bankgiro')
  })

  it('can be closed, refuses an unknown format and is forgotten when the task starts again', () => {
    const test = searching()
    const { getState } = test.store
    getState().closeField('other')
    expect(activeField(getState())?.field).toBe('search')
    getState().closeField('search')
    expect(activeField(getState())).toBeNull()
    getState().openField('search', 'no-such-format')
    expect(getState().openedField).toBeNull()
    getState().openField('search', 'text')
    getState().restartTask()
    expect(getState().openedField).toBeNull()
  })
})
