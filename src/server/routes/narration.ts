import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { FastifyPluginAsync } from 'fastify'
import { isLocale } from '../../domain/locales'
import type { AppDeps } from '../deps'
import { apiError } from '../errors'
import { builtClips } from '../errands/narration-clips'

const CLIP_FILE = /^([a-z0-9]{1,16})\.ogg$/

/**
 * The offline voice's clips, as the app asks for them (`/narration/<locale>/manifest.json` and
 * `/narration/<locale>/<clip>.ogg`): the build's clips, and the clips made here for published errands' texts
 * (`<dataDir>/narration`). The list merges both, so a station's clip voice finds an authored text's clip too.
 */
export const narrationRoutes: FastifyPluginAsync<AppDeps> = async (app, { config, clips: clipMaker }) => {
  const clipsDir = clipMaker.dir
  app.get<{ Params: { locale: string } }>('/narration/:locale/manifest.json', async (request, reply) => {
    const { locale } = request.params
    if (!isLocale(locale)) return reply.status(404).send(apiError(404, 'no such language'))
    const clips = { ...(await builtClips(config.staticDir, locale)), ...(await clipMaker.clips(locale)) }
    return reply.header('cache-control', 'no-cache').send(clips)
  })

  app.get<{ Params: { locale: string; file: string } }>(
    '/narration/:locale/:file',
    async (request, reply) => {
      const { locale, file } = request.params
      if (!isLocale(locale) || !CLIP_FILE.test(file))
        return reply.status(404).send(apiError(404, 'no such clip'))
      const candidates = [
        join(clipsDir, locale, file),
        ...(config.staticDir === null ? [] : [join(config.staticDir, 'narration', locale, file)]),
      ]
      for (const path of candidates) {
        const found = await stat(path).catch(() => null)
        if (found?.isFile()) {
          // Named by the hash of their text: a clip never changes.
          return reply
            .type('audio/ogg')
            .header('content-length', String(found.size))
            .header('cache-control', 'public, max-age=31536000, immutable')
            .send(createReadStream(path))
        }
      }
      return reply.status(404).send(apiError(404, 'no such clip'))
    },
  )
}
