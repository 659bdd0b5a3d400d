import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_MESSAGE_BYTES } from '../../../src/live/protocol'
import { authoredErrandFile } from '../../fixtures/authored-errand'
import { startTestServer, type TestServer } from '../server/harness'
import {
  approvedStation,
  clientTracker,
  connectStaff,
  connectStation,
  pause,
  testStation,
  waitForStation,
} from './live-client'

let test: TestServer
let token: string
const { track, closeAll } = clientTracker()

beforeEach(async () => {
  test = await startTestServer()
  token = await test.login()
})

afterEach(async () => {
  closeAll()
  await test.stop()
})

const staffHeaders = () => ({ authorization: `Bearer ${token}` })
const paired = (n: number) => approvedStation(test.dataDir, n)
const STATION = testStation(1).id

/** An errand file larger than one ordinary live message, as a real package with its texts is. */
function largeFile(id: string) {
  const file = authoredErrandFile(id)
  file.texts.sv[`${id}.summary`] = 'Lång text. '.repeat(2000)
  expect(JSON.stringify(file).length).toBeGreaterThan(MAX_MESSAGE_BYTES)
  return file
}

describe('authored errands on the live link', () => {
  it('tells every station, waiting or approved, and every console when staff publish, roll back or unpublish', async () => {
    const staff = await track(connectStaff(test.server.httpUrl, token))
    const station = await track(connectStation(test.server.httpUrl, paired(1)))
    const waiting = await track(connectStation(test.server.httpUrl, testStation(2)))
    const changed = () =>
      Promise.all(
        [staff, station, waiting].map((client) =>
          client.waitFor((m) => m.type === 'errands-changed', { from: client.received.length }),
        ),
      )
    let told = changed()
    const publishedAt = Date.now()
    expect(
      (await test.postJson('/api/staff/errands/publish', authoredErrandFile('told'), staffHeaders())).status,
    ).toBe(201)
    await told
    expect(Date.now() - publishedAt).toBeLessThan(1000)
    await test.postJson('/api/staff/errands/publish', authoredErrandFile('told'), staffHeaders())
    told = changed()
    await test.postJson('/api/staff/errands/told/rollback', { version: 1 }, staffHeaders())
    await told
    told = changed()
    await test.postJson('/api/staff/errands/told/unpublish', {}, staffHeaders())
    await told
    // An import is a draft: the stations have nothing new to fetch.
    const from = station.received.length
    await test.postJson('/api/staff/errands/import', authoredErrandFile('draft'), staffHeaders())
    await pause(300)
    expect(station.received.slice(from).some((m) => m.type === 'errands-changed')).toBe(false)
  })

  it('relays a preview from the console to its station only, a file larger than an ordinary message included', async () => {
    const staff = await track(connectStaff(test.server.httpUrl, token))
    const station = await track(connectStation(test.server.httpUrl, paired(1)))
    const other = await track(connectStation(test.server.httpUrl, paired(2)))
    await waitForStation(staff, STATION, (s) => s.connected)
    const file = largeFile('previewed')
    staff.send({ type: 'staff-command', stationId: STATION, command: { type: 'preview-errand', file } })
    const command = await station.waitFor((m) => m.type === 'command')
    expect(command).toEqual({ type: 'command', command: { type: 'preview-errand', file } })
    staff.send({ type: 'staff-command', stationId: STATION, command: { type: 'end-preview' } })
    await station.waitFor((m) => m.type === 'command' && JSON.stringify(m).includes('end-preview'))
    expect(other.received.some((m) => m.type === 'command')).toBe(false)
  })

  it('refuses to preview a file that fails the checks, telling the console why; the station hears nothing', async () => {
    const staff = await track(connectStaff(test.server.httpUrl, token))
    const station = await track(connectStation(test.server.httpUrl, paired(1)))
    await waitForStation(staff, STATION, (s) => s.connected)
    const file = authoredErrandFile('no-arabic')
    delete file.texts.ar['no-arabic.title']
    staff.send({ type: 'staff-command', stationId: STATION, command: { type: 'preview-errand', file } })
    const rejected = await staff.waitFor((m) => m.type === 'rejected')
    expect(rejected.reason).toBe('preview: task.json: no Arabic text (ar) for "no-arabic.title"')
    await pause(200)
    expect(station.received.some((m) => m.type === 'command')).toBe(false)
  })

  it('previews by HTTP too: problems answered at once, a station not connected is a 404', async () => {
    const station = await track(connectStation(test.server.httpUrl, paired(1)))
    const file = largeFile('by-http')
    const sent = await test.postJson(
      '/api/staff/errands/preview',
      { stationId: STATION, file },
      staffHeaders(),
    )
    expect(sent.status).toBe(202)
    expect(await station.waitFor((m) => m.type === 'command')).toEqual({
      type: 'command',
      command: { type: 'preview-errand', file },
    })
    delete file.texts.ar['by-http.title']
    const bad = await test.postJson(
      '/api/staff/errands/preview',
      { stationId: STATION, file },
      staffHeaders(),
    )
    expect(bad.status).toBe(400)
    expect(Object.keys(((await bad.json()) as { problems: object }).problems)).toEqual(['task.json'])
    const away = await test.postJson(
      '/api/staff/errands/preview',
      { stationId: testStation(9).id, file: authoredErrandFile('by-http') },
      staffHeaders(),
    )
    expect(away.status).toBe(404)
    const end = await test.postJson('/api/staff/errands/preview/end', { stationId: STATION }, staffHeaders())
    expect(end.status).toBe(202)
    await station.waitFor((m) => m.type === 'command' && JSON.stringify(m).includes('end-preview'))
    expect((await test.postJson('/api/staff/errands/preview/end', { stationId: STATION }, {})).status).toBe(
      401,
    )
  })
})
