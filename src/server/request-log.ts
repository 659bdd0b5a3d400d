import { LogController } from 'fastify'
import type { FastifyReply, FastifyRequest } from 'fastify'

/**
 * One log line per request instead of Fastify's two ("incoming request" and "request completed"): the method, the
 * URL, the status and the time taken, written when the answer has gone. Under a city's ingest the request log was
 * the main thread's largest cost after the database; halving it halves that. Errors are logged as before.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (this.isLogDisabled(request)) return
    const line = { req: request, res: reply, responseTime: reply.elapsedTime }
    if (error) reply.log.error({ ...line, err: error }, 'request errored')
    else reply.log.info(line, 'request')
  }
}
