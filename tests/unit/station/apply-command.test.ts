import { describe, expect, it } from 'vitest'
import { staffCommandSchema } from '../../../src/live/protocol'
import { applyStaffCommand } from '../../../src/station/apply-command'
import { readStationState } from '../../../src/station/station-state'
import { createTestStore } from '../../fixtures/test-store'

const kiosk = { noteActivity: () => undefined, resetForNextVisitor: () => undefined }

describe('staff settings commands', () => {
  it('change the visitor’s text size, contrast, motion and narration through the visitor’s own action', () => {
    const { store, events } = createTestStore()
    for (const command of [
      { type: 'set-setting', setting: 'textSize', value: 'largest' },
      { type: 'set-setting', setting: 'narration', value: 'off' },
    ]) {
      applyStaffCommand(staffCommandSchema.parse(command), { store, kiosk, rename: () => undefined })
    }
    expect(store.getState().settings).toMatchObject({ textSize: 'largest', narration: 'off' })
    expect(events.map((event) => [event.payload, event.source])).toEqual([
      [{ setting: 'text_size', value: 'largest' }, 'staff'],
      [{ setting: 'narration', value: 'off' }, 'staff'],
    ])
    const { state } = readStationState(
      store.getState(),
      { name: 'Headset 1', pairingCode: '1001' },
      { enabled: true, phase: 'active' },
      false,
      0,
    )
    expect(state.settings).toMatchObject({ textSize: 'largest', narration: 'off' })
  })

  it('are refused by the live link with a setting or value the app does not have', () => {
    expect(
      staffCommandSchema.safeParse({ type: 'set-setting', setting: 'textSize', value: 'huge' }).success,
    ).toBe(false)
    expect(
      staffCommandSchema.safeParse({ type: 'set-setting', setting: 'volume', value: 'on' }).success,
    ).toBe(false)
    expect(
      staffCommandSchema.safeParse({ type: 'set-setting', setting: 'contrast', value: 'high' }).success,
    ).toBe(true)
  })
})
