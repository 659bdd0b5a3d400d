import { describe, expect, it } from 'vitest'
import { configFromEnv } from '../../../src/server/config'
import { lanIPv4Addresses, lanUrls } from '../../../src/server/lan-urls'

describe('configFromEnv', () => {
  it('has the documented defaults', () => {
    expect(configFromEnv({})).toEqual({
      port: 8080,
      httpsPort: 8443,
      host: '0.0.0.0',
      dataDir: './data',
      staffTokenTtlMs: 12 * 60 * 60 * 1000,
      retentionDays: 365,
      staticDir: './dist',
      rateLimitPerMinute: 600,
      eventsPerMinute: 5000,
      eventsPerDay: 200_000,
      minFreeDiskMb: 256,
      maxConnections: 512,
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 10_000,
      logger: true,
    })
  })

  it('reads every variable', () => {
    expect(
      configFromEnv({
        PORT: '0',
        HTTPS_PORT: '9443',
        HOST: '127.0.0.1',
        DATA_DIR: '/var/lib/digidel',
        TLS_CERT: '/etc/cert.pem',
        TLS_KEY: '/etc/key.pem',
        STAFF_PIN: '864213',
        RETENTION_DAYS: '90',
        STATIC_DIR: 'build',
        RATE_LIMIT_PER_MINUTE: '60',
        EVENTS_PER_MINUTE: '1000',
        EVENTS_PER_DAY: '50000',
        MIN_FREE_DISK_MB: '1024',
        MAX_CONNECTIONS: '100',
        PUBLIC_ORIGIN: 'https://digidel.example/some/path',
        LOGGER: 'off',
      }),
    ).toEqual({
      port: 0,
      httpsPort: 9443,
      host: '127.0.0.1',
      dataDir: '/var/lib/digidel',
      tlsCert: '/etc/cert.pem',
      tlsKey: '/etc/key.pem',
      staffPin: '864213',
      staffTokenTtlMs: 12 * 60 * 60 * 1000,
      retentionDays: 90,
      staticDir: 'build',
      rateLimitPerMinute: 60,
      eventsPerMinute: 1000,
      eventsPerDay: 50_000,
      minFreeDiskMb: 1024,
      maxConnections: 100,
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 10_000,
      publicOrigin: 'https://digidel.example',
      logger: false,
    })
  })

  it('turns HTTPS and the app off on request', () => {
    expect(configFromEnv({ HTTPS_PORT: 'off', STATIC_DIR: 'none' })).toMatchObject({
      httpsPort: null,
      staticDir: null,
    })
    expect(configFromEnv({ HTTPS_PORT: '0' }).httpsPort).toBe(0)
  })

  it.each([
    [{ PORT: '80000' }, /PORT must be a port number/],
    [{ HTTPS_PORT: 'abc' }, /HTTPS_PORT must be a port number/],
    [{ RETENTION_DAYS: '0' }, /RETENTION_DAYS must be a whole number/],
    [{ RATE_LIMIT_PER_MINUTE: '1.5' }, /RATE_LIMIT_PER_MINUTE/],
    [{ TLS_CERT: '/etc/cert.pem' }, /TLS_CERT and TLS_KEY must be given together/],
    [{ PUBLIC_ORIGIN: 'digidel' }, /PUBLIC_ORIGIN must be an absolute URL/],
    [{ PUBLIC_ORIGIN: 'ftp://digidel.example' }, /PUBLIC_ORIGIN must start with http/],
    [{ STAFF_PIN: '1234' }, /STAFF_PIN must be 6 to 64 digits/],
    [{ STAFF_PIN: '12345' }, /STAFF_PIN must be 6 to 64 digits/],
    [{ STAFF_PIN: 'abcdef' }, /STAFF_PIN must be 6 to 64 digits/],
    [{ EVENTS_PER_MINUTE: '0' }, /EVENTS_PER_MINUTE must be a whole number/],
    [{ MAX_CONNECTIONS: 'many' }, /MAX_CONNECTIONS must be a whole number/],
  ])('refuses %o with a clear message', (env, message) => {
    expect(() => configFromEnv(env)).toThrow(message)
  })
})

describe('LAN URLs', () => {
  it('lists non-internal IPv4 addresses as HTTPS URLs', () => {
    const interfaces = {
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
      eth0: [
        { address: '192.168.1.20', family: 'IPv4', internal: false },
        { address: 'fe80::1', family: 'IPv6', internal: false },
      ],
      wlan0: [{ address: '10.0.0.5', family: 'IPv4', internal: false }],
    } as unknown as Parameters<typeof lanIPv4Addresses>[0]
    const addresses = lanIPv4Addresses(interfaces)
    expect(addresses).toEqual(['192.168.1.20', '10.0.0.5'])
    expect(lanUrls(8443, addresses)).toEqual(['https://192.168.1.20:8443/', 'https://10.0.0.5:8443/'])
  })
})
