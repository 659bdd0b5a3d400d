import { createServer } from 'node:http'
import type { IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the throwaway server answers to one request; `hang` never answers. */
export type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang'

/** One request the throwaway server received. */
export interface ReceivedRequest {
  events: unknown[]
  headers: IncomingHttpHeaders
  bytes: number
}

/** A throwaway HTTP server for the status-code paths of the ingest protocol. */
export interface ProtocolServer {
  endpoint: string
  requests: ReceivedRequest[]
  /** The most requests that were being answered at the same time. */
  maxConcurrent: number
  reply: (events: unknown[]) => Reply
  close(): Promise<void>
}

/** Starts it on a free port; `reply` decides each answer and may be replaced by a test. */
export async function startProtocolServer(reply: (events: unknown[]) => Reply): Promise<ProtocolServer> {
  let inFlight = 0
  const hanging = new Set<() => void>()
  const server = createServer((request, response) => {
    inFlight++
    state.maxConcurrent = Math.max(state.maxConcurrent, inFlight)
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const raw = Buffer.concat(chunks)
      const parsed: unknown = JSON.parse(raw.toString('utf8'))
      const events =
        typeof parsed === 'object' && parsed !== null && 'events' in parsed && Array.isArray(parsed.events)
          ? (parsed.events as unknown[])
          : []
      state.requests.push({ events, headers: request.headers, bytes: raw.length })
      const answer = state.reply(events)
      if (answer === 'hang') {
        const release = () => {
          inFlight--
          response.destroy()
        }
        hanging.add(release)
        return
      }
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
      response.end(answer.body === undefined ? '' : JSON.stringify(answer.body), () => inFlight--)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const state: ProtocolServer = {
    endpoint: `http://127.0.0.1:${port}/api/events`,
    requests: [],
    maxConcurrent: 0,
    reply,
    close: async () => {
      for (const release of hanging) release()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
  return state
}

/** A 200 IngestResponse that accepts all `events` except those at `rejected`. */
export function ingestOk(events: unknown[], rejected: { index: number; reason: string }[] = []): Reply {
  return { status: 200, body: { accepted: events.length - rejected.length, duplicates: 0, rejected } }
}
