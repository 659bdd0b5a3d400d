import type { StaffCommand } from '../live/protocol'
import { isSettingValue } from '../domain/settings'
import type { AppStore } from '../state/app-store'
import type { Kiosk } from '../kiosk/kiosk'

/** What a staff command can reach on the station. */
export interface CommandTargets {
  store: AppStore
  kiosk: Pick<Kiosk, 'noteActivity' | 'resetForNextVisitor'>
  rename(name: string): void
  /** Runs a draft errand as a preview now (see `authored-errands.ts`); without it, previews are ignored. */
  preview?(file: unknown): void
  endPreview?(): void
}

/**
 * Runs one staff command through the same store actions as the visitor's own input, with `source: 'staff'`
 * so its telemetry says who asked. Only the live link calls this, with commands the server accepted from a
 * logged-in staff connection: no visitor input leads here.
 */
export function applyStaffCommand(
  command: StaffCommand,
  { store, kiosk, rename, preview, endPreview }: CommandTargets,
): void {
  const app = store.getState()
  // Staff attending to a station count as activity: no "Are you still there?" in the middle of a demo.
  if (command.type !== 'reset') kiosk.noteActivity()
  switch (command.type) {
    case 'start-task':
      if (!app.tasks.some((task) => task.id === command.taskId)) return
      // The task starts in the language staff chose, once its texts are here: its first line is read in it.
      void app
        .setLocale(command.locale, 'staff')
        .then(() => store.getState().startTask(command.taskId, 'staff'))
      return
    case 'hint':
      return app.hintNow('staff')
    case 'skip':
      return app.skipStep('staff')
    case 'back':
      return app.previousStep('staff')
    case 'restart':
      return app.restartTask('staff')
    case 'set-locale':
      void app.setLocale(command.locale, 'staff')
      return
    case 'set-guided':
      return app.setGuided(command.guided, 'staff')
    case 'set-setting':
      if (isSettingValue(command.setting, command.value))
        app.setSetting(command.setting, command.value, 'staff')
      return
    case 'next':
      return app.advanceStep('staff')
    case 'reset':
      return kiosk.resetForNextVisitor('staff', 'staff')
    case 'rename':
      return rename(command.name)
    case 'ack-help':
      return app.acknowledgeHelp('staff')
    case 'set-confidence':
      return app.setAskConfidence(command.ask, 'staff')
    case 'preview-errand':
      return preview?.(command.file)
    case 'end-preview':
      return endPreview?.()
  }
}
