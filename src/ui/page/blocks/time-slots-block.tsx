import { offeredTimes } from '../../../tasks/rules/pick-time.rule'
import { Box } from '../../kit/box'
import { TimeSlots } from '../../kit/time-slots'
import { useTheme } from '../../use-theme'
import { usePageEnv } from '../page-env'
import type { BlockOf } from '../../../errands/page-schema'

/** The times of the step's `pick-time` rule; a taken one is sent as it is, so the task explains it. */
export function TimeSlotsBlock({ block }: { block: BlockOf<'time-slots'> }) {
  const theme = useTheme()
  const env = usePageEnv()
  const rule = env.step?.complete
  const slots =
    rule?.rule === 'pick-time' && rule.params.field === block.field ? offeredTimes(rule.params) : []
  const chosen = env.entries[block.field]
  const pick = (time: string) => env.actions.setEntry(block.field, time)
  return (
    // Free times are white: a tinted card keeps them visible on the page's white.
    <Box background={theme.color.secondary} style={{ padding: theme.space.s }}>
      <TimeSlots
        id={block.id}
        slots={slots}
        selected={typeof chosen === 'string' && chosen !== '' ? chosen : null}
        nameOf={(slot) => env.t(slot.taken ? block.taken : block.free, { time: slot.time })}
        onPick={pick}
        onPickTaken={(time) => {
          // Sent as it is, so the task explains that the time is taken; then the field is empty again.
          pick(time)
          env.actions.submit()
          pick('')
        }}
      />
    </Box>
  )
}
