'use client'
import { useActionState } from 'react'
import { type LogVisitState, logVisitAction } from '@/features/visits/logVisitAction'

export const VisitForm = ({ shops, now }: { shops: { id: number; name: string }[]; now: string }) => {
  const [state, action, pending] = useActionState<LogVisitState, FormData>(logVisitAction, {})
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 className="text-lg font-semibold">Log a visit</h2>
      {state.error ? (
        <p role="alert" className="text-red-800">
          {state.error}
        </p>
      ) : null}
      {state.ok ? <p role="status">Visit logged.</p> : null}
      <div>
        <label htmlFor="business" className="block font-medium">
          Shop
        </label>
        <select
          id="business"
          name="business"
          className="w-full rounded border border-slate-400 bg-white px-3 py-2"
        >
          {shops.map((shop) => (
            <option key={shop.id} value={shop.id}>
              {shop.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="visitedAt" className="block font-medium">
          When
        </label>
        <input
          id="visitedAt"
          name="visitedAt"
          type="datetime-local"
          defaultValue={now}
          max={now}
          className="w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="notes" className="block font-medium">
          Notes (optional)
        </label>
        <textarea
          id="notes"
          name="notes"
          rows={2}
          className="w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white"
      >
        {pending ? 'Saving…' : 'Log visit'}
      </button>
    </form>
  )
}
