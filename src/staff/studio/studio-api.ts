import { z } from 'zod'
import type { ErrandFile } from '../../errands/errand-file'
import type { ErrandProblems } from '../../errands/check-errand'
import type { StaffLogin } from '../../live/staff-login'
import { StaffApiError, staffGet } from '../stats/staff-api'

/** One published version of an authored errand. */
const versionSchema = z.looseObject({
  version: z.number(),
  publishedAt: z.union([z.string(), z.number()]).optional(),
  note: z.string().nullish(),
})

/** An authored errand as the server lists it: its versions, and which one (if any) stations run. */
const authoredSchema = z.looseObject({
  id: z.string(),
  scene: z.string().optional(),
  title: z.string().nullish(),
  published: z.number().nullish(),
  versions: z.array(versionSchema).default([]),
})

export type AuthoredErrand = z.infer<typeof authoredSchema>

const listSchema = z.union([
  z.object({ errands: z.array(authoredSchema) }).transform((body) => body.errands),
  z.array(authoredSchema),
])

const problemsSchema = z.object({
  problems: z.record(
    z.string(),
    z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
  ),
})

/** What a write to the server came to: done (with its answer), refused with the package's problems, or failed. */
export type WriteResult<T> =
  | { state: 'done'; value: T }
  | { state: 'problems'; problems: ErrandProblems }
  | { state: 'failed'; problem: string }

/** Every authored errand, with its versions. */
export async function listAuthored(login: StaffLogin, signal?: AbortSignal): Promise<AuthoredErrand[]> {
  const response = await staffGet('/api/staff/errands', login, signal)
  return listSchema.parse(await response.json())
}

/** A published errand's file (the version stations run, or the latest), to edit as a draft. */
export async function exportAuthored(login: StaffLogin, id: string): Promise<unknown> {
  const response = await staffGet(`/api/staff/errands/${encodeURIComponent(id)}/export`, login)
  return response.json() as Promise<unknown>
}

async function staffPost(path: string, login: StaffLogin, body: unknown): Promise<WriteResult<unknown>> {
  let response: Response
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { authorization: `Bearer ${login.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  } catch {
    return { state: 'failed', problem: 'offline' }
  }
  if (response.status === 401) return { state: 'failed', problem: 'expired' }
  const answer: unknown = await response.json().catch(() => null)
  if (response.status === 400) {
    const parsed = problemsSchema.safeParse(answer)
    if (parsed.success) return { state: 'problems', problems: parsed.data.problems }
  }
  if (!response.ok) return { state: 'failed', problem: response.status === 404 ? 'missing' : 'failed' }
  return { state: 'done', value: answer }
}

/** The server's check of an errand file: the same checks, run again where the errand will be stored. */
export function checkOnServer(login: StaffLogin, file: ErrandFile): Promise<WriteResult<unknown>> {
  return staffPost('/api/staff/errands/check', login, file)
}

/** Publishes an errand file as a new version, with an optional note. */
export async function publish(
  login: StaffLogin,
  file: ErrandFile,
  note: string,
): Promise<WriteResult<{ id: string; version: number }>> {
  // The note rides in the body beside the file (the server reads `note` and checks the rest as the file).
  const body = note.trim() === '' ? file : { ...file, note: note.trim() }
  const result = await staffPost('/api/staff/errands/publish', login, body)
  if (result.state !== 'done') return result
  const parsed = z.object({ id: z.string(), version: z.number() }).safeParse(result.value)
  return parsed.success ? { state: 'done', value: parsed.data } : { state: 'failed', problem: 'failed' }
}

/** Makes an earlier version the one stations run. */
export function rollBack(login: StaffLogin, id: string, version: number): Promise<WriteResult<unknown>> {
  return staffPost(`/api/staff/errands/${encodeURIComponent(id)}/rollback`, login, { version })
}

/** Takes an errand off the stations; its versions stay. */
export function unpublish(login: StaffLogin, id: string): Promise<WriteResult<unknown>> {
  return staffPost(`/api/staff/errands/${encodeURIComponent(id)}/unpublish`, login, {})
}

/** Imports an errand file another branch or city exported; a bad one is refused with its problems. */
export function importFile(login: StaffLogin, file: unknown): Promise<WriteResult<unknown>> {
  return staffPost('/api/staff/errands/import', login, file)
}

/** Whether an error from a GET means the login expired. */
export function isExpired(error: unknown): boolean {
  return error instanceof StaffApiError && error.problem === 'expired'
}
