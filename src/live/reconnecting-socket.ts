import { LIVE_PATH, LIVE_TIMING } from './protocol'
import { backoffDelay } from '../telemetry/backoff'

/** What a socket reports. */
export interface SocketHandlers {
  onOpen(): void
  onMessage(text: string): void
  onClose(): void
}

/** The little of a WebSocket the live link uses. */
export interface TextSocket {
  send(text: string): void
  close(): void
}

/** Opens a socket; the browser's WebSocket in the app, `ws` in Node tests. */
export type OpenSocket = (url: string, handlers: SocketHandlers) => TextSocket

/** The browser's WebSocket as an {@link OpenSocket}. */
export const openBrowserSocket: OpenSocket = (url, handlers) => {
  const socket = new WebSocket(url)
  socket.onopen = () => handlers.onOpen()
  socket.onmessage = (event) => {
    if (typeof event.data === 'string') handlers.onMessage(event.data)
  }
  // An error is always followed by a close, which is where reconnecting starts.
  socket.onclose = () => handlers.onClose()
  return {
    send: (text) => {
      if (socket.readyState === WebSocket.OPEN) socket.send(text)
    },
    close: () => socket.close(),
  }
}

/** The live link's URL on this page's origin: `ws:` beside `http:`, `wss:` beside `https:`. */
export function liveUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${LIVE_PATH}`
}

export type LinkStatus = 'connecting' | 'open' | 'offline'

/** Options of {@link createReconnectingSocket}. */
export interface ReconnectingSocketOptions {
  url: string
  openSocket: OpenSocket
  /** Runs each time a connection opens: say hello here. */
  onOpen(send: (text: string) => void): void
  onMessage(text: string): void
  onStatus?(status: LinkStatus): void
  /** @default Math.random */
  random?: () => number
}

/** A connection that stays up: it reconnects with jittered backoff after a close or a long silence. */
export interface ReconnectingSocket {
  start(): void
  /** Closes for good. */
  stop(): void
  /** Sends when open; returns whether it did. */
  send(text: string): boolean
  /** Drops the connection now and reconnects, e.g. after a new login. */
  reconnect(): void
  status(): LinkStatus
}

/**
 * Keeps one socket open. The server sends a heartbeat every 2 s, so a connection that hears nothing for
 * {@link LIVE_TIMING.silenceTimeoutMs} is taken for lost (a dropped Wi-Fi sends no close) and replaced.
 */
export function createReconnectingSocket(options: ReconnectingSocketOptions): ReconnectingSocket {
  const { url, openSocket, random = Math.random } = options
  let socket: TextSocket | null = null
  let status: LinkStatus = 'offline'
  let running = false
  let failures = 0
  let retryTimer: ReturnType<typeof setTimeout> | null = null
  let silenceTimer: ReturnType<typeof setTimeout> | null = null

  const setStatus = (next: LinkStatus) => {
    if (status === next) return
    status = next
    options.onStatus?.(next)
  }

  const clearTimers = () => {
    if (retryTimer !== null) clearTimeout(retryTimer)
    if (silenceTimer !== null) clearTimeout(silenceTimer)
    retryTimer = null
    silenceTimer = null
  }

  const expectTraffic = () => {
    if (silenceTimer !== null) clearTimeout(silenceTimer)
    silenceTimer = setTimeout(() => drop(), LIVE_TIMING.silenceTimeoutMs)
  }

  /** Forgets the current socket and schedules the next attempt. */
  const drop = () => {
    const current = socket
    socket = null
    clearTimers()
    current?.close()
    if (!running) {
      setStatus('offline')
      return
    }
    setStatus(failures === 0 ? 'connecting' : 'offline')
    const delay = backoffDelay(
      failures++,
      { baseMs: LIVE_TIMING.reconnectBaseMs, maxMs: LIVE_TIMING.reconnectMaxMs },
      random,
    )
    retryTimer = setTimeout(connect, delay)
  }

  const connect = () => {
    retryTimer = null
    if (!running) return
    if (status !== 'offline') setStatus('connecting')
    let opened: TextSocket | null = null
    const isCurrent = () => opened !== null && socket === opened
    const handlers: SocketHandlers = {
      onOpen: () => {
        if (!isCurrent()) return
        failures = 0
        setStatus('open')
        expectTraffic()
        options.onOpen((text) => opened?.send(text))
      },
      onMessage: (text) => {
        if (!isCurrent()) return
        expectTraffic()
        options.onMessage(text)
      },
      onClose: () => {
        if (isCurrent()) drop()
      },
    }
    try {
      opened = openSocket(url, handlers)
    } catch {
      // A URL the browser refuses: try again later like any other failure.
      drop()
      return
    }
    socket = opened
    expectTraffic()
  }

  return {
    start() {
      if (running) return
      running = true
      setStatus('connecting')
      connect()
    },
    stop() {
      running = false
      drop()
    },
    send(text) {
      if (status !== 'open' || socket === null) return false
      socket.send(text)
      return true
    },
    reconnect() {
      if (!running) return
      failures = 0
      drop()
    },
    status: () => status,
  }
}
