import type { z } from 'zod'
import { parseMessage, type ClientMessage } from './protocol'
import { createReconnectingSocket, type LinkStatus, type OpenSocket } from './reconnecting-socket'

/** Options of {@link createLiveClient}. */
export interface LiveClientOptions<In> {
  /** The live link, e.g. `wss://host/api/live`. */
  url: string
  openSocket: OpenSocket
  /** The messages the server may send this client; anything else is logged and ignored. */
  schema: z.ZodType<In>
  /** Runs each time a connection opens, before anything else is sent: say who this client is. */
  hello(send: (message: ClientMessage) => void): void
  /** Each valid message from the server. */
  receive(message: In): void
  onStatus?(status: LinkStatus): void
}

/** A typed client of the live link: it reconnects by itself and says hello on every new connection. */
export interface LiveClient {
  /** Sends when the link is open; returns whether it did. */
  send(message: ClientMessage): boolean
  start(): void
  /** Closes for good. */
  stop(): void
}

/** The one live client, serving the station and the staff console alike; see `protocol.ts` for the messages. */
export function createLiveClient<In>(options: LiveClientOptions<In>): LiveClient {
  const socket = createReconnectingSocket({
    url: options.url,
    openSocket: options.openSocket,
    onOpen: (send) => options.hello((message) => send(JSON.stringify(message))),
    onMessage: (text) => {
      const parsed = parseMessage(options.schema, text)
      if (parsed.ok) options.receive(parsed.message)
      else console.warn(`live link: ignored a message from the server (${parsed.reason})`)
    },
    ...(options.onStatus ? { onStatus: options.onStatus } : {}),
  })
  return {
    send: (message) => socket.send(JSON.stringify(message)),
    start: () => socket.start(),
    stop: () => socket.stop(),
  }
}
