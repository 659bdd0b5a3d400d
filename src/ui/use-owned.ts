import { useEffect } from 'react'

/** Anything that holds GPU memory until it is disposed: a geometry, a material, a texture. */
export interface Disposable {
  dispose(): void
}

/**
 * Marks `resource` as this component's own: it is disposed when the component makes another or unmounts.
 * React Three Fiber 9 disposes an unmounted object only by its own `dispose()`, and a three
 * mesh's leaves its geometry and material alone: a geometry made in `useMemo` and passed as `geometry={...}`
 * stayed on the GPU after every scene change, nine or so per visitor (issue 17's soak).
 */
export function useOwned(resource: Disposable): void {
  useEffect(() => () => resource.dispose(), [resource])
}
