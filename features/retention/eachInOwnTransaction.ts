import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

export type BatchOutcome = { done: number; failed: number[] }

/**
 * Runs `work` for each item in a transaction of its own, so that one record's rows and its audit entry land
 * together, and one failure (logged with the record's id, nothing personal) does not stop the rest. Inside a
 * caller's transaction there is no own one to roll back: the first failure is thrown to the caller.
 */
export const eachInOwnTransaction = async <T extends { id: number }>(
  req: PayloadRequest,
  items: T[],
  what: string,
  work: (item: T) => Promise<void>,
): Promise<BatchOutcome> => {
  const outcome: BatchOutcome = { done: 0, failed: [] }
  for (const item of items) {
    const own = await initTransaction(req)
    try {
      await work(item)
      if (own) await commitTransaction(req)
      outcome.done += 1
    } catch (error) {
      if (!own) throw error
      await killTransaction(req)
      req.payload.logger.error({
        msg: `Retention could not ${what}`,
        id: item.id,
        err: (error as Error).message,
      })
      outcome.failed.push(item.id)
    }
  }
  return outcome
}
