import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { apiError } from './errors'

/**
 * Serves the built app from `staticDir` (when the folder exists) with a single-page fallback: a GET outside
 * `/api/` whose last path segment has no file extension (a client-side route such as `/staff`) answers
 * `index.html`. Anything else unknown is a JSON 404. Returns whether the app is served.
 */
export async function serveApp(app: FastifyInstance, staticDir: string | null): Promise<boolean> {
  const root = staticDir === null ? null : resolve(staticDir)
  const served = root !== null && isDirectory(root) && existsSync(resolve(root, 'index.html'))
  if (served) {
    await app.register(fastifyStatic, {
      root,
      cacheControl: false,
      // Vite fingerprints everything under assets/; the rest (index.html first) must be checked each time.
      setHeaders(res, path) {
        res.setHeader(
          'cache-control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        )
      },
    })
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/'
    const isApi = path === '/api' || path.startsWith('/api/')
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !isApi
    const lastSegment = path.slice(path.lastIndexOf('/') + 1)
    if (served && isPage && !lastSegment.includes('.')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false })
    }
    return reply
      .status(404)
      .send(apiError(404, `no such ${isApi ? 'endpoint' : 'file'}: ${request.method} ${path.slice(0, 100)}`))
  })
  return served
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
