import { Component, type ReactNode } from 'react'

/** Props of {@link PreviewBoundary}. */
export interface PreviewBoundaryProps {
  /** What shows instead of a preview that failed, given the error's message. */
  fallback: (message: string) => ReactNode
  /** A change of this (the draft) tries the preview again. */
  resetKey: unknown
  children: ReactNode
}

/**
 * Keeps a preview that throws (a page the draft cannot draw yet) from taking the whole studio with it: the author's
 * forms stay, the failure shows in place of the preview, and the next edit tries again.
 */
export class PreviewBoundary extends Component<
  PreviewBoundaryProps,
  { message: string | null; key: unknown }
> {
  override state: { message: string | null; key: unknown } = { message: null, key: this.props.resetKey }

  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) }
  }

  static getDerivedStateFromProps(
    props: PreviewBoundaryProps,
    state: { message: string | null; key: unknown },
  ) {
    return props.resetKey === state.key ? null : { message: null, key: props.resetKey }
  }

  override render() {
    return this.state.message === null ? this.props.children : this.props.fallback(this.state.message)
  }
}
