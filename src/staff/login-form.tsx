import { useConsole, useConsoleState, useConsoleText } from './console-context'
import { logIn } from '../live/staff-login'
import { PinForm, type PinProblem } from '../ui/pin-form'

/** The PIN login, first thing on the console. */
export function LoginForm() {
  const t = useConsoleText()
  const { store, link, saveLogin } = useConsole()
  const notice = useConsoleState((state) => state.loginNotice)

  const submitPin = async (pin: string): Promise<PinProblem | null> => {
    const outcome = await logIn(pin)
    if (!outcome.ok) return outcome
    saveLogin(outcome.login)
    store.setState({ login: outcome.login, loginNotice: null })
    link.start()
    return null
  }

  const problemText = (problem: PinProblem): string => {
    switch (problem.reason) {
      case 'insecure':
        return t(problem.httpsUrl === null ? 'staff.login-https-off' : 'staff.login-https')
      case 'too-many':
        return t('staff.login-too-many', { seconds: problem.retryAfterSeconds })
      case 'wrong':
        return t('staff.login-wrong')
      case 'offline':
        return t('staff.login-offline')
    }
  }

  return (
    <main className="login">
      <PinForm
        submitPin={submitPin}
        problemText={problemText}
        label={t('staff.pin')}
        header={
          <>
            <h1 id="login-title">{t('staff.login-title')}</h1>
            <p>{t('staff.login-intro')}</p>
            {notice && <p className="login-notice">{t(notice)}</p>}
          </>
        }
        submitLabel={t('staff.login')}
        formProps={{ className: 'login-card', 'aria-labelledby': 'login-title' }}
        inputProps={{ autoComplete: 'current-password', 'data-testid': 'staff-pin' }}
        problemClassName="login-problem"
        submitProps={{ className: 'primary', 'data-testid': 'staff-login' }}
      />
    </main>
  )
}
