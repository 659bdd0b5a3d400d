import type { ThreeEvent } from '@react-three/fiber'
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import type { Group } from 'three'
import { useApp } from '../state/store-context'
import { selectTargets } from '../state/selectors'
import { HighlightFrame } from './highlight-frame'
import { useHasFocus, useInteractableRegistry } from './interactable-context'
import type { InteractableRole } from './interactable-registry'

/** Props shared by every interactive element. */
export interface InteractableProps {
  /** Stable id, used by task files, telemetry and tests. */
  id: string
  /** Accessible name in the current language. */
  name: string
  /** @default 'button' */
  role?: InteractableRole
  /** @default true */
  enabled?: boolean
  /** For role 'radio'. */
  checked?: boolean
  /** Width and height in metres, for the highlight and focus frames. */
  size: readonly [number, number]
  position?: readonly [number, number, number]
  rotation?: readonly [number, number, number]
  /** Runs on a click, a trigger press, a pinch, a grab, or Enter on the DOM mirror. */
  onActivate: () => void
  children: ReactNode | ((state: { hovered: boolean }) => ReactNode)
}

/**
 * Anything the visitor can use: one handler for every input (ray, hand, grab, mouse, touch,
 * keyboard), registered with its role and name so screen readers and tests find it too.
 */
export function Interactable({
  id,
  name,
  role = 'button',
  enabled = true,
  checked,
  size,
  position,
  rotation,
  onActivate,
  children,
}: InteractableProps) {
  const group = useRef<Group>(null)
  const activateRef = useRef(onActivate)
  const registry = useInteractableRegistry()
  const isTarget = useApp((state) => selectTargets(state).includes(id))
  const hasFocus = useHasFocus(id)
  const [hovered, setHovered] = useState(false)

  useLayoutEffect(() => {
    activateRef.current = onActivate
  })

  useLayoutEffect(() => {
    const object = group.current
    if (!object) return
    return registry.register({
      id,
      name,
      role,
      enabled,
      checked,
      object,
      activate: () => enabled && activateRef.current(),
    })
  }, [registry, id, name, role, enabled, checked])

  const onClick = (event: ThreeEvent<MouseEvent>) => {
    // Outside XR every intersected object gets the event: stop it, or one click counts twice.
    event.stopPropagation()
    if (enabled) activateRef.current()
  }
  const onPointerOver = (event: ThreeEvent<PointerEvent>) => {
    event.stopPropagation()
    setHovered(true)
    if (enabled && event.pointerType === 'mouse') document.body.style.cursor = 'pointer'
  }
  const onPointerOut = () => {
    setHovered(false)
    document.body.style.cursor = ''
  }

  return (
    <group
      ref={group}
      name={id}
      position={position as [number, number, number] | undefined}
      rotation={rotation as [number, number, number] | undefined}
      onClick={onClick}
      onPointerOver={onPointerOver}
      onPointerOut={onPointerOut}
    >
      {typeof children === 'function' ? children({ hovered: hovered && enabled }) : children}
      {isTarget && enabled && <HighlightFrame size={size} kind="target" />}
      {hasFocus && <HighlightFrame size={size} kind="focus" />}
    </group>
  )
}
