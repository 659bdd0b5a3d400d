import { describe, expect, it } from 'vitest'
import {
  clientMessageSchema,
  parseMessage,
  poseSchema,
  serverToStaffSchema,
  serverToStationSchema,
  staffCommandSchema,
  stationNameSchema,
  stationStateSchema,
} from '../../../src/live/protocol'
import { lobbyState, stateMessage, stationHello, testStation } from './live-client'

describe('live protocol schemas', () => {
  it('accepts what a station sends: hello, then its state with clock and pose', () => {
    expect(clientMessageSchema.safeParse(stationHello(testStation(1))).success).toBe(true)
    expect(clientMessageSchema.safeParse(stateMessage(lobbyState())).success).toBe(true)
    expect(clientMessageSchema.safeParse(stateMessage(lobbyState(), false)).success).toBe(true)
  })

  it('accepts a station in the middle of a task', () => {
    const state = lobbyState({
      scene: 'bank',
      entries: { ocr: '1234' },
      heldItem: 'bank.bill',
      task: {
        id: 'pay-bill',
        status: 'running',
        stepIndex: 5,
        stepCount: 10,
        stepId: 'enter-ocr',
        stepTextKey: 'bank.step.enter-ocr',
        hints: 1,
        mistakes: 2,
        stepHints: 1,
        stepMistakes: 1,
        hint: { textKey: 'bank.hint.enter-ocr', reason: 'mistakes' },
        feedback: { code: 'check-digit', textKey: 'bank.feedback.ocr-check-digit' },
        guided: false,
        waitingForStaff: false,
        values: { bankgiro: '5050-1055' },
      },
    })
    expect(stationStateSchema.parse(state)).toEqual(state)
  })

  it('takes every staff command, with its parameters checked', () => {
    for (const command of [
      { type: 'start-task', taskId: 'pay-bill', locale: 'en' },
      { type: 'hint' },
      { type: 'skip' },
      { type: 'back' },
      { type: 'restart' },
      { type: 'set-locale', locale: 'sv' },
      { type: 'set-guided', guided: true },
      { type: 'next' },
      { type: 'reset' },
      { type: 'rename', name: 'Headset 2' },
    ]) {
      expect(staffCommandSchema.safeParse(command).success, command.type).toBe(true)
    }
    expect(
      staffCommandSchema.safeParse({ type: 'start-task', taskId: 'pay-bill', locale: 'de' }).success,
    ).toBe(false)
    expect(staffCommandSchema.safeParse({ type: 'set-guided', guided: 'yes' }).success).toBe(false)
    expect(staffCommandSchema.safeParse({ type: 'format-disk' }).success).toBe(false)
    expect(staffCommandSchema.safeParse({ type: 'hint', extra: 1 }).success).toBe(false)
  })

  it('keeps station names short and printable', () => {
    expect(stationNameSchema.parse('  Headset 2 ')).toBe('Headset 2')
    expect(stationNameSchema.safeParse('').success).toBe(false)
    expect(stationNameSchema.safeParse('x'.repeat(41)).success).toBe(false)
    expect(stationNameSchema.safeParse('bad\u0007name').success).toBe(false)
    expect(stationNameSchema.safeParse('Hörlurar Å').success).toBe(true)
  })

  it('refuses states that are not a station state', () => {
    const bad = [
      { ...lobbyState(), locale: 'xx' },
      { ...lobbyState(), mode: 'ar' },
      { ...lobbyState(), pairingCode: '12345' },
      { ...lobbyState(), sessionId: 'not-a-uuid' },
      { ...lobbyState(), scene: '../../etc/passwd' },
      { ...lobbyState(), entries: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, '1'])) },
      { ...lobbyState(), secret: 'nope' },
    ]
    for (const state of bad) expect(stationStateSchema.safeParse(state).success).toBe(false)
  })

  it('refuses poses that are not finite numbers', () => {
    const head = { position: [0, 1.6, 0], quaternion: [0, 0, 0, 1] }
    expect(poseSchema.safeParse({ head, rays: [] }).success).toBe(true)
    expect(poseSchema.safeParse({ head: { ...head, position: [0, Infinity, 0] }, rays: [] }).success).toBe(
      false,
    )
    expect(poseSchema.safeParse({ head: { ...head, position: [0, 1] }, rays: [] }).success).toBe(false)
    const ray = { hand: 'right', origin: [0, 1, 0], direction: [0, 0, -1] }
    expect(poseSchema.safeParse({ head, rays: [ray, ray, ray, ray, ray] }).success).toBe(false)
  })

  it('parses text into a message or a short reason, never throwing', () => {
    expect(parseMessage(clientMessageSchema, '{')).toEqual({ ok: false, reason: 'not JSON' })
    expect(parseMessage(clientMessageSchema, 'null')).toMatchObject({ ok: false })
    expect(parseMessage(clientMessageSchema, '{"type":"nope"}')).toMatchObject({ ok: false, reason: /type/ })
    const long = parseMessage(
      clientMessageSchema,
      JSON.stringify({ type: 'staff-hello', protocol: 1, token: 'x'.repeat(1000) }),
    )
    expect(long).toMatchObject({ ok: false, reason: /token/ })
    // The reason names the field, never echoes the value.
    expect(JSON.stringify(long)).not.toContain('xxxxxxxxxx')
    expect(parseMessage(clientMessageSchema, JSON.stringify(stationHello(testStation(3))))).toMatchObject({
      ok: true,
    })
  })

  it('describes what the server sends to stations and to staff', () => {
    expect(
      serverToStationSchema.safeParse({
        type: 'station-welcome',
        idleSeconds: 90,
        pairingCode: '0042',
        approved: false,
      }).success,
    ).toBe(true)
    expect(
      serverToStationSchema.safeParse({ type: 'station-approved', approval: 'a'.repeat(43) }).success,
    ).toBe(true)
    expect(serverToStationSchema.safeParse({ type: 'station-approved', approval: 'forged' }).success).toBe(
      false,
    )
    expect(
      serverToStaffSchema.safeParse({ type: 'pairing', pairingCode: '0042', outcome: 'approved' }).success,
    ).toBe(true)
    expect(
      serverToStaffSchema.safeParse({ type: 'stations-changed', serverNow: 1, changed: [], removed: [] })
        .success,
    ).toBe(true)
    expect(serverToStationSchema.safeParse({ type: 'command', command: { type: 'next' } }).success).toBe(true)
    expect(serverToStaffSchema.safeParse({ type: 'auth-failed', reason: 'expired' }).success).toBe(true)
    expect(
      serverToStaffSchema.safeParse({
        type: 'stations',
        serverNow: 1,
        stations: [
          {
            id: testStation(1).id,
            connected: true,
            disconnectedAt: null,
            state: lobbyState(),
            startedAt: { session: 0, task: null, step: null },
          },
        ],
      }).success,
    ).toBe(true)
  })
})
