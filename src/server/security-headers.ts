import type { FastifyInstance } from 'fastify'

/**
 * Same-origin only: the app and every asset it loads come from this server. `blob:` and `data:` cover
 * three.js loaders and troika's text worker; `'wasm-unsafe-eval'` covers WebAssembly decoders. No HSTS: with a
 * self-signed certificate it would turn the headset's one-time warning into a page it cannot get past.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' blob: 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'xr-spatial-tracking=(self), camera=(), microphone=(), geolocation=(), payment=()',
}

/** Adds the security headers to every answer, and `no-store` to API answers, which hold visitor data. */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(HEADERS)) reply.header(name, value)
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store')
    return payload
  })
}
