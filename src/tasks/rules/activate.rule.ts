import { z } from 'zod'
import { telemetryIdSchema } from '../../telemetry/telemetry-id'
import { COMPLETE, IGNORED, defineRule, mistake, uniqueCodes } from '../rule'

/** Done when the target is activated (pressed, clicked, grabbed); listed wrong targets are mistakes. */
export default defineRule({
  name: 'activate',
  params: z.strictObject({
    /** The interactable that completes the step. */
    target: z.string().min(1),
    /** Interactables that are a mistake to press here, with the mistake code of each. @default {} */
    wrongTargets: z.record(z.string(), telemetryIdSchema).optional(),
  }),
  mistakeCodes: (params) => uniqueCodes(Object.values(params.wrongTargets ?? {})),
  judge: (params, input) => {
    if (input.type !== 'activate') return IGNORED
    if (input.target === params.target) return COMPLETE
    const code = params.wrongTargets?.[input.target]
    return code ? mistake(code) : IGNORED
  },
})
