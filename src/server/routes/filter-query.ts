import type { FastifyReply, FastifyRequest } from 'fastify'
import { apiError } from '../errors'
import { parseEventFilter } from '../event-filter'
import type { EventFilter } from '../event-filter'

/** The filter of `?from=&to=&site=&task=`, or null after answering 400 with what was wrong. */
export function filterOrReply(request: FastifyRequest, reply: FastifyReply): EventFilter | null {
  const parsed = parseEventFilter(request.query)
  if ('error' in parsed) {
    void reply.status(400).send(apiError(400, parsed.error))
    return null
  }
  return parsed.filter
}
