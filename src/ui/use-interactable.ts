import { useKit } from './kit/kit-context'
import type { ThreeEvent } from '@react-three/fiber'
import { useLayoutEffect, useRef, useState, type RefObject } from 'react'
import type { Object3D } from 'three'
import { useHasFocus, useInteractableRegistry } from './interactable-context'
import type { InteractableRole } from './interactable-registry'

/** What makes a 3D element usable: its id, accessible role and name, and what it does. */
export interface InteractableOptions {
  /** Stable id, used by task files, telemetry and tests. */
  id: string
  /** Accessible name in the current language. */
  name: string
  /** @default 'button' */
  role?: InteractableRole
  /** @default true */
  enabled?: boolean
  /** For roles 'radio' and 'checkbox'. */
  checked?: boolean
  /** The larger control it belongs to, e.g. a keypad for its keys. */
  group?: string
  /** Runs on a click, a tap, a trigger press, a pinch, a grab, or Enter on the DOM mirror. */
  onActivate: () => void
  /**
   * Runs instead when a disabled element is pressed, to say why it is not available (a day already taken).
   * Without it, pressing a disabled element does nothing.
   */
  onDisabledActivate?: () => void
}

/** Pointer handlers for the group that holds the element, and how it should look now. */
export interface InteractableState {
  handlers: {
    onClick: (event: ThreeEvent<MouseEvent>) => void
    onPointerOver: (event: ThreeEvent<PointerEvent>) => void
    onPointerOut: () => void
  }
  hovered: boolean
  /** The guide points at it: it is one of the current step's targets. */
  isTarget: boolean
  hasFocus: boolean
}

/** Whether the guide points at this id now: it is one of the current step's targets. */
export function useIsTarget(id: string): boolean {
  return useKit().targets.includes(id)
}

/**
 * One handler for every input (ray, hand, grab, mouse, touch, keyboard), registered with its role and name
 * so screen readers, the keyboard and tests find it too. `object` is the group whose position is the element's.
 */
export function useInteractable(
  object: RefObject<Object3D | null>,
  {
    id,
    name,
    role = 'button',
    enabled = true,
    checked,
    group,
    onActivate,
    onDisabledActivate,
  }: InteractableOptions,
  isPlaced?: () => boolean,
  /** Covered by an open dialog: not registered, and presses do nothing. @default false */
  inert = false,
  /** Its size in metres, for tools that need its outline on screen. */
  bounds?: () => { width: number; height: number },
): InteractableState {
  const activateRef = useRef(onActivate)
  const disabledRef = useRef(onDisabledActivate)
  const placedRef = useRef(isPlaced)
  const boundsRef = useRef(bounds)
  const registry = useInteractableRegistry()
  const isTarget = useIsTarget(id)
  const hasFocus = useHasFocus(id)
  const [hovered, setHovered] = useState(false)

  useLayoutEffect(() => {
    activateRef.current = onActivate
    disabledRef.current = onDisabledActivate
    placedRef.current = isPlaced
    boundsRef.current = bounds
  })

  useLayoutEffect(() => {
    const target = object.current
    if (!target || inert) return
    return registry.register({
      id,
      name,
      role,
      enabled,
      checked,
      group,
      object: target,
      activate: () => (enabled ? activateRef.current() : disabledRef.current?.()),
      isPlaced: () => placedRef.current?.() ?? true,
      bounds: () => boundsRef.current?.() ?? { width: 0, height: 0 },
    })
  }, [registry, object, id, name, role, enabled, checked, group, inert])

  return {
    handlers: {
      onClick: (event) => {
        // Outside XR every intersected object gets the event: stop it, or one click counts twice.
        event.stopPropagation()
        if (inert) return
        if (enabled) activateRef.current()
        else disabledRef.current?.()
      },
      onPointerOver: (event) => {
        event.stopPropagation()
        if (inert) return
        setHovered(true)
        if (enabled && event.pointerType === 'mouse') document.body.style.cursor = 'pointer'
      },
      onPointerOut: () => {
        setHovered(false)
        document.body.style.cursor = ''
      },
    },
    hovered: hovered && enabled && !inert,
    isTarget: isTarget && enabled && !inert,
    hasFocus,
  }
}
