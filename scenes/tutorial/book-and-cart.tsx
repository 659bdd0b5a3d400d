import type { ThreeEvent } from '@react-three/fiber'
import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import { BoxGeometry, CylinderGeometry, Vector3, type Group } from 'three'
import { useTranslate } from '../../src/state/use-translate'
import { useApp, useAppStoreApi } from '../../src/state/store-context'
import { HighlightFrame } from '../../src/ui/highlight-frame'
import { Interactable } from '../../src/ui/interactable'
import { mergeColoredParts } from '../../src/ui/merged-geometry'
import { useInteractable } from '../../src/ui/use-interactable'
import { useOwned } from '../../src/ui/use-owned'
import { CARRY_THRESHOLD, carriedTo, isOver, placeAtWorld, type CarryPointer } from './carry'
import { TUTORIAL_IDS } from './ids'
import { ROOM } from './layout'
import { isPast, useLessonStage } from './stage'

const [BOOK_WIDTH, BOOK_DEPTH, BOOK_THICKNESS] = ROOM.book.size
/** A book picked up with a press floats this far above the table, so the visitor sees it is in hand. */
const LIFT = 0.12
const LYING = [-Math.PI / 2, 0, 0] as const

const restAt = new Vector3(ROOM.book.rest[0], ROOM.tableTop + BOOK_THICKNESS / 2, ROOM.book.rest[1])
const liftedAt = new Vector3().copy(restAt).setY(restAt.y + LIFT)
const onCartAt = new Vector3(ROOM.cart.center[0], ROOM.cart.height + BOOK_THICKNESS / 2, ROOM.cart.center[1])
const pointerAt = new Vector3()
const worldAt = new Vector3()

type Where = 'table' | 'lifted' | 'cart'

/** A pointer event of either event system, as carrying reads it. */
type AnyPointerEvent = ThreeEvent<PointerEvent> & CarryPointer

/**
 * The book and the book cart. The book can be carried to the cart in one movement (drag it with the mouse or a
 * finger, hold the trigger or a pinch on it and point at the cart, or grab it with the grip and move the hand
 * there), or in two presses (the book, then the cart) for one-press switches, the keyboard and screen readers.
 * Putting it on the cart completes the step.
 */
export function BookAndCart() {
  const t = useTranslate()
  const store = useAppStoreApi()
  const stage = useLessonStage()
  const active = stage === 'grab'
  // Lifted in this run of the task: a restarted lesson starts with the book on the table.
  const run = useApp((state) => state.run?.startedAt ?? null)
  const [liftedIn, setLiftedIn] = useState<number | null>(null)
  const lifted = active && liftedIn !== null && liftedIn === run
  const where: Where = isPast(stage, 'grab') ? 'cart' : lifted ? 'lifted' : 'table'
  const book = useRef<Group>(null)
  /** The carrying pointer, where it took the book, and the book's offset from that point, kept while carried. */
  const carrying = useRef<{ pointerId: number; moved: boolean; from: Vector3; offset: Vector3 } | null>(null)
  const justCarried = useRef(false)

  useLayoutEffect(() => {
    const object = book.current
    if (object)
      placeAtWorld(object, worldAt.copy(where === 'cart' ? onCartAt : where === 'lifted' ? liftedAt : restAt))
  }, [where])

  const putOnCart = () => store.getState().activate(TUTORIAL_IDS.cart)
  const bookState = useInteractable(book, {
    id: TUTORIAL_IDS.book,
    name: t('tutorial.book'),
    enabled: active,
    onActivate: () => {
      if (justCarried.current) justCarried.current = false
      else setLiftedIn(lifted ? null : run)
    },
  })

  const handlers = {
    ...bookState.handlers,
    onPointerDown: (event: AnyPointerEvent) => {
      if (!active) return
      const object = book.current
      const from = carriedTo(event, restAt.y, new Vector3())
      if (!object || !from) return
      event.stopPropagation()
      justCarried.current = false
      ;(event.target as unknown as Element).setPointerCapture(event.pointerId)
      const offset = object.getWorldPosition(new Vector3()).sub(from)
      carrying.current = { pointerId: event.pointerId, moved: false, from, offset }
    },
    onPointerMove: (event: AnyPointerEvent) => {
      const carry = carrying.current
      const object = book.current
      if (!carry || !object || event.pointerId !== carry.pointerId) return
      const to = carriedTo(event, restAt.y, pointerAt)
      if (!to) return
      if (!carry.moved && to.distanceTo(carry.from) < CARRY_THRESHOLD) return
      carry.moved = true
      to.add(carry.offset)
      to.y = Math.max(to.y, restAt.y)
      placeAtWorld(object, to)
    },
    onPointerUp: (event: AnyPointerEvent) => {
      const carry = carrying.current
      const object = book.current
      if (!carry || !object || event.pointerId !== carry.pointerId) return
      carrying.current = null
      ;(event.target as unknown as Element).releasePointerCapture(event.pointerId)
      if (!carry.moved) return
      justCarried.current = true
      if (isOver(object.getWorldPosition(worldAt), ROOM.cart.center, ROOM.cart.size)) putOnCart()
      else placeAtWorld(object, worldAt.copy(lifted ? liftedAt : restAt))
    },
  }

  return (
    <group>
      <group ref={book} name={TUTORIAL_IDS.book} rotation={LYING} {...handlers}>
        <mesh position={[0, 0, 0]}>
          <boxGeometry args={[BOOK_WIDTH, BOOK_DEPTH, BOOK_THICKNESS]} />
          <meshStandardMaterial color={bookState.hovered ? '#d2643c' : '#b4502e'} roughness={0.7} />
        </mesh>
        {bookState.isTarget && !lifted && <HighlightFrame size={[BOOK_WIDTH, BOOK_DEPTH]} kind="target" />}
        {bookState.hasFocus && <HighlightFrame size={[BOOK_WIDTH, BOOK_DEPTH]} kind="focus" />}
      </group>
      <Cart enabled={active} onPlace={() => lifted && putOnCart()} />
    </group>
  )
}

/** A library's book cart: two shelves on wheels, the top one where books go. */
function Cart({ enabled, onPlace }: { enabled: boolean; onPlace: () => void }) {
  const t = useTranslate()
  const [width, depth] = ROOM.cart.size
  const geometry = useMemo(() => {
    const legs = [-1, 1].flatMap((x) =>
      [-1, 1].map((z) => ({
        geometry: new BoxGeometry(0.03, ROOM.cart.height - 0.06, 0.03),
        position: [(x * (width - 0.03)) / 2, ROOM.cart.height / 2, (z * (depth - 0.03)) / 2] as const,
        color: '#5b6470',
      })),
    )
    const wheels = [-1, 1].flatMap((x) =>
      [-1, 1].map((z) => ({
        geometry: new CylinderGeometry(0.03, 0.03, 0.025, 12),
        position: [(x * (width - 0.05)) / 2, 0.03, (z * (depth - 0.05)) / 2] as const,
        rotation: [0, 0, Math.PI / 2] as const,
        color: '#25282c',
      })),
    )
    return mergeColoredParts([
      ...legs,
      ...wheels,
      {
        geometry: new BoxGeometry(width, 0.025, depth),
        position: [0, ROOM.cart.height - 0.0125, 0],
        color: '#3f7fb0',
      },
      { geometry: new BoxGeometry(width, 0.025, depth), position: [0, 0.25, 0], color: '#3f7fb0' },
    ])
  }, [width, depth])
  useOwned(geometry)
  return (
    <group position={[ROOM.cart.center[0], 0, ROOM.cart.center[1]]}>
      <mesh geometry={geometry}>
        <meshStandardMaterial vertexColors roughness={0.6} />
      </mesh>
      <Interactable
        id={TUTORIAL_IDS.cart}
        name={t('tutorial.cart')}
        enabled={enabled}
        size={[width, depth]}
        position={[0, ROOM.cart.height + 0.002, 0]}
        rotation={LYING}
        onActivate={onPlace}
      >
        <mesh>
          <planeGeometry args={[width, depth]} />
          <meshBasicMaterial visible={false} />
        </mesh>
      </Interactable>
    </group>
  )
}
