import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { Translator } from '../i18n/text-key'
import { translatorFor } from '../i18n/translator'
import type { TaskDefinition } from '../tasks/schema'
import type { ConsoleLink } from './console-link'
import type { ConsoleState, ConsoleStore } from './console-store'

/** Everything the console's components share. */
export interface ConsoleServices {
  store: ConsoleStore
  link: ConsoleLink
  tasks: readonly TaskDefinition[]
  /** Keeps or forgets the login in this tab. */
  saveLogin: (login: ConsoleState['login']) => void
}

const ConsoleContext = createContext<ConsoleServices | null>(null)

export function ConsoleProvider({ services, children }: { services: ConsoleServices; children: ReactNode }) {
  return <ConsoleContext.Provider value={services}>{children}</ConsoleContext.Provider>
}

export function useConsole(): ConsoleServices {
  const services = useContext(ConsoleContext)
  if (!services) throw new Error('useConsole must be used inside <ConsoleProvider>')
  return services
}

/** Selects from the console store; re-renders only when that part changes. */
export function useConsoleState<T>(selector: (state: ConsoleState) => T): T {
  return useStore(useConsole().store, selector)
}

/** Text in the console's own language: `t('staff.login')`, or `t.data(task.titleKey)` for a key from data. */
export function useConsoleText(): Translator {
  const locale = useConsoleState((state) => state.locale)
  return useMemo(() => translatorFor(locale), [locale])
}
