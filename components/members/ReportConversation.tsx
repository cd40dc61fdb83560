import { describeMessage } from '@/features/reportConversations/describeMessage'
import { formatWhen } from '@/lib/format/formatWhen'
import type { ReportMessage } from '@/payload-types'

type ThreadEntry = Pick<
  ReportMessage,
  'id' | 'kind' | 'body' | 'photos' | 'authorRole' | 'cctvFrom' | 'cctvTo' | 'cctvPlace' | 'createdAt'
>

const photoIdsOf = (photos: ThreadEntry['photos']) =>
  (photos ?? []).map((photo) => (typeof photo === 'object' && photo ? photo.id : photo))

/**
 * A report's conversation, oldest first: who asked (by role, never a name), when, what, and the photos sent
 * with an answer through the access-checked, watermarked image route.
 */
export const ReportConversation = ({ messages }: { messages: readonly ThreadEntry[] }) => (
  <ol className="space-y-3" aria-label="Messages on this report">
    {messages.map((message) => {
      const answer = message.kind === 'reply'
      return (
        <li
          key={message.id}
          className={`rounded-lg border p-3 ${answer ? 'ml-6 border-emerald-700 bg-emerald-50' : 'mr-6 border-slate-300 bg-white'}`}
        >
          <p className="text-sm font-semibold">
            {describeMessage(message.kind, message.authorRole)}
            <span className="font-normal text-slate-700"> · {formatWhen(message.createdAt)}</span>
          </p>
          {message.kind === 'cctv-request' && (message.cctvFrom || message.cctvTo || message.cctvPlace) ? (
            <p className="text-sm">
              CCTV wanted{message.cctvFrom ? ` from ${formatWhen(message.cctvFrom)}` : ''}
              {message.cctvTo ? ` until ${formatWhen(message.cctvTo)}` : ''}
              {message.cctvPlace ? `, ${message.cctvPlace}` : ''}
            </p>
          ) : null}
          <p className="mt-1 whitespace-pre-line">{message.body}</p>
          {photoIdsOf(message.photos).length ? (
            <ul className="mt-2 grid grid-cols-3 gap-2">
              {photoIdsOf(message.photos).map((id) => (
                <li key={id}>
                  <a href={`/photos/${id}`}>
                    {/* biome-ignore lint/performance/noImgElement: private watermarked images are never optimised or cached */}
                    <img
                      src={`/photos/${id}?size=thumbnail`}
                      alt={`Evidence ${id} sent with this answer`}
                      width={320}
                      height={320}
                      className="w-full rounded"
                    />
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      )
    })}
  </ol>
)
