import { afterEach, describe, expect, it, vi } from 'vitest'
import { createLiveClient } from '../../../src/live/live-client'
import { PROTOCOL_VERSION, serverToStaffSchema, type ServerToStaff } from '../../../src/live/protocol'
import type { SocketHandlers } from '../../../src/live/reconnecting-socket'

/** A socket the test opens and feeds by hand, recording what the client sends. */
function fakeSockets() {
  const sent: unknown[] = []
  let handlers: SocketHandlers | null = null
  const openSocket = (_url: string, given: SocketHandlers) => {
    handlers = given
    return { send: (text: string) => sent.push(JSON.parse(text)), close: () => {} }
  }
  const server = {
    open: () => handlers?.onOpen(),
    say: (message: unknown) => handlers?.onMessage(JSON.stringify(message)),
    sayText: (text: string) => handlers?.onMessage(text),
  }
  return { openSocket, sent, server }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the live client', () => {
  it('says hello on opening, then sends typed messages and hands on what the server says', () => {
    const { openSocket, sent, server } = fakeSockets()
    const received: ServerToStaff[] = []
    const statuses: string[] = []
    const client = createLiveClient({
      url: 'ws://test/api/live',
      openSocket,
      schema: serverToStaffSchema,
      hello: (send) => send({ type: 'staff-hello', protocol: PROTOCOL_VERSION, token: 't'.repeat(43) }),
      receive: (message) => received.push(message),
      onStatus: (status) => statuses.push(status),
    })
    expect(client.send({ type: 'spectate', stationId: null })).toBe(false)
    client.start()
    server.open()
    expect(client.send({ type: 'spectate', stationId: null })).toBe(true)
    expect(sent).toEqual([
      { type: 'staff-hello', protocol: PROTOCOL_VERSION, token: 't'.repeat(43) },
      { type: 'spectate', stationId: null },
    ])
    server.say({ type: 'heartbeat', serverNow: 5 })
    expect(received).toEqual([{ type: 'heartbeat', serverNow: 5 }])
    expect(statuses).toContain('open')
    client.stop()
  })

  it('ignores, with a warning, a message that is not of its protocol', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { openSocket, server } = fakeSockets()
    const received: unknown[] = []
    const client = createLiveClient({
      url: 'ws://test/api/live',
      openSocket,
      schema: serverToStaffSchema,
      hello: () => {},
      receive: (message) => received.push(message),
    })
    client.start()
    server.open()
    server.say({ type: 'command', command: { type: 'hint' } })
    server.sayText('not json')
    expect(received).toEqual([])
    expect(warn).toHaveBeenCalledTimes(2)
    client.stop()
  })
})
