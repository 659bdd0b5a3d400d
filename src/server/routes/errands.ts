import type {} from '@fastify/rate-limit'
import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify'
import { z } from 'zod'
import type { ErrandProblems } from '../../errands/check-errand'
import { telemetryIdSchema } from '../../telemetry/telemetry-id'
import type { AppDeps } from '../deps'
import { apiError } from '../errors'
import { requireStaff } from '../staff-transport'

/** The largest errand file taken: a package is at most 256 KiB, texts in four languages included. */
export const ERRAND_BODY_LIMIT = 256 * 1024

/** A version's optional note, given as `note` beside the file's own fields: one line of plain text. */
const noteSchema = z
  .string()
  .trim()
  .max(280)
  .regex(/^[^\p{Cc}<>]*$/u, 'one line of plain text')
  .optional()
const bodyNote = z.object({ note: noteSchema })
const idParams = z.strictObject({ id: telemetryIdSchema })
const versionSchema = z.number().int().min(1).max(1_000_000)
const rollbackBody = z.strictObject({ version: versionSchema })
const previewBody = z.strictObject({ stationId: z.uuid(), file: z.unknown() })
const endPreviewBody = z.strictObject({ stationId: z.uuid() })
const exportQuery = z.strictObject({ version: z.coerce.number().pipe(versionSchema).optional() })

/** A 400 whose problems are listed by file, as the studio shows them beside its fields. */
function refuse(
  reply: FastifyReply,
  problems: ErrandProblems,
  message = 'the errand does not pass the checks',
) {
  return reply.status(400).send({ ...apiError(400, message), problems })
}

/** Zod issues as the problems of one part of the request. */
function issuesOf(part: string, error: z.ZodError): ErrandProblems {
  return {
    [part]: error.issues.map((issue) => ({
      path: issue.path.map((step) => (typeof step === 'number' ? step : String(step))),
      message: issue.message,
    })),
  }
}

/**
 * The authored errands' API (see docs/errands.md, "Publishing"). Public: `GET /api/errands`, what stations run.
 * Everything under `/api/staff/errands` needs a staff token, like the other staff routes; a body that fails is
 * answered 400 with `{ error, message, problems: { [file]: [{ path, message }] } }` and nothing is stored.
 */
export const errandRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const { errands, config } = deps
  app.get(
    '/api/errands',
    { config: { rateLimit: { max: config.rateLimitPerMinute, timeWindow: 60_000 } } },
    async () => ({ errands: await errands.published() }),
  )
  await app.register(async (staff) => staffErrandRoutes(staff, deps))
}

async function staffErrandRoutes(
  app: FastifyInstance,
  { errands, staffAuth, config, stations }: AppDeps,
): Promise<void> {
  requireStaff(app, config, staffAuth)
  // A body that is not JSON, or too large, is refused in the same shape as a file that fails its checks.
  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode
    if (status === 400 || status === 413 || status === 415) {
      const message =
        status === 413 ? `an errand file is at most ${ERRAND_BODY_LIMIT / 1024} KiB` : error.message
      return reply
        .status(status)
        .send({ ...apiError(status, message), problems: { '(file)': [{ path: [], message }] } })
    }
    if (typeof status === 'number' && status > 400 && status < 500) {
      return reply.status(status).send(apiError(status, error.message))
    }
    request.log.error({ err: error }, 'request failed')
    return reply.status(500).send(apiError(500, 'the server could not handle this request'))
  })
  const writes = { bodyLimit: ERRAND_BODY_LIMIT, config: { rateLimit: { max: 60, timeWindow: 60_000 } } }

  app.get('/api/staff/errands', async () => ({ errands: await errands.authored() }))

  // The studio checks as staff type: more often than they publish.
  app.post(
    '/api/staff/errands/check',
    { bodyLimit: ERRAND_BODY_LIMIT, config: { rateLimit: { max: 600, timeWindow: 60_000 } } },
    async (request, reply) => {
      const result = errands.check(request.body)
      return 'problems' in result ? refuse(reply, result.problems) : { ok: true }
    },
  )

  /** Publishes or imports the body's file, with its optional note. */
  const storeRoute = (path: string, store: typeof errands.publish, publish: boolean) =>
    app.post(path, writes, async (request, reply) => {
      const body: unknown = request.body
      const note = bodyNote.safeParse(typeof body === 'object' && body !== null ? body : {})
      if (!note.success) return refuse(reply, issuesOf('(file)', note.error), 'note: one line of plain text')
      const result = await store(body, note.data.note || null)
      if ('problems' in result) return refuse(reply, result.problems)
      return reply
        .status(201)
        .send({ id: result.id, version: result.version, status: publish ? 'published' : 'unpublished' })
    })
  storeRoute('/api/staff/errands/publish', errands.publish, true)
  storeRoute('/api/staff/errands/import', errands.importDraft, false)

  app.post('/api/staff/errands/:id/rollback', writes, async (request, reply) => {
    const params = idParams.safeParse(request.params)
    if (!params.success) return reply.status(404).send(apiError(404, 'no such errand'))
    const body = rollbackBody.safeParse(request.body)
    if (!body.success)
      return refuse(reply, issuesOf('(body)', body.error), 'expected { "version": <number> }')
    const { id } = params.data
    const outcome = await errands.publishStored(id, body.data.version)
    if (outcome === 'missing')
      return reply.status(404).send(apiError(404, `errand "${id}" has no version ${body.data.version}`))
    if (outcome !== 'published')
      return refuse(reply, outcome.problems, 'this version no longer passes the checks')
    return { id, version: body.data.version, status: 'published' }
  })

  app.post('/api/staff/errands/:id/unpublish', writes, async (request, reply) => {
    const params = idParams.safeParse(request.params)
    if (!params.success) return reply.status(404).send(apiError(404, 'no such errand'))
    if (!(await errands.unpublish(params.data.id)))
      return reply.status(404).send(apiError(404, `errand "${params.data.id}" is not published`))
    return { id: params.data.id, version: null, status: 'unpublished' }
  })

  // A preview by HTTP: any file a package may be, and its problems answered here, before it reaches the station.
  app.post('/api/staff/errands/preview', writes, async (request, reply) => {
    const body = previewBody.safeParse(request.body)
    if (!body.success) return refuse(reply, issuesOf('(body)', body.error), 'expected { stationId, file }')
    const result = errands.check(body.data.file)
    if ('problems' in result) return refuse(reply, result.problems)
    if (!stations.send(body.data.stationId, { type: 'preview-errand', file: result.file }))
      return reply.status(404).send(apiError(404, 'that station is not connected'))
    return reply.status(202).send({ ok: true })
  })

  app.post('/api/staff/errands/preview/end', writes, async (request, reply) => {
    const body = endPreviewBody.safeParse(request.body)
    if (!body.success) return refuse(reply, issuesOf('(body)', body.error), 'expected { stationId }')
    if (!stations.send(body.data.stationId, { type: 'end-preview' }))
      return reply.status(404).send(apiError(404, 'that station is not connected'))
    return reply.status(202).send({ ok: true })
  })

  app.get('/api/staff/errands/:id/export', async (request, reply) => {
    const params = idParams.safeParse(request.params)
    const query = exportQuery.safeParse(request.query)
    if (!params.success) return reply.status(404).send(apiError(404, 'no such errand'))
    if (!query.success) return reply.status(400).send(apiError(400, 'version: expected a version number'))
    const found = await errands.exportFile(params.data.id, query.data.version)
    if (found === undefined) return reply.status(404).send(apiError(404, 'no such errand or version'))
    return reply
      .type('application/json; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="${params.data.id}-v${found.version}.digidel-errand.json"`,
      )
      .send(JSON.stringify(found.file, null, 2))
  })
}
