import { Row } from '../../kit/box'
import { Button } from '../../kit/button'
import { TargetGroup } from '../../kit/target-group'
import { useTheme } from '../../use-theme'
import { usePageEnv } from '../page-env'
import type { BlockOf } from '../../../errands/page-schema'
import { resolveValue } from '../page-values'

/** An inbox: a row per message, each a control that opens it, with a report button beside it where asked. */
export function MessagesBlock({ block }: { block: BlockOf<'messages'> }) {
  const theme = useTheme()
  const env = usePageEnv()
  return (
    // One group, so a step can point at the whole inbox when finding the right message is the exercise.
    <TargetGroup id={block.id} style={{ flexDirection: 'column', gap: theme.space.s }}>
      {block.messages.map((message) => {
        const id = `${block.id}.${message.id}`
        const from = resolveValue(env, message.from)
        const subject = resolveValue(env, message.subject)
        const date = message.date === undefined ? '' : ` · ${resolveValue(env, message.date)}`
        return (
          <Row key={id} wrap gap={theme.space.s} align="stretch" style={{ rowGap: theme.space.xs }}>
            <Button
              id={id}
              label={`${from}${date}\n${subject}`}
              name={`${from}${date}: ${subject}`}
              group={block.id}
              variant={message.unread ? 'primary' : 'secondary'}
              style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0.34 }}
              onActivate={() => env.actions.activate(id)}
            />
            {block.report !== undefined && (
              <Button
                id={`${id}.report`}
                label={env.t(block.report)}
                name={`${env.t(block.report)}: ${subject}`}
                group={block.id}
                variant="danger"
                size="small"
                onActivate={() => env.actions.activate(`${id}.report`)}
              />
            )}
          </Row>
        )
      })}
    </TargetGroup>
  )
}
