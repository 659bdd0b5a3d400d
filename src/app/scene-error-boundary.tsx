import { Component, type ErrorInfo, type ReactNode } from 'react'

/** Props of the boundary around a scene's 3D set. */
export interface SceneErrorBoundaryProps {
  /** Called when the scene crashes: bring the visitor back somewhere safe. */
  onCrash: (error: Error) => void
  /** Changing it (the scene changed) renders the children again. */
  resetKey: string
  children: ReactNode
}

/** Catches a crashed scene, so the visitor gets the lobby and a friendly message, never a black screen. */
export class SceneErrorBoundary extends Component<SceneErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A scene crashed; the visitor was taken back to the lobby.', error, info.componentStack)
    this.props.onCrash(error)
  }

  override componentDidUpdate(previous: SceneErrorBoundaryProps): void {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false })
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children
  }
}
