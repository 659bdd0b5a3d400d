import { THEME } from '../theme'
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
  /** Space between options. @default THEME.space.s */
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
  gap = THEME.space.s,
}: ChoiceListProps) {
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
                ? { base: '#d9e6fb', hover: '#c8dbfa' }
                : { base: THEME.color.secondary, hover: THEME.color.secondaryHover }
            }
            style={{
              flexDirection: 'row',
              alignItems: 'center',
              gap: THEME.space.m,
              padding: { horizontal: THEME.space.m, vertical: THEME.space.s },
              minHeight: 0.065,
            }}
            onActivate={() => onSelect(choice.id)}
          >
            <Box
              background={chosen ? THEME.color.primary : '#ffffff'}
              radius={mode === 'single' ? MARKER / 2 : 0.008}
              style={{ width: MARKER, height: MARKER, alignItems: 'center', justifyContent: 'center' }}
            >
              {chosen && ranked && (
                <Text size="small" bold color={THEME.color.onStrong} nowrap>
                  {String(rank + 1)}
                </Text>
              )}
              {chosen && !ranked && (
                <Mark
                  kind={mode === 'single' ? 'dot' : 'tick'}
                  size={MARKER * (mode === 'single' ? 0.8 : 0.8)}
                  color={THEME.color.onStrong}
                />
              )}
            </Box>
            <Stack gap={0.004} style={{ flexShrink: 1, flexGrow: 1 }}>
              <Text bold={chosen}>{choice.label}</Text>
              {choice.detail !== undefined && (
                <Text size="small" color={THEME.color.mutedText}>
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
