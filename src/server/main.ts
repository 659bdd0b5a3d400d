import { startServer } from './app'
import { configFromEnv } from './config'
import { lanUrls } from './lan-urls'

// `npm run serve`: starts the server from the environment and prints where to find it.

const SHUTDOWN_TIMEOUT_MS = 10_000

async function main(): Promise<void> {
  const server = await startServer(configFromEnv())
  const { port, httpsPort } = server.config
  const lines = ['', 'Digidel VR is running.', `  On this computer:   http://localhost:${port}/`]
  if (httpsPort === null) {
    lines.push('  Headsets:           HTTPS is off (HTTPS_PORT=off), so headsets cannot enter VR')
  } else {
    const urls = lanUrls(httpsPort)
    lines.push(
      urls.length === 0
        ? `  Headsets:           no network found; this computer: https://localhost:${httpsPort}/`
        : `  Headsets (LAN):     ${urls.join('\n                      ')}`,
    )
  }
  lines.push(`  Staff PIN:          ${server.staffPinFile ?? 'STAFF_PIN from the environment'}`, '')
  console.log(lines.join('\n'))

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.log(`${signal} again: exiting at once`)
      process.exit(1)
    }
    stopping = true
    console.log(`${signal}: shutting down`)
    setTimeout(() => {
      console.error('shutdown took too long: exiting')
      process.exit(1)
    }, SHUTDOWN_TIMEOUT_MS).unref()
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('shutdown failed:', error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error('Digidel VR could not start:', error instanceof Error ? error.message : error)
  process.exit(1)
})
