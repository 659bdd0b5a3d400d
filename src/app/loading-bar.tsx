import { useTranslate } from '../state/use-translate'

/** A thin bar across the top while fonts and models load. */
export function LoadingBar({ progress }: { progress: number }) {
  const t = useTranslate()
  if (progress >= 1) return null
  return (
    <div
      className="loading-bar"
      role="progressbar"
      aria-label={t('app.loading')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(progress * 100)}
    >
      <div style={{ width: `${Math.round(progress * 100)}%` }} />
    </div>
  )
}
