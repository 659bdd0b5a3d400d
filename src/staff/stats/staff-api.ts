import type { StaffLogin } from '../../live/staff-login'

/** Why a staff API call gave no answer. */
export type StaffApiProblem = 'expired' | 'offline' | 'failed'

/** A staff API call that gave no answer, and why. */
export class StaffApiError extends Error {
  constructor(readonly problem: StaffApiProblem) {
    super(`staff API: ${problem}`)
  }
}

/** GETs a staff API path with the login's token; throws a {@link StaffApiError} unless the answer is 200. */
export async function staffGet(path: string, login: StaffLogin, signal?: AbortSignal): Promise<Response> {
  let response: Response
  try {
    response = await fetch(path, {
      headers: { authorization: `Bearer ${login.token}` },
      ...(signal ? { signal } : {}),
    })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new StaffApiError('offline')
  }
  if (response.status === 401) throw new StaffApiError('expired')
  if (!response.ok) throw new StaffApiError('failed')
  return response
}

/** Saves a staff API file (e.g. a CSV table) under the name the server gives it. */
export async function downloadFile(path: string, login: StaffLogin): Promise<void> {
  const response = await staffGet(path, login)
  const disposition = response.headers.get('content-disposition') ?? ''
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'digidel.csv'
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  // The browser has started the download by now; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
