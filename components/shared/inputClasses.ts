/** Text boxes on the phone-first forms (report, join): big touch targets, red border when invalid. */
export const inputClass =
  'w-full rounded border border-slate-400 px-3 py-3 text-base aria-[invalid=true]:border-red-700'

/** Text boxes on the sign-in and password forms. */
export const signInInputClass =
  'w-full rounded border border-slate-400 px-3 py-3 text-lg aria-[invalid=true]:border-red-700'

/** Text boxes on the small panels of the members' area (police details, visits, sightings, search). */
export const compactInputClass = 'w-full rounded border border-slate-400 px-3 py-2'

/** Drop-downs on those panels. */
export const compactSelectClass = 'w-full rounded border border-slate-400 bg-white px-3 py-2'
