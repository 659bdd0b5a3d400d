import { useStore } from 'zustand'
import { HeadFollower } from '../ui/head-follower'
import { useApp } from '../state/store-context'
import { Panel } from '../ui/kit/panel'
import { Text } from '../ui/kit/text'
import { useNarrator } from './narration-context'
import type { Narrator } from './narrator'

/** Near the line of sight: 0.8 m ahead and about 20° below it, clear of the work ahead. */
const DISTANCE = 0.8
const DROP = 0.29
const WIDTH = 0.62

/** In VR, whatever is read aloud is also shown as a caption that stays in front of the visitor. */
export function CaptionPanel() {
  const narrator = useNarrator()
  const vr = useApp((state) => state.mode === 'vr')
  if (!narrator || !vr) return null
  return <Caption narrator={narrator} />
}

function Caption({ narrator }: { narrator: Narrator }) {
  const caption = useStore(narrator.state, (state) => state.caption)
  if (!caption) return null
  return (
    <HeadFollower distance={DISTANCE} drop={DROP}>
      <Panel width={WIDTH}>
        <Text align="center">{caption.caption}</Text>
      </Panel>
    </HeadFollower>
  )
}
