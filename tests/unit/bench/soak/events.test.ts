import { describe, expect, it } from 'vitest'
import { tallyEvents } from '../../../../bench/soak/events'

describe('tallyEvents', () => {
  it('names the events never stored, the ids stored twice and the stored ones no page was seen to emit', () => {
    const emitted = [
      { id: 'a', type: 'session_started' },
      { id: 'b', type: 'task_started' },
      // Read twice from the same page: counted once.
      { id: 'b', type: 'task_started' },
      { id: 'c', type: 'step_started' },
    ]
    const stored = [
      { id: 'a', type: 'session_started' },
      { id: 'b', type: 'task_started' },
      { id: 'b', type: 'task_started' },
      { id: 'z', type: 'session_ended' },
    ]
    expect(tallyEvents(emitted, stored)).toEqual({
      emitted: 3,
      stored: 4,
      lost: [{ id: 'c', type: 'step_started' }],
      duplicated: ['b'],
      unseen: [{ id: 'z', type: 'session_ended' }],
    })
  })
})
