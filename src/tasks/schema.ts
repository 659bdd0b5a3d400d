import { z } from 'zod'
import { telemetryIdSchema } from '../telemetry/telemetry-id'
import { MODES } from '../domain/visit-options'
import { idSchema, textKeySchema as textKey } from './ids'
import { mistakeCodesOf, stepRuleSchema } from './rule-registry'

/** Task, scene and step ids travel in telemetry, so they take telemetry's one id shape (no dots). */
const id = telemetryIdSchema

/** When hints appear by themselves. */
export const hintTimingSchema = z.strictObject({
  /** Seconds without any input on a step before the next hint shows. */
  idleSeconds: z.number().positive(),
  /** Mistakes on a step after which the next hint shows (and again after as many more). */
  mistakes: z.number().int().positive(),
})

/** One guided step: what to do, what to highlight, how it is checked, and help when stuck. */
export const stepSchema = z
  .strictObject({
    id,
    /** Key of the instruction text, shown for the whole step. */
    textKey,
    /**
     * Key of a short name for the step ("Log in", "The parcel message"), offered as a chip when the visitor says
     * what was hardest. Steps with the same name are one chip.
     */
    labelKey: textKey.optional(),
    /** Interactables to highlight: the ones the visitor should use now. */
    targets: z.array(idSchema).min(1),
    /**
     * Reading material the visitor needs in view during the step besides the targets (the bill while its numbers
     * are typed): a screen keeps it in the picture.
     */
    show: z.array(idSchema).default([]),
    /**
     * Finding the right target is the exercise (which part of a message gives a scam away): the targets then
     * frame where to look, and the answer itself is not highlighted. @default false
     */
    findTarget: z.boolean().default(false),
    /** The named completion rule and its parameters. */
    complete: stepRuleSchema,
    /** Hint text keys, from gentle to explicit, shown one at a time. */
    hints: z.array(textKey).min(1),
    /** Overrides the task's hint timing for this step. */
    hintAfter: hintTimingSchema.optional(),
    /** Friendly feedback text key for each mistake code the rule can report. */
    feedback: z.record(telemetryIdSchema, textKey).default({}),
    /** What the scene shows during this step (the scene's own vocabulary, e.g. a screen name). */
    stage: z.string().min(1),
  })
  .superRefine((step, ctx) => {
    const missing = mistakeCodesOf(step.complete).filter((code) => !(code in step.feedback))
    for (const code of missing) {
      ctx.addIssue({
        code: 'custom',
        path: ['feedback', code],
        message: `no feedback text for mistake "${code}"`,
      })
    }
  })

/** A guided task: data run by the task engine. */
export const taskSchema = z
  .strictObject({
    id,
    /** The scene folder the task takes place in. */
    scene: id,
    titleKey: textKey,
    summaryKey: textKey,
    /**
     * Where the task can be done: a headset lesson (pull the trigger) makes no sense on a screen. The lobby lists
     * a task only where it can be done. @default every mode
     */
    modes: z
      .array(z.enum(MODES))
      .min(1)
      .default([...MODES]),
    /** Default hint timing for every step. */
    hintAfter: hintTimingSchema,
    /** What the scene shows once the task is completed. */
    completedStage: z.string().min(1),
    /** Text key shown when the task is completed. */
    completedTextKey: textKey,
    steps: z.array(stepSchema).min(1),
  })
  .superRefine((task, ctx) => {
    const seen = new Set<string>()
    task.steps.forEach((step, index) => {
      if (seen.has(step.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'id'],
          message: `duplicate step id "${step.id}"`,
        })
      }
      seen.add(step.id)
    })
  })

export type TaskDefinition = z.output<typeof taskSchema>
export type TaskDefinitionInput = z.input<typeof taskSchema>
export type StepDefinition = z.output<typeof stepSchema>
/** A step as a task file writes it. */
export type StepDefinitionInput = z.input<typeof stepSchema>
export type HintTiming = z.output<typeof hintTimingSchema>

/** Types a task file; validation happens when the app starts and in the unit tests. */
export function defineTask(task: TaskDefinitionInput): TaskDefinitionInput {
  return task
}
