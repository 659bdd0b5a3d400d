import type { ThreeEvent } from '@react-three/fiber'
import { useLayoutEffect, useRef, useState, type RefObject } from 'react'
import type { Object3D } from 'three'
import { selectTargets } from '../state/selectors'
import { useApp } from '../state/store-context'
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
}

/** Pointer handlers for the group that holds the element, and how it should look now. */
export interface InteractableState {
  handlers: {
    onClick: (event: ThreeEvent<MouseEvent>) => void
    onPointerOver: (event: ThreeEvent<PointerEvent>) => void
    onPointerOut: () => void
  }
  hovered: boolean
  /** The guide points at it: the current step's target, or part of one. */
  isTarget: boolean
  hasFocus: boolean
}

/**
 * One handler for every input (ray, hand, grab, mouse, touch, keyboard), registered with its role and name
 * so screen readers, the keyboard and tests find it too. `object` is the group whose position is the element's.
 */
export function useInteractable(
  object: RefObject<Object3D | null>,
  { id, name, role = 'button', enabled = true, checked, group, onActivate }: InteractableOptions,
  isPlaced?: () => boolean,
): InteractableState {
  const activateRef = useRef(onActivate)
  const placedRef = useRef(isPlaced)
  const registry = useInteractableRegistry()
  const isTarget = useApp((state) => {
    const targets = selectTargets(state)
    return targets.includes(id) || (group !== undefined && targets.includes(group))
  })
  const hasFocus = useHasFocus(id)
  const [hovered, setHovered] = useState(false)

  useLayoutEffect(() => {
    activateRef.current = onActivate
    placedRef.current = isPlaced
  })

  useLayoutEffect(() => {
    const target = object.current
    if (!target) return
    return registry.register({
      id,
      name,
      role,
      enabled,
      checked,
      group,
      object: target,
      activate: () => enabled && activateRef.current(),
      isPlaced: () => placedRef.current?.() ?? true,
    })
  }, [registry, object, id, name, role, enabled, checked, group])

  return {
    handlers: {
      onClick: (event) => {
        // Outside XR every intersected object gets the event: stop it, or one click counts twice.
        event.stopPropagation()
        if (enabled) activateRef.current()
      },
      onPointerOver: (event) => {
        event.stopPropagation()
        setHovered(true)
        if (enabled && event.pointerType === 'mouse') document.body.style.cursor = 'pointer'
      },
      onPointerOut: () => {
        setHovered(false)
        document.body.style.cursor = ''
      },
    },
    hovered: hovered && enabled,
    isTarget: isTarget && enabled,
    hasFocus,
  }
}
