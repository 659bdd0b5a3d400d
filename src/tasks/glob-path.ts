/**
 * A path from `import.meta.glob` in this folder written from the project's root, as an author finds the file:
 * `../../scenes/bank/pay-bill.task.ts` becomes `scenes/bank/pay-bill.task.ts`.
 */
export function projectPath(globPath: string): string {
  if (globPath.startsWith('./')) return `src/tasks/${globPath.slice(2)}`
  return globPath.replace(/^(\.\.\/)+/, '')
}
