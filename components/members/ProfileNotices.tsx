import type { ProfileNotice } from '@/features/exclusionNotices/listProfileNotices'
import { formatLongDate } from '@/lib/format/formatLongDate'
import { formatWhen } from '@/lib/format/formatWhen'

const stageLabels = { warning: 'Warning (yellow)', exclusion: 'Exclusion (red)' } as const

/** On a profile, for police: the person's notices, each to download, and the unserved ones to serve. */
export const ProfileNotices = ({ notices }: { notices: ProfileNotice[] }) => (
  <section aria-labelledby="notices-heading" className="space-y-2">
    <h2 id="notices-heading" className="text-lg font-semibold">
      Notices ({notices.length})
    </h2>
    {notices.length ? (
      <ul className="space-y-3">
        {notices.map((notice) => (
          <li
            key={notice.id}
            data-testid={`notice-${notice.id}`}
            className={`space-y-1 rounded-lg border-l-4 bg-white p-3 ${notice.stage === 'exclusion' ? 'border-red-700' : 'border-amber-500'}`}
          >
            <p className="font-semibold">{stageLabels[notice.stage]}</p>
            <p>
              From {formatLongDate(notice.startsAt)}
              {notice.endsAt ? ` until ${formatLongDate(notice.endsAt)}` : ''}
            </p>
            <p>
              {notice.servedAt
                ? `Served ${formatWhen(notice.servedAt)}${notice.signed ? ', signed' : ', refused to sign'}`
                : 'Not served yet'}
            </p>
            <p className="flex flex-wrap gap-4">
              <a
                className="inline-block min-h-11 py-2 font-medium underline"
                href={`/notices/${notice.id}/pdf`}
                download
              >
                Download notice
                <span className="sr-only"> {notice.id}</span>
              </a>
              {notice.servedAt ? null : (
                <a
                  className="inline-block min-h-11 py-2 font-medium underline"
                  href={`/notices/${notice.id}/serve`}
                >
                  Serve
                  <span className="sr-only"> notice {notice.id}</span>
                </a>
              )}
            </p>
          </li>
        ))}
      </ul>
    ) : (
      <p>No notices have been given to this person.</p>
    )}
  </section>
)
