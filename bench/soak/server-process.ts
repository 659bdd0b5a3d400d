// The real server as a child process on a fixed port, so the soak can kill it with SIGKILL, as a power cut or an
// out-of-memory kill would, and start it again where the stations will find it.

import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..', '..')

/** The staff PIN of the soak's server. */
export const SOAK_STAFF_PIN = '24681357'

/** A server the soak can kill and start again. */
export interface ServerProcess {
  /** e.g. `http://127.0.0.1:41234`, the same after a restart. */
  url: string
  /** Kills it with SIGKILL (no shutdown of any kind) and waits until it is gone. */
  kill(): Promise<void>
  /** Starts it again on the same port and data folder; resolves when it answers. */
  start(): Promise<void>
  /** Its resident memory in bytes now (Linux), or null when it is not running. */
  rssBytes(): number | null
  /** Stops it for good (SIGTERM). */
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`)).status < 500
  } catch {
    return false
  }
}

/** Starts `src/server/main.ts` in its own Node process (no tsx wrapper process, so the kill reaches it). */
export async function startServerProcess({
  dataDir,
  idleSeconds,
  staticDir = join(root, 'dist'),
}: {
  dataDir: string
  idleSeconds: number
  staticDir?: string
}): Promise<ServerProcess> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let child: ChildProcess | null = null
  const env = {
    ...process.env,
    PORT: String(port),
    HTTPS_PORT: 'off',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    STATIC_DIR: staticDir,
    STAFF_PIN: SOAK_STAFF_PIN,
    IDLE_SECONDS: String(idleSeconds),
    LOGGER: 'off',
  }
  const exited = (process: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (process.exitCode !== null || process.signalCode !== null) resolve()
      else process.once('exit', () => resolve())
    })
  const server: ServerProcess = {
    url,
    async start() {
      child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server/main.ts')], {
        cwd: root,
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
      })
      const deadline = Date.now() + 60_000
      while (!(await answers(url))) {
        if (Date.now() > deadline) throw new Error(`the server did not answer at ${url}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    },
    async kill() {
      if (!child) return
      const dying = exited(child)
      child.kill('SIGKILL')
      await dying
      child = null
    },
    rssBytes() {
      if (!child?.pid) return null
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
        const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1]
        return kb === undefined ? null : Number(kb) * 1024
      } catch {
        return null
      }
    },
    async stop() {
      if (!child) return
      const stopping = exited(child)
      child.kill('SIGTERM')
      await stopping
      child = null
    },
  }
  await server.start()
  return server
}
