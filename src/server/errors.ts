import { STATUS_CODES } from 'node:http'
import type { FastifyError, FastifyInstance } from 'fastify'

/** The body of every error answer. */
export interface ApiError {
  /** The HTTP status text, e.g. `Bad Request`. */
  error: string
  /** What was wrong, in words. */
  message: string
}

/** An error answer body for a status code. */
export function apiError(statusCode: number, message: string): ApiError {
  return { error: STATUS_CODES[statusCode] ?? 'Error', message }
}

/**
 * Client errors (bad JSON, wrong content type, body too large, rate limits) keep their 4xx status and get a
 * short message; anything else is a 500 that is logged and says nothing about the inside.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return reply.status(status).send(apiError(status, clientMessage(error)))
    }
    request.log.error({ err: error }, 'request failed')
    return reply.status(500).send(apiError(500, 'the server could not handle this request'))
  })
}

function clientMessage(error: FastifyError): string {
  // JSON.parse messages quote part of the input: keep them short.
  const message = error.message.length > 200 ? `${error.message.slice(0, 199)}…` : error.message
  return message === '' ? (STATUS_CODES[error.statusCode ?? 400] ?? 'bad request') : message
}
