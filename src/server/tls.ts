import { X509Certificate } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generate } from 'selfsigned'
import { lanIPv4Addresses } from './lan-urls'

/** A certificate and its private key, PEM encoded. */
export interface TlsFiles {
  cert: string
  key: string
  /** Where they came from, for the start-up log. */
  source: 'given' | 'generated' | 'reused'
}

const RENEW_BEFORE_MS = 7 * 24 * 60 * 60 * 1000

/**
 * The certificate for HTTPS: the files named by `TLS_CERT`/`TLS_KEY` when given; otherwise a self-signed one
 * kept in `dataDir/tls/`, generated on first start and reused after that, so a headset that has accepted it
 * once is not asked again. It is renewed only when it is about to expire.
 */
export async function loadOrCreateTls(options: {
  dataDir: string
  tlsCert?: string
  tlsKey?: string
}): Promise<TlsFiles> {
  if (options.tlsCert !== undefined && options.tlsKey !== undefined) {
    const [cert, key] = await Promise.all([
      readFile(options.tlsCert, 'utf8'),
      readFile(options.tlsKey, 'utf8'),
    ])
    return { cert, key, source: 'given' }
  }
  const dir = join(options.dataDir, 'tls')
  const certFile = join(dir, 'cert.pem')
  const keyFile = join(dir, 'key.pem')
  const existing = await Promise.all([readFile(certFile, 'utf8'), readFile(keyFile, 'utf8')]).catch(
    () => null,
  )
  if (existing !== null && stillValid(existing[0])) {
    return { cert: existing[0], key: existing[1], source: 'reused' }
  }
  const { cert, key } = await generateSelfSigned()
  await mkdir(dir, { recursive: true })
  await writeFile(keyFile, key, { mode: 0o600 })
  await writeFile(certFile, cert)
  return { cert, key, source: 'generated' }
}

function stillValid(certPem: string): boolean {
  try {
    const validTo = Date.parse(new X509Certificate(certPem).validTo)
    return validTo - Date.now() > RENEW_BEFORE_MS
  } catch {
    return false
  }
}

async function generateSelfSigned(): Promise<{ cert: string; key: string }> {
  const now = new Date()
  const notAfterDate = new Date(now)
  notAfterDate.setFullYear(now.getFullYear() + 5)
  const result = await generate([{ name: 'commonName', value: 'digidel-vr.local' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 2, value: 'digidel-vr.local' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
          ...lanIPv4Addresses().map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  })
  return { cert: result.cert, key: result.private }
}
