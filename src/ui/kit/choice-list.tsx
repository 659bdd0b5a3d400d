import { SPACE } from '../theme'
import { useTheme } from '../use-theme'
import { useMinTarget } from './button'
import { Box, Stack } from './box'
import { Mark } from './mark'
import { Pressable } from './pressable'
import { TargetGroup } from './target-group'
import { Text } from './text'

/** One option of a choice list. */
export interface Choice {
  /** Stable id, part of the option's interactable id `<list id>.<choice id>`. */
  id: string
  label: string
  /** A second, quieter line. */
  detail?: string
}

/** Props of a list of options. */
export interface ChoiceListProps {
  /** Id prefix of the options, and the id a step targets to point at the whole list. */
  id: string
  choices: readonly Choice[]
  /** 'single' is a radio list; 'multiple' a checkbox list. */
  mode: 'single' | 'multiple'
  /** The chosen option ids, in the order they were chosen. */
  selected: readonly string[]
  /** Multiple choice shows the order of choosing (1, 2, …): "in order of preference". @default false */
  ranked?: boolean
  onSelect: (choiceId: string) => void
  /** @default true */
  enabled?: boolean
  /** Space between options. @default theme.space.s */
  gap?: number
}

const MARKER = 0.045

/** Options as large rows, each with a radio dot, a tick, or its rank; the whole row is the target. */
export function ChoiceList({
  id,
  choices,
  mode,
  selected,
  ranked = false,
  onSelect,
  enabled = true,
  gap = SPACE.s,
}: ChoiceListProps) {
  const theme = useTheme()
  const minTarget = useMinTarget()
  return (
    <TargetGroup id={id} style={{ flexDirection: 'column', gap }}>
      {choices.map((choice) => {
        const rank = selected.indexOf(choice.id)
        const chosen = rank >= 0
        return (
          <Pressable
            key={choice.id}
            id={`${id}.${choice.id}`}
            name={choice.detail ? `${choice.label}, ${choice.detail}` : choice.label}
            role={mode === 'single' ? 'radio' : 'checkbox'}
            checked={chosen}
            group={id}
            enabled={enabled}
            colors={
              chosen
                ? { base: theme.color.chosenSoft, hover: theme.color.chosenSoftHover }
                : { base: theme.color.secondary, hover: theme.color.secondaryHover }
            }
            style={{
              flexDirection: 'row',
              alignItems: 'center',
              gap: theme.space.m,
              padding: { horizontal: theme.space.m, vertical: theme.space.s },
              minHeight: minTarget,
            }}
            onActivate={() => onSelect(choice.id)}
          >
            <Box
              background={chosen ? theme.color.primary : theme.color.field}
              radius={mode === 'single' ? MARKER / 2 : 0.008}
              style={{ width: MARKER, height: MARKER, alignItems: 'center', justifyContent: 'center' }}
            >
              {chosen && ranked && (
                <Text size="small" bold color={theme.color.onStrong} nowrap>
                  {String(rank + 1)}
                </Text>
              )}
              {chosen && !ranked && (
                <Mark
                  kind={mode === 'single' ? 'dot' : 'tick'}
                  size={MARKER * (mode === 'single' ? 0.8 : 0.8)}
                  color={theme.color.onStrong}
                />
              )}
            </Box>
            <Stack gap={0.004} style={{ flexShrink: 1, flexGrow: 1 }}>
              <Text bold={chosen}>{choice.label}</Text>
              {choice.detail !== undefined && (
                <Text size="small" color={theme.color.mutedText}>
                  {choice.detail}
                </Text>
              )}
            </Stack>
          </Pressable>
        )
      })}
    </TargetGroup>
  )
}
