import Link from 'next/link'

/** How a business joins the scheme (and so can be adopted): the public join form. */
export const JoinCallToAction = ({ townName }: { townName: string }) => (
  <section aria-labelledby="join-heading" className="rounded-lg border-2 border-brand bg-slate-50 p-4">
    <h2 id="join-heading" className="text-xl font-semibold text-brand-ink">
      How to join
    </h2>
    <p className="mt-2 max-w-prose">
      Any business in {townName} can join the scheme. Once you are a member, ask the BID team about having
      your own named officer.
    </p>
    <p className="mt-3">
      <Link
        href="/join"
        className="inline-block rounded bg-brand px-4 py-3 font-semibold text-on-brand underline-offset-4 hover:underline"
      >
        Apply to join the scheme
      </Link>
    </p>
  </section>
)
