import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAuthoredErrands } from '../../../src/errands/errand-registry'
import { translate } from '../../../src/i18n/translate'
import { liveUrl } from '../../../src/live/reconnecting-socket'
import { createStation, type Station } from '../../../src/station/station'
import { AUTHORED_TITLES, authoredErrandFile } from '../../fixtures/authored-errand'
import { createTestStore, type TestStore } from '../../fixtures/test-store'
import { connectStaff, stationsIn, type LiveClient } from '../live/live-client'
import { startTestServer, type TestServer } from '../server/harness'
import { memoryStorage, openWsSocket } from './ws-socket'

let server: TestServer
let station: Station
let app: TestStore
let staff: LiveClient
let token: string
let dataDir: string

const offered = () => app.store.getState().tasks.map((task) => task.id)
const publish = (file: unknown) =>
  server.postJson('/api/staff/errands/publish', file, { authorization: `Bearer ${token}` })

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'digidel-authored-'))
  server = await startTestServer({}, dataDir)
  token = await server.login()
  app = createTestStore()
  station = createStation({
    appStore: app.store,
    xrPresenting: () => true,
    url: liveUrl(new URL(server.server.httpUrl)),
    openSocket: openWsSocket,
    storage: memoryStorage(),
    now: app.now,
  })
  station.start()
  staff = await connectStaff(server.server.httpUrl, token)
  await vi.waitFor(() => expect(station.store.getState().link).toBe('open'))
  const pairingCode = station.store.getState().pairingCode
  staff.send({ type: 'approve-station', pairingCode })
  await vi.waitFor(() => expect(station.store.getState().approved).toBe(true))
})

afterEach(async () => {
  station.stop()
  staff.socket.terminate()
  await server.stop()
  await rm(dataDir, { recursive: true, force: true })
  setAuthoredErrands([])
})

describe('a station and the published errands', () => {
  it('offers a newly published errand within 2 s, titled from its own texts, and drops it when unpublished', async () => {
    expect(offered()).not.toContain('book-library-card')
    const publishedAt = Date.now()
    expect((await publish(authoredErrandFile())).status).toBe(201)
    await vi.waitFor(() => expect(offered()).toContain('book-library-card'), { timeout: 2000, interval: 20 })
    const inLobbyMs = Date.now() - publishedAt
    console.log(`publish → offered on the open station: ${inLobbyMs} ms`)
    expect(inLobbyMs).toBeLessThan(2000)
    const task = app.store.getState().tasks.find((candidate) => candidate.id === 'book-library-card')
    expect(task && translate('en', task.titleKey)).toBe(AUTHORED_TITLES.en)
    expect(task && translate('ar', task.titleKey)).toBe(AUTHORED_TITLES.ar)

    await server.postJson(
      '/api/staff/errands/book-library-card/unpublish',
      {},
      { authorization: `Bearer ${token}` },
    )
    await vi.waitFor(() => expect(offered()).not.toContain('book-library-card'), {
      timeout: 2000,
      interval: 20,
    })
  })

  it('keeps the version a visitor started until they leave it, then offers the rollback', async () => {
    const file = authoredErrandFile()
    await publish(file)
    await vi.waitFor(() => expect(offered()).toContain('book-library-card'))
    app.store.getState().enter('desktop')
    app.store.getState().startTask('book-library-card')
    const changed = structuredClone(file)
    changed.texts.en['book-library-card.title'] = 'A changed title'
    await publish(changed)
    await pause(500)
    expect(translate('en', 'book-library-card.title')).toBe(AUTHORED_TITLES.en)
    app.store.getState().leaveTask('left')
    await vi.waitFor(() => expect(translate('en', 'book-library-card.title')).toBe('A changed title'))
  })

  it('runs a preview from staff at once, marks its events, and goes back to the lobby when staff end it', async () => {
    app.store.getState().enter('vr')
    const before = app.events.length
    const file = authoredErrandFile('draft-errand')
    staff.send({
      type: 'staff-command',
      stationId: (await stationId()) ?? '',
      command: { type: 'preview-errand', file },
    })
    await vi.waitFor(() => expect(app.store.getState().taskId).toBe('draft-errand'))
    expect(app.store.getState().preview).toBe(true)
    expect(app.store.getState().run?.status).toBe('running')
    const events = app.events.slice(before)
    // The visit before ends unmarked; everything of the preview is marked.
    const end = events.findIndex((event) => event.type === 'session_ended')
    expect(events[end]?.preview).toBeUndefined()
    expect(events.slice(end + 1).length).toBeGreaterThan(0)
    expect(events.slice(end + 1).every((event) => event.preview === true)).toBe(true)

    const ending = app.events.length
    staff.send({
      type: 'staff-command',
      stationId: (await stationId()) ?? '',
      command: { type: 'end-preview' },
    })
    await vi.waitFor(() => expect(app.store.getState().preview).toBe(false))
    expect(app.store.getState().taskId).toBeNull()
    expect(app.store.getState().scene).toBe('lobby')
    expect(offered()).not.toContain('draft-errand')
    const after = app.events.slice(ending)
    expect(after.find((event) => event.type === 'session_ended')?.preview).toBe(true)
    expect(after.at(-1)).toMatchObject({ type: 'session_started' })
    expect(after.at(-1)?.preview).toBeUndefined()
  })

  it('ignores a preview that fails the checks', async () => {
    const file = authoredErrandFile('broken-draft')
    delete file.texts.ar['broken-draft.title']
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(station.authored.preview(file)).toBe(false)
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/does not pass the checks/))
    warn.mockRestore()
    expect(app.store.getState().preview).toBe(false)
    expect(offered()).not.toContain('broken-draft')
  })
})

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** The station's id, as staff see it in their list. */
async function stationId(): Promise<string | undefined> {
  const list = await staff.waitFor((m) => stationsIn(m).length > 0)
  return stationsIn(list)[0]?.id
}
