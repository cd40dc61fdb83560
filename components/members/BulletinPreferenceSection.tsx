import { bulletinPreferenceAction } from '@/features/account/bulletinPreferenceAction'

const outcomes: Record<string, { text: string; alert: boolean }> = {
  saved: { text: 'Your choice is saved.', alert: false },
  invalid: { text: 'That choice could not be read. Please try again.', alert: true },
  failed: { text: 'Your choice could not be saved. Please try again.', alert: true },
}

/**
 * The /account section where a member chooses the weekly bulletin email (on unless they turn it off).
 * A form that works without JavaScript; the action saves and comes back here with `?bulletin=`.
 */
export const BulletinPreferenceSection = ({ receives, outcome }: { receives: boolean; outcome?: string }) => {
  const message = outcome ? outcomes[outcome] : undefined
  return (
    <section aria-labelledby="bulletin" className="space-y-3">
      <h2 id="bulletin" className="text-xl font-semibold">
        Weekly bulletin
      </h2>
      <p>
        Each Monday: last week’s briefings and how many gallery profiles were added, updated or removed. It
        names no one; sign in to see the details.
      </p>
      <form action={bulletinPreferenceAction} className="space-y-3">
        <label className="flex items-center gap-3">
          <input type="checkbox" name="weeklyBulletin" defaultChecked={receives} className="h-5 w-5" />
          <span>Email me the weekly bulletin</span>
        </label>
        <button type="submit" className="rounded bg-brand px-4 py-3 font-semibold text-on-brand">
          Save
        </button>
      </form>
      {message ? (
        <p role={message.alert ? 'alert' : 'status'} className={message.alert ? 'text-red-800' : undefined}>
          {message.text}
        </p>
      ) : null}
    </section>
  )
}
