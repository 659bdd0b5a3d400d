import { useTranslate } from '../state/use-translate'
import { useApp, useAppStoreApi } from '../state/store-context'

/** A one-off friendly message, e.g. after a scene crashed. */
export function Notice() {
  const t = useTranslate()
  const store = useAppStoreApi()
  const notice = useApp((state) => state.notice)
  if (!notice) return null
  return (
    <div className="notice" role="alert">
      {t(notice)}
      <button type="button" onClick={() => store.getState().showNotice(null)}>
        {t('app.dismiss')}
      </button>
    </div>
  )
}
