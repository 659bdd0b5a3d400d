import { join } from 'node:path'
import { startServer } from '../src/server/app'

const root = join(import.meta.dirname, '..')

/**
 * The server a bench script measures against: the built app from `staticDir` on a free local port, its data in a
 * folder of its own under `dist-bench/` (so a bench never touches a real branch's database).
 */
export function startBenchServer(name: string, staticDir: string): ReturnType<typeof startServer> {
  return startServer({
    port: 0,
    httpsPort: null,
    host: '127.0.0.1',
    logger: false,
    staffPin: '24681357',
    dataDir: join(root, 'dist-bench', `data-${name}`),
    staticDir,
  })
}
