import { useRef } from 'react'
import type { Mesh } from 'three'
import { useTranslate } from '../../src/state/use-translate'
import { selectStage } from '../../src/state/selectors'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { Box, Row, Stack } from '../../src/ui/kit/box'
import { Button } from '../../src/ui/kit/button'
import { Panel } from '../../src/ui/kit/panel'
import { Pressable } from '../../src/ui/kit/pressable'
import { TargetGroup } from '../../src/ui/kit/target-group'
import { Text } from '../../src/ui/kit/text'
import { useTheme } from '../../src/ui/use-theme'
import { messageParts, PHONE_IDS, PRACTICE_MESSAGES, type MessagePart } from './messages'

const CASE = 0.016
const SCREEN_WIDTH = 0.36

/** Where the task is: which message is on screen and what the visitor is asked about it. */
function useMessageStage(): { messageId: string | null; phase: 'verdict' | 'sign' | 'explain' | null } {
  const stage = useApp(selectStage)
  const [messageId = null, phase = null] = stage?.split('.') ?? []
  return { messageId, phase: phase as 'verdict' | 'sign' | 'explain' | null }
}

/**
 * The visitor's phone, large enough to read: one message at a time, each part of it something to point at, with
 * "Safe" and "Scam" below. After the answer, the part that gave the scam away stays marked in red.
 */
export function MessagePhone({
  position,
  rotation,
}: {
  position: readonly [number, number, number]
  rotation: readonly [number, number, number]
}) {
  const theme = useTheme()
  const t = useTranslate()
  const store = useAppStoreApi()
  const body = useRef<Mesh>(null)
  const { messageId, phase } = useMessageStage()
  const message = PRACTICE_MESSAGES.find((candidate) => candidate.id === messageId)
  const activate = (id: string) => () => store.getState().activate(id)
  return (
    <group position={position as [number, number, number]} rotation={rotation as [number, number, number]}>
      <mesh ref={body} position={[0, 0, -0.012]}>
        <boxGeometry args={[1, 1, 0.018]} />
        <meshStandardMaterial color={theme.color.device} roughness={0.4} />
      </mesh>
      <Panel
        width={SCREEN_WIDTH}
        padding={theme.space.m}
        gap={theme.space.m}
        background={theme.color.tint}
        radius={0.014}
        style={{ minHeight: 0.5 }}
        onResize={(width, height) => body.current?.scale.set(width + CASE * 2, height + CASE * 4, 1)}
      >
        <Text size="small" color={theme.color.mutedText} align="center">
          {t('home.practice')}
        </Text>
        {message ? (
          <>
            <Text bold color={theme.color.primary}>
              {t(`home.channel.${message.channel}`)}
            </Text>
            <TargetGroup style={{ gap: theme.space.xs }} id={PHONE_IDS.message}>
              {messageParts(message.id).map(({ part, textKey }) => (
                <Part
                  key={part}
                  part={part}
                  text={t(textKey)}
                  name={`${t(`home.part.${part}`)}: ${t(textKey)}`}
                  revealed={
                    phase === 'explain' &&
                    message.verdict === 'scam' &&
                    'sign' in message &&
                    message.sign === part
                  }
                  onPress={activate(PHONE_IDS.part(part))}
                />
              ))}
            </TargetGroup>
            {phase === 'verdict' && (
              // Side by side while both words fit; at the larger text sizes each takes its own line rather than
              // break a word ("احتيال") in two.
              <Row gap={theme.space.s} wrap style={{ rowGap: theme.space.s }}>
                <Button
                  id={PHONE_IDS.safe}
                  label={t('home.answer.safe')}
                  variant="success"
                  style={{ flexGrow: 1 }}
                  onActivate={activate(PHONE_IDS.safe)}
                />
                <Button
                  id={PHONE_IDS.scam}
                  label={t('home.answer.scam')}
                  variant="danger"
                  style={{ flexGrow: 1 }}
                  onActivate={activate(PHONE_IDS.scam)}
                />
              </Row>
            )}
            {phase === 'explain' && (
              <Button
                id={PHONE_IDS.next}
                label={t('home.next')}
                variant="primary"
                onActivate={activate(PHONE_IDS.next)}
              />
            )}
          </>
        ) : (
          <Box style={{ flexGrow: 1, justifyContent: 'center' }}>
            <Text size="large" align="center" color={theme.color.mutedText}>
              {t('home.task.title')}
            </Text>
          </Box>
        )}
      </Panel>
    </group>
  )
}

/** One part of a message, as something to point at: the sender, the text, a link, a deadline, a request. */
function Part({
  part,
  text,
  name,
  revealed,
  onPress,
}: {
  part: MessagePart
  text: string
  name: string
  revealed: boolean
  onPress: () => void
}) {
  const theme = useTheme()
  const link = part === 'link'
  return (
    <Pressable
      id={PHONE_IDS.part(part)}
      name={name}
      group={PHONE_IDS.message}
      colors={
        revealed
          ? { base: theme.color.feedback, hover: theme.color.feedback }
          : { base: theme.color.field, hover: theme.color.secondaryHover }
      }
      style={{ padding: theme.space.s, gap: 0.004 }}
      onActivate={onPress}
    >
      <Stack gap={0.004}>
        <Text
          size={part === 'sender' ? 'small' : 'body'}
          bold={part === 'sender' || part === 'request'}
          color={revealed ? theme.color.feedbackText : link ? theme.color.primary : theme.color.text}
        >
          {text}
        </Text>
      </Stack>
    </Pressable>
  )
}
