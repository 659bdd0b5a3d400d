import websocket from '@fastify/websocket'
import type { FastifyPluginAsync } from 'fastify'
import type { RawData } from 'ws'
import { LIVE_PATH, MAX_FRAME_BYTES } from '../../live/protocol'
import type { AppDeps } from '../deps'
import { refuseForeignOrigin } from '../origin-check'
import { isInsecureRemote } from '../staff-transport'
import { createLiveHub } from './live-hub'
import { createStationApprovals, loadOrCreateApprovalKey } from './station-approvals'

/** Seconds a station waits without input before "Are you still there?", unless `IDLE_SECONDS` says otherwise. */
export const DEFAULT_IDLE_SECONDS = 90

/**
 * The live link at `/api/live`: stations stream their state, staff watch and steer them. It registers
 * @fastify/websocket itself; upgrades reaching the HTTPS server are handed to the HTTP one, so it serves both.
 * A page of another origin cannot open it.
 */
export const liveLinkPlugin: FastifyPluginAsync<AppDeps> = async (
  app,
  { staffAuth, config, errands, stations },
) => {
  // Frames over the hard limit close their own connection before they are buffered; smaller oversized
  // messages are dropped by the hub with a reply, and the connection stays.
  await app.register(websocket, { options: { maxPayload: MAX_FRAME_BYTES } })
  const hub = createLiveHub({
    staffAuth,
    approvals: createStationApprovals(await loadOrCreateApprovalKey(config.dataDir)),
    idleSeconds: config.idleSeconds ?? DEFAULT_IDLE_SECONDS,
    log: app.log,
    checkPreview(file) {
      const result = errands.check(file)
      if (!('problems' in result)) return null
      const [name, problems] = Object.entries(result.problems)[0] ?? []
      const first = problems?.[0]
      return first === undefined
        ? 'the errand does not pass the checks'
        : [name, first.path.join('.'), first.message].filter((part) => part !== '').join(': ')
    },
  })
  const unsubscribe = errands.subscribe(() => hub.errandsChanged())
  stations.attach((stationId, command) => hub.sendCommand(stationId, command))
  app.addHook('onClose', async () => {
    unsubscribe()
    hub.stop()
  })

  // After @fastify/websocket's own hook, so that a refused upgrade's socket is closed.
  app.get(
    LIVE_PATH,
    { websocket: true, onRequest: refuseForeignOrigin(config.publicOrigin) },
    (socket, request) => {
      const connection = hub.open(
        {
          send: (text) => {
            if (socket.readyState === socket.OPEN) socket.send(text)
          },
          close: (code, reason) => socket.close(code, reason),
          bufferedAmount: () => socket.bufferedAmount,
        },
        // The address only caps stations waiting for approval; it is kept in memory while they wait.
        { address: request.ip, insecure: isInsecureRemote(request.raw) },
      )
      socket.on('message', (data, isBinary) => {
        const bytes = byteLengthOf(data)
        connection.receive(isBinary ? null : textOf(data), bytes)
      })
      socket.on('close', () => connection.closed())
      socket.on('error', (error) => app.log.warn({ err: error }, 'live socket error'))
    },
  )
}

function byteLengthOf(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((total, chunk) => total + chunk.byteLength, 0)
  return data.byteLength
}

function textOf(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8')
  return Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data).toString('utf8')
}
