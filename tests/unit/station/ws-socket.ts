import WebSocket from 'ws'
import type { OpenSocket } from '../../../src/live/reconnecting-socket'

/** Every socket opened through {@link openWsSocket}, so a test can cut one as a network drop would. */
export const openedSockets: WebSocket[] = []

/** The `ws` client as the station's socket, so the station's own code runs in Node against the real server. */
export const openWsSocket: OpenSocket = (url, handlers) => {
  const socket = new WebSocket(url)
  openedSockets.push(socket)
  socket.on('open', () => handlers.onOpen())
  socket.on('message', (data, isBinary) => {
    if (!isBinary) handlers.onMessage(String(data))
  })
  socket.on('close', () => handlers.onClose())
  socket.on('error', () => {})
  return {
    send: (text) => {
      if (socket.readyState === WebSocket.OPEN) socket.send(text)
    },
    close: () => socket.terminate(),
  }
}

/** A Map as Storage, for the station identity. */
export function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>()
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) }
}
