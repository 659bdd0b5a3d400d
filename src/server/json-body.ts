import type { FastifyInstance } from 'fastify'

/**
 * Reads `application/json` and `text/plain` bodies of the routes in this Fastify scope with plain `JSON.parse`.
 * Keys such as `__proto__` stay ordinary own properties (JSON.parse never sets a prototype) and the schema then
 * refuses them as unknown fields of the one event that has them, instead of failing the whole batch. Nothing
 * here merges input into other objects. Non-JSON answers 400 with the parser's reason.
 */
export function acceptJsonBodies(app: FastifyInstance, bodyLimit: number): void {
  app.removeContentTypeParser(['application/json', 'text/plain'])
  app.addContentTypeParser(
    ['application/json', 'text/plain'],
    { parseAs: 'string', bodyLimit },
    (_request, body: string | Buffer, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8')
      if (text.trim() === '') {
        done(Object.assign(new Error('the body is empty: expected JSON'), { statusCode: 400 }), undefined)
        return
      }
      try {
        done(null, JSON.parse(text))
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        const clipped = reason.length > 120 ? `${reason.slice(0, 119)}…` : reason
        done(
          Object.assign(new Error(`the body is not valid JSON: ${clipped}`), { statusCode: 400 }),
          undefined,
        )
      }
    },
  )
}
