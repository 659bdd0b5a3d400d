import { createContext, useContext, useState, type ReactNode } from 'react'
import { Vector3 } from 'three'

/**
 * Where held reading material (a bill, a letter) floats on a screen: a pose relative to the camera that the
 * screen camera computes with its framing, so the paper and the work beside it are both in view on any screen.
 * A plain mutable object: read every frame, never React state.
 */
export interface ReadingView {
  /** Where the paper's centre sits in the camera's frame. */
  offset: Vector3
  /** How much the paper is shrunk to fit its part of the screen (it stays near, in front of everything). */
  scale: number
  /** Width and height of each paper that can be held, by id, in metres, as laid out. */
  sizes: Map<string, { width: number; height: number }>
  /**
   * How far down from the view's top edge the held paper's reading strip (page text over an upright view) reaches,
   * in CSS pixels, as drawn; 0 while none shows. The screen camera keeps the work below it.
   */
  stripBottomPx: number
}

const ReadingViewContext = createContext<ReadingView | null>(null)

/** Provides one reading view for the canvas. */
export function ReadingViewProvider({ children }: { children: ReactNode }) {
  const [view] = useState<ReadingView>(() => ({
    offset: new Vector3(-0.22, -0.06, -0.62),
    scale: 1,
    sizes: new Map(),
    stripBottomPx: 0,
  }))
  return <ReadingViewContext.Provider value={view}>{children}</ReadingViewContext.Provider>
}

export function useReadingView(): ReadingView {
  const view = useContext(ReadingViewContext)
  if (!view) throw new Error('useReadingView must be used inside <ReadingViewProvider>')
  return view
}
