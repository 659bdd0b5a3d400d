import { createServer, request as httpRequest, type IncomingMessage } from 'node:http'
import { connect } from 'node:net'
import type { AddressInfo, Socket } from 'node:net'

/** A reverse proxy in front of the real server whose event API can be switched off, as in an outage. */
export interface ApiSwitch {
  /** Where pages open the app, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string
  /** While down, every request to `/api/events` fails at the network level; the app itself still loads. */
  setApiDown(down: boolean): void
  /** Requests to `/api/events` refused so far. */
  refused(): number
  close(): Promise<void>
}

/** The raw head of an upgrade request, to pass on to the real server as it came. */
function requestHead(request: IncomingMessage): string {
  const lines = [`${request.method ?? 'GET'} ${request.url ?? '/'} HTTP/1.1`]
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    lines.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`)
  }
  return `${lines.join('\r\n')}\r\n\r\n`
}

/** Starts the proxy for the server at `target` (its HTTP URL). Host and Origin headers pass unchanged. */
export async function startApiSwitch(target: string): Promise<ApiSwitch> {
  const { hostname, port } = new URL(target)
  let down = false
  let refused = 0
  const sockets = new Set<Socket>()

  const server = createServer((request, response) => {
    if (down && request.url?.startsWith('/api/events')) {
      refused++
      request.socket.destroy()
      return
    }
    const upstream = httpRequest(
      { host: hostname, port, method: request.method, path: request.url, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      },
    )
    upstream.on('error', () => response.destroy())
    request.pipe(upstream)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  // The live link's WebSocket passes through untouched.
  server.on('upgrade', (request, socket: Socket, head: Buffer) => {
    const upstream = connect(Number(port), hostname, () => {
      upstream.write(requestHead(request))
      if (head.length > 0) upstream.write(head)
      upstream.pipe(socket).pipe(upstream)
    })
    sockets.add(upstream)
    upstream.once('close', () => sockets.delete(upstream))
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${address.port}`,
    setApiDown: (value) => {
      down = value
    },
    refused: () => refused,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
