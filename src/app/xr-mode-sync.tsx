import { useXR } from '@react-three/xr'
import { useEffect } from 'react'
import { useAppStoreApi } from '../state/store-context'

/** Keeps the store's mode in step with the headset: leaving VR returns to the screen in the same state. */
export function XRModeSync() {
  const store = useAppStoreApi()
  const presenting = useXR((state) => state.session != null)
  useEffect(() => {
    if (presenting) store.getState().enter('vr')
    store.getState().setMode(presenting ? 'vr' : 'desktop')
  }, [presenting, store])
  return null
}
