import Link from 'next/link'
import type { PendingAcceptance } from '@/features/documents/pendingAcceptances'

/**
 * On a business manager's home: the scheme documents their business has still to accept. It stays until
 * each current version is accepted; a new version brings it back.
 */
export const PendingAcceptances = ({ pending }: { pending: PendingAcceptance[] }) => {
  if (!pending.length) return null
  return (
    <section
      aria-labelledby="to-accept"
      className="space-y-2 rounded-lg border-2 border-amber-700 bg-amber-50 p-4"
    >
      <h2 id="to-accept" className="text-lg font-bold">
        Before you carry on: read and accept
      </h2>
      <p>Your business takes part in the scheme on these terms. Open each one, read it and accept it.</p>
      <ul className="space-y-2">
        {pending.map((item) => (
          <li key={item.id}>
            <Link href={`/documents/${item.id}`} className="text-lg font-semibold underline">
              {item.title} (version {item.versionLabel})
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
