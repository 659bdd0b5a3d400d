import { describe, expect, it } from 'vitest'
import { PRACTICE_BILL } from '../../../scenes/bank/bill'
import { digitsOnly } from '../../../src/tasks/check-digit'
import { activeField } from '../../../src/state/entry-slice'
import { createTestStore, typeOnKeypad, typesOf, type TestStore } from '../../fixtures/test-store'

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
    store.getState().pressKey('5')
    store.getState().submitEntry()
    expect(store.getState().entries).toEqual({})
    expect(events).toEqual([])
  })

  it('types into the field the step asks for, and nowhere else', () => {
    const { store } = atBankgiro()
    expect(activeField(store.getState())).toBe('bankgiro')
    typeOnKeypad(store, '5050')
    expect(store.getState().entries).toEqual({ bankgiro: '5050' })
  })

  it('deletes one digit, clears the field and takes only one comma', () => {
    const { store } = atBankgiro()
    typeOnKeypad(store, '123')
    store.getState().pressKey('delete')
    expect(store.getState().entries.bankgiro).toBe('12')
    store.getState().pressKey('clear')
    expect(store.getState().entries.bankgiro).toBe('')
    typeOnKeypad(store, '8,,5')
    expect(store.getState().entries.bankgiro).toBe('8,5')
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
    expect(activeField(store.getState())).toBe('ocr')

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

    store.getState().pressKey('clear')
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
    store.getState().pressKey('1')
    expect(store.getState().entries.bankgiro).toBe(digitsOnly(PRACTICE_BILL.bankgiro))
  })
})
