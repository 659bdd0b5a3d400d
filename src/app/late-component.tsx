import { Component, lazy, Suspense, type ComponentType, type ErrorInfo, type ReactNode } from 'react'
import { isFailedCodeLoad, recoverFromFailedCodeLoad } from './failed-code-load'

/** Props of {@link LateLoadBoundary}. */
export interface LateLoadBoundaryProps {
  /** Called once the code could not be fetched. @default recoverFromFailedCodeLoad (reload once the server answers) */
  onFailedLoad?: () => void
  children: ReactNode
}

/**
 * Around a part of the page whose code loads late: if that code cannot be fetched (the server restarting, the
 * Wi-Fi gone), the part shows nothing and the page reloads once the server answers, as for a scene's set; a
 * browser keeps a failed module failed until then. Any other error goes on up, as it would without the boundary.
 */
export class LateLoadBoundary extends Component<LateLoadBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null }

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    if (!isFailedCodeLoad(error)) return
    console.error(
      'Part of the page could not load its code; it reloads once the server answers.',
      info.componentStack,
    )
    ;(this.props.onFailedLoad ?? recoverFromFailedCodeLoad)()
  }

  override render(): ReactNode {
    const { error } = this.state
    if (error && !isFailedCodeLoad(error)) throw error
    return error ? null : this.props.children
  }
}

/**
 * A component whose code is its own chunk, fetched when it is first rendered, showing nothing until then and
 * nothing if the fetch fails (see {@link LateLoadBoundary}). For what the lobby's first frame does not need: render
 * it once that frame is drawn ({@link useFirstFrameDrawn}), so its code is not in the page's first script.
 */
export function lateComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  onFailedLoad?: () => void,
): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }))
  function Late(props: P) {
    return (
      <LateLoadBoundary onFailedLoad={onFailedLoad}>
        <Suspense fallback={null}>
          <Lazy {...props} />
        </Suspense>
      </LateLoadBoundary>
    )
  }
  return Late
}
