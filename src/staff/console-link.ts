import {
  PROTOCOL_VERSION,
  serverToStaffSchema,
  type Pose,
  type ServerToStaff,
  type StaffCommand,
  type StationSummary,
} from '../live/protocol'
import { createLiveClient } from '../live/live-client'
import type { OpenSocket } from '../live/reconnecting-socket'
import type { ConsoleStore } from './console-store'

/** The latest pose of the watched station, written at 10 Hz and read by the spectator's render loop. */
export interface SpectatorFeed {
  stationId: string | null
  pose: Pose | null
  /** When it arrived, by `performance.now()`. */
  receivedAt: number
}

/** The console's live link: station list in, commands and the choice of station to watch out. */
export interface ConsoleLink {
  feed: SpectatorFeed
  /** Sends a command to a station; false when the link is down. */
  command(stationId: string, command: StaffCommand): boolean
  /** Watches one station's pose, or none. */
  spectate(stationId: string | null): void
  /** Approves the waiting station that shows this code; the answer arrives in the store's `pairing`. */
  approve(pairingCode: string): boolean
  start(): void
  stop(): void
}

export interface ConsoleLinkOptions {
  store: ConsoleStore
  url: string
  openSocket: OpenSocket
  /** @default Date.now */
  now?: () => number
}

/** Connects with the store's login; an expired or refused login logs the console out. */
export function createConsoleLink({
  store,
  url,
  openSocket,
  now = Date.now,
}: ConsoleLinkOptions): ConsoleLink {
  const feed: SpectatorFeed = { stationId: null, pose: null, receivedAt: 0 }

  const receive = (message: ServerToStaff) => {
    switch (message.type) {
      case 'stations':
        store.setState({ stations: message.stations, clockOffsetMs: message.serverNow - now() })
        return
      case 'stations-changed':
        store.setState({
          stations: withChanges(store.getState().stations, message.changed, message.removed),
          clockOffsetMs: message.serverNow - now(),
        })
        return
      case 'pairing':
        store.setState({ pairing: { pairingCode: message.pairingCode, outcome: message.outcome } })
        return
      case 'heartbeat':
        store.setState({ clockOffsetMs: message.serverNow - now() })
        return
      case 'pose':
        if (message.stationId !== feed.stationId) return
        feed.pose = message.pose
        feed.receivedAt = performance.now()
        return
      case 'auth-failed':
        link.stop()
        store.setState({
          login: null,
          loginNotice: message.reason === 'insecure' ? 'staff.login-https-off' : 'staff.session-expired',
          stations: [],
          link: 'offline',
        })
        return
      case 'rejected':
        console.warn(`live link: the server dropped a message: ${message.reason}`)
        return
      case 'staff-welcome':
        return
    }
  }

  const socket = createLiveClient({
    url,
    openSocket,
    schema: serverToStaffSchema,
    hello: (send) => {
      const login = store.getState().login
      if (!login) return
      send({ type: 'staff-hello', protocol: PROTOCOL_VERSION, token: login.token })
      if (feed.stationId !== null) send({ type: 'spectate', stationId: feed.stationId })
    },
    receive,
    onStatus: (status) => store.setState({ link: status }),
  })

  const link: ConsoleLink = {
    feed,
    command(stationId, command) {
      return socket.send({ type: 'staff-command', stationId, command })
    },
    spectate(stationId) {
      if (feed.stationId === stationId) return
      feed.stationId = stationId
      feed.pose = null
      socket.send({ type: 'spectate', stationId })
    },
    approve(pairingCode) {
      store.setState({ pairing: null })
      return socket.send({ type: 'approve-station', pairingCode })
    },
    start: () => socket.start(),
    stop: () => socket.stop(),
  }
  return link
}

/** The list with changed stations replaced in place, new ones added at the end, and removed ones gone. */
export function withChanges(
  list: readonly StationSummary[],
  changed: readonly StationSummary[],
  removed: readonly string[],
): StationSummary[] {
  const byId = new Map(changed.map((summary) => [summary.id, summary]))
  const gone = new Set(removed)
  const next: StationSummary[] = []
  for (const summary of list) {
    if (gone.has(summary.id)) continue
    next.push(byId.get(summary.id) ?? summary)
    byId.delete(summary.id)
  }
  return [...next, ...byId.values()]
}
