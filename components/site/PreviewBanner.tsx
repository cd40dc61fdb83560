import { RefreshOnSave } from './RefreshOnSave'

/** Tells staff they are looking at a draft nobody else can see, and how to get back to the public page. */
export const PreviewBanner = ({ exitHref }: { exitHref: string }) => (
  <section aria-label="Draft preview" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-3">
    <p>
      You are previewing the latest draft. The public sees the published version.{' '}
      {/* A plain link: next/link would prefetch the exit route, and so leave preview on its own. */}
      <a className="font-medium underline" href={exitHref}>
        Leave preview
      </a>
    </p>
    <RefreshOnSave />
  </section>
)
