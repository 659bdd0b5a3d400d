import { createStore, type StoreApi } from 'zustand/vanilla'
import { createKiosk, type Kiosk } from '../kiosk/kiosk'
import {
  LIVE_TIMING,
  PROTOCOL_VERSION,
  serverToStationSchema,
  stationNameSchema,
  type ServerToStation,
} from '../live/protocol'
import type { AppStore } from '../state/app-store'
import { applyStaffCommand } from './apply-command'
import { createAuthoredErrands, publishedErrandsUrl, type AuthoredErrands } from './authored-errands'
import { createLiveClient } from '../live/live-client'
import type { LinkStatus, OpenSocket } from '../live/reconnecting-socket'
import { loadStationIdentity, saveStationIdentity, type IdentityStorage } from './station-identity'
import { createPoseFrame, poseForMessage, readStationState, type PoseFrame } from './station-state'

/** The station's own slow state, for its screens: name, pairing code, link and the PIN-gated staff menu. */
export interface StationStatus {
  name: string
  pairingCode: string
  link: LinkStatus
  /**
   * Whether staff have approved this station, as the server last said; false while it waits for staff to
   * approve the code it shows. A device keeps its approval, so this is asked once per device.
   */
  approved: boolean
  /** The on-screen staff menu: closed, asking for the PIN, or open after the PIN. */
  menu: 'closed' | 'pin' | 'open'
}

/** This visitor app as a station of the demo area: its live link, kiosk and pose. */
export interface Station {
  store: StoreApi<StationStatus>
  kiosk: Kiosk
  /** Written by the render loop, streamed at 10 Hz. */
  pose: PoseFrame
  /** The published errands and a preview, kept in step with the server. */
  authored: AuthoredErrands
  /** Changes the friendly name and keeps it on the device. */
  rename(name: string): void
  start(): void
  stop(): void
}

/** Options of {@link createStation}. */
export interface StationOptions {
  appStore: AppStore
  /** Whether an immersive session is running now. */
  xrPresenting: () => boolean
  /** The live link, e.g. `wss://host/api/live`. */
  url: string
  openSocket: OpenSocket
  /** Where the identity is kept; null keeps it in memory only. */
  storage: IdentityStorage | null
  kiosk?: Kiosk
  /**
   * Reads the published errands (`GET /api/errands`, as JSON). @default a fetch from the live link's server
   */
  fetchPublished?: () => Promise<unknown>
  /** @default Date.now */
  now?: () => number
}

export function createStation(options: StationOptions): Station {
  const { appStore, storage, now = Date.now } = options
  const identity = loadStationIdentity(storage)
  const kiosk = options.kiosk ?? createKiosk({ appStore, now })
  const pose = createPoseFrame()
  const store = createStore<StationStatus>()(() => ({
    name: identity.name,
    pairingCode: identity.pairingCode,
    link: 'offline',
    approved: identity.approval !== undefined,
    menu: 'closed',
  }))
  const authored = createAuthoredErrands({
    appStore,
    fetchPublished:
      options.fetchPublished ??
      (async () => {
        const answer = await fetch(publishedErrandsUrl(options.url))
        if (!answer.ok) throw new Error(`GET /api/errands answered ${answer.status}`)
        return answer.json() as Promise<unknown>
      }),
  })
  let welcomed = false
  let timer: ReturnType<typeof setInterval> | null = null

  const rename = (name: string) => {
    const parsed = stationNameSchema.safeParse(name)
    if (!parsed.success) return
    identity.name = parsed.data
    saveStationIdentity(storage, identity)
    store.setState({ name: parsed.data })
    sendState()
  }

  const sendState = () => {
    // A station staff have not approved yet sends nothing: the server would not keep it.
    if (!welcomed || !store.getState().approved) return
    const status = store.getState()
    const { state, clock } = readStationState(
      appStore.getState(),
      status,
      kiosk.store.getState(),
      options.xrPresenting(),
      now(),
    )
    socket.send({ type: 'station-state', state, clock, pose: poseForMessage(pose) })
  }

  const receive = (message: ServerToStation) => {
    switch (message.type) {
      case 'station-welcome':
        kiosk.setIdleSeconds(message.idleSeconds)
        if (message.pairingCode !== identity.pairingCode) {
          identity.pairingCode = message.pairingCode
          saveStationIdentity(storage, identity)
          store.setState({ pairingCode: message.pairingCode })
        }
        store.setState({ approved: message.approved })
        welcomed = true
        sendState()
        // At start, and after the link was down: what was published meanwhile.
        void authored.refresh()
        return
      case 'station-approved':
        identity.approval = message.approval
        saveStationIdentity(storage, identity)
        return
      case 'command':
        applyStaffCommand(message.command, {
          store: appStore,
          kiosk,
          rename,
          preview: (file) => authored.preview(file),
          endPreview: () => authored.endPreview(),
        })
        // Show staff the result at once rather than at the next tick.
        sendState()
        return
      case 'errands-changed':
        void authored.refresh()
        return
      case 'rejected':
        console.warn(`live link: the server dropped a message: ${message.reason}`)
        return
      case 'heartbeat':
        return
    }
  }

  const socket = createLiveClient({
    url: options.url,
    openSocket: options.openSocket,
    schema: serverToStationSchema,
    hello: (send) => {
      welcomed = false
      send({
        type: 'station-hello',
        protocol: PROTOCOL_VERSION,
        stationId: identity.id,
        secret: identity.secret,
        pairingCode: identity.pairingCode,
        ...(identity.approval !== undefined ? { approval: identity.approval } : {}),
      })
    },
    receive,
    onStatus: (link) => {
      if (link !== 'open') welcomed = false
      store.setState({ link })
    },
  })

  kiosk.onReset(() => store.setState({ menu: 'closed' }))

  return {
    store,
    kiosk,
    pose,
    authored,
    rename,
    start() {
      kiosk.start()
      socket.start()
      if (timer === null) timer = setInterval(sendState, LIVE_TIMING.stateIntervalMs)
    },
    stop() {
      if (timer !== null) clearInterval(timer)
      timer = null
      socket.stop()
      kiosk.stop()
      authored.stop()
    },
  }
}
