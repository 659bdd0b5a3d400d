import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useConsole, useConsoleState, useConsoleText } from './console-context'
import { logIn } from '../live/staff-login'

/** The PIN login, first thing on the console. */
export function LoginForm() {
  const t = useConsoleText()
  const { store, link, saveLogin } = useConsole()
  const notice = useConsoleState((state) => state.loginNotice)
  const [pin, setPin] = useState('')
  const [problem, setProblem] = useState<{ text: string; secureUrl?: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.focus(), [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    const outcome = await logIn(pin)
    setBusy(false)
    setPin('')
    if (outcome.ok) {
      saveLogin(outcome.login)
      store.setState({ login: outcome.login, loginNotice: null })
      link.start()
      return
    }
    if (outcome.reason === 'insecure') {
      setProblem(
        outcome.httpsUrl === null
          ? { text: t('staff.login-https-off') }
          : { text: t('staff.login-https'), secureUrl: outcome.httpsUrl },
      )
      return
    }
    setProblem({
      text:
        outcome.reason === 'too-many'
          ? t('staff.login-too-many', { seconds: outcome.retryAfterSeconds })
          : t(outcome.reason === 'wrong' ? 'staff.login-wrong' : 'staff.login-offline'),
    })
  }

  return (
    <main className="login">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">{t('staff.login-title')}</h1>
        <p>{t('staff.login-intro')}</p>
        {notice && <p className="login-notice">{t(notice)}</p>}
        <label>
          {t('staff.pin')}
          <input
            ref={input}
            type="password"
            inputMode="numeric"
            autoComplete="current-password"
            data-testid="staff-pin"
            value={pin}
            onChange={(event) => setPin(event.target.value)}
          />
        </label>
        {problem && (
          <p role="alert" className="login-problem">
            {problem.text}
            {problem.secureUrl !== undefined && (
              <>
                {' '}
                <a href={problem.secureUrl}>{problem.secureUrl}</a>
              </>
            )}
          </p>
        )}
        <button type="submit" className="primary" data-testid="staff-login" disabled={busy || pin === ''}>
          {t('staff.login')}
        </button>
      </form>
    </main>
  )
}
