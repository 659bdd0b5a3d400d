import { Stack } from '../../kit/box'
import { Button } from '../../kit/button'
import { useTheme } from '../../use-theme'
import { usePageEnv } from '../page-env'
import type { BlockOf } from '../page-schema'
import { resolveValue } from '../page-values'

/** An inbox: a row per message, newest first as written, each a control that opens it. */
export function MessagesBlock({ block }: { block: BlockOf<'messages'> }) {
  const theme = useTheme()
  const env = usePageEnv()
  return (
    <Stack gap={theme.space.s}>
      {block.messages.map((message) => {
        const id = `${block.id}.${message.id}`
        const from = resolveValue(env, message.from)
        const subject = resolveValue(env, message.subject)
        const date = message.date === undefined ? '' : ` · ${resolveValue(env, message.date)}`
        return (
          <Button
            key={id}
            id={id}
            label={`${from}${date}\n${subject}`}
            name={`${from}${date}: ${subject}`}
            variant={message.unread ? 'primary' : 'secondary'}
            style={{ width: '100%', justifyContent: 'start' }}
            onActivate={() => env.actions.activate(id)}
          />
        )
      })}
    </Stack>
  )
}
