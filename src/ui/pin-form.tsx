import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import type { LoginOutcome } from '../live/staff-login'

/** Why a staff PIN did not unlock: wrong, too many tries, the server out of reach, or plain HTTP. */
export type PinProblem = Extract<LoginOutcome, { ok: false }>

/** Props of {@link PinForm}. */
export interface PinFormProps {
  /**
   * Checks the PIN with the server and acts on success; resolves with the problem to show, or null when there is
   * none (unlocked, or the form is no longer wanted).
   */
  submitPin: (pin: string) => Promise<PinProblem | null>
  /** The words for a problem; a plain-HTTP problem also links to its HTTPS address where there is one. */
  problemText: (problem: PinProblem) => string
  /** The field's label. */
  label: string
  /** What the form shows above the field: a heading, an introduction. */
  header: ReactNode
  /** The buttons below the field, given the submit button to place among them. @default the submit button */
  actions?: (submit: ReactNode) => ReactNode
  /** The submit button's words. */
  submitLabel: string
  /** Attributes of the form: its class, and its dialog role where it is one. */
  formProps: {
    className: string
    'aria-labelledby': string
    role?: 'dialog'
    'aria-modal'?: boolean
  }
  /** The PIN field's `autoComplete` and test id. */
  inputProps: { autoComplete: string; 'data-testid': string }
  /** The class of the problem's paragraph. */
  problemClassName: string
  /** The submit button's class and test id. */
  submitProps: { className: string; 'data-testid'?: string }
}

/**
 * The staff PIN form, one for the staff console's login and the station's staff menu: a password field
 * focused on opening, a submit button that waits for the answer, and the problem, if any, read out as an alert.
 */
export function PinForm(props: PinFormProps) {
  const { submitPin, problemText, actions = (submit) => submit } = props
  const [pin, setPin] = useState('')
  const [problem, setProblem] = useState<PinProblem | null>(null)
  const [busy, setBusy] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.focus(), [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    const found = await submitPin(pin)
    setBusy(false)
    setPin('')
    if (found !== null) setProblem(found)
  }

  const submitButton = (
    <button type="submit" {...props.submitProps} disabled={busy || pin === ''}>
      {props.submitLabel}
    </button>
  )
  return (
    <form {...props.formProps} onSubmit={submit}>
      {props.header}
      <label>
        {props.label}
        <input
          ref={input}
          type="password"
          inputMode="numeric"
          {...props.inputProps}
          value={pin}
          onChange={(event) => setPin(event.target.value)}
        />
      </label>
      {problem && (
        <p role="alert" className={props.problemClassName}>
          {problemText(problem)}
          {problem.reason === 'insecure' && problem.httpsUrl !== null && (
            <>
              {' '}
              <a href={problem.httpsUrl}>{problem.httpsUrl}</a>
            </>
          )}
        </p>
      )}
      {actions(submitButton)}
    </form>
  )
}
