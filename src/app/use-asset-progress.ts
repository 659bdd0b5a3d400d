import { useProgress } from '@react-three/drei'
import { useEffect, useState } from 'react'
import { preloadFonts } from '../ui/layout/text-measure'
import { THEME } from '../ui/theme'

const FONTS = [THEME.fonts.regular, THEME.fonts.bold] as const

/** Loading progress from 0 to 1: the in-world fonts, then anything three's loaders fetch. */
export function useAssetProgress(): number {
  const [fontsLoaded, setFontsLoaded] = useState(0)
  const { loaded, total } = useProgress()
  useEffect(() => {
    preloadFonts(FONTS, () => setFontsLoaded((count) => count + 1))
  }, [])
  return (fontsLoaded + loaded) / (FONTS.length + total)
}
