import type { TaskConfig } from 'payload'
import { countJobRun } from './countJobRun'

type Handler = (args: unknown) => unknown

/**
 * A job task whose every run is counted (`countJobRun`): a handler that throws or answers
 * `state: 'failed'` counts as a failure, and the error still reaches Payload's retry logic unchanged.
 */
export const withJobMetrics = <Task extends TaskConfig>(task: Task): Task => {
  const { handler, slug } = task
  if (typeof handler !== 'function') return task
  const counted: Handler = async (args) => {
    try {
      const result = await (handler as Handler)(args)
      countJobRun(
        slug,
        (result as { state?: string } | undefined)?.state === 'failed' ? 'failed' : 'succeeded',
      )
      return result
    } catch (error) {
      countJobRun(slug, 'failed')
      throw error
    }
  }
  return { ...task, handler: counted as Task['handler'] }
}
