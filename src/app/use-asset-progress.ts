import { useProgress } from '@react-three/drei'
import { useEffect, useState } from 'react'
import type { Locale } from '../domain/locales'
import { fontsFor } from '../ui/layout/font-files'
import { preloadFonts } from '../ui/layout/text-measure'

/**
 * Loading progress from 0 to 1: the in-world fonts of the visitor's language, then anything three's loaders fetch.
 * A change of language to one with other letters loads its fonts then, and the progress waits for them.
 */
export function useAssetProgress(locale: Locale): number {
  const fonts = fontsFor(locale)
  const [loaded, setLoaded] = useState<ReadonlySet<string>>(() => new Set())
  const assets = useProgress()
  useEffect(() => {
    for (const font of fonts) {
      preloadFonts([font], () => setLoaded((done) => (done.has(font) ? done : new Set(done).add(font))))
    }
  }, [fonts])
  const fontsLoaded = fonts.filter((font) => loaded.has(font)).length
  return (fontsLoaded + assets.loaded) / (fonts.length + assets.total)
}
