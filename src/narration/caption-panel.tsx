import { useStore } from 'zustand'
import { HeadFollower } from '../ui/head-follower'
import { useApp } from '../state/store-context'
import { Panel } from '../ui/kit/panel'
import { Text } from '../ui/kit/text'
import type { Pose } from '../ui/workplace'
import { useNarrator } from './narration-context'
import type { Narrator } from './narrator'

/** Without a place of its own: near the line of sight, 0.8 m ahead and about 20° below it. */
const DISTANCE = 0.8
const DROP = 0.29
const WIDTH = 0.62

/** The caption's group is named, so a test can find what it covers. */
export const CAPTION_NAME = 'caption'

/**
 * In VR, whatever is read aloud is also shown as a caption: at the scene's place for it (`place`, its lower edge,
 * above the page being used, so it covers nothing the visitor works with), or else in front of the visitor.
 */
export function CaptionPanel({ place }: { place?: Pose | undefined }) {
  const narrator = useNarrator()
  const vr = useApp((state) => state.mode === 'vr')
  if (!narrator || !vr) return null
  return <Caption narrator={narrator} place={place} />
}

function Caption({ narrator, place }: { narrator: Narrator; place: Pose | undefined }) {
  const caption = useStore(narrator.state, (state) => state.caption)
  if (!caption) return null
  const text = <Text align="center">{caption.caption}</Text>
  if (place)
    return (
      <group name={CAPTION_NAME}>
        <Panel position={place.position} rotation={place.rotation} anchor="bottom" width={WIDTH}>
          {text}
        </Panel>
      </group>
    )
  return (
    <HeadFollower distance={DISTANCE} drop={DROP}>
      <group name={CAPTION_NAME}>
        <Panel width={WIDTH}>{text}</Panel>
      </group>
    </HeadFollower>
  )
}
