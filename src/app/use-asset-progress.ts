import { useProgress } from '@react-three/drei'
import { useEffect, useState } from 'react'
import { ALL_FONTS } from '../ui/layout/font-files'
import { preloadFonts } from '../ui/layout/text-measure'

/** Loading progress from 0 to 1: the in-world fonts, then anything three's loaders fetch. */
export function useAssetProgress(): number {
  const [fontsLoaded, setFontsLoaded] = useState(0)
  const { loaded, total } = useProgress()
  useEffect(() => {
    preloadFonts(ALL_FONTS, () => setFontsLoaded((count) => count + 1))
  }, [])
  return (fontsLoaded + loaded) / (ALL_FONTS.length + total)
}
