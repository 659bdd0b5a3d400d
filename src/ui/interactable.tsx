import { useRef, type ReactNode } from 'react'
import type { Group } from 'three'
import { HighlightFrame } from './highlight-frame'
import { useInteractable, type InteractableOptions } from './use-interactable'
import { type Vec3, mutableVec3 } from '../domain/vec3'

/** Props of an interactive 3D object that is not part of a laid-out panel (a paper, a book). */
export interface InteractableProps extends InteractableOptions {
  /** Width and height in metres, for the highlight and focus frames. */
  size: readonly [number, number]
  position?: Vec3
  rotation?: Vec3
  children: ReactNode | ((state: { hovered: boolean }) => ReactNode)
}

/** Any object the visitor can use, outside the panels: one handler for every input, with its frames. */
export function Interactable({ size, position, rotation, children, ...options }: InteractableProps) {
  const group = useRef<Group>(null)
  const [width, height] = size
  const { handlers, hovered, isTarget, hasFocus } = useInteractable(group, options, undefined, false, () => ({
    width,
    height,
  }))
  return (
    <group
      ref={group}
      name={options.id}
      position={position && mutableVec3(position)}
      rotation={rotation && mutableVec3(rotation)}
      {...handlers}
    >
      {typeof children === 'function' ? children({ hovered }) : children}
      {isTarget && <HighlightFrame size={size} kind="target" />}
      {hasFocus && <HighlightFrame size={size} kind="focus" />}
    </group>
  )
}
