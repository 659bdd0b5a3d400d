import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS } from '../../../../src/server/csv'
import { EVENT_COLUMNS } from '../../../../src/server/db/schema'

describe('the events table columns, defined once', () => {
  it('give the CSV export the header it had: every column but arrival order and derived values, in order', () => {
    expect(CSV_COLUMNS).toEqual([
      'id',
      'session_id',
      'ts',
      'type',
      'scene',
      'task',
      'step',
      'step_index',
      'duration_ms',
      'mode',
      'locale',
      'app_version',
      'source',
      'payload',
      'received_at',
      'site_id',
    ])
  })

  it('list each column once', () => {
    expect(new Set(EVENT_COLUMNS).size).toBe(EVENT_COLUMNS.length)
  })
})
