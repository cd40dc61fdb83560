import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'
import { type StaffAccount, staffOf } from '@/access/accountOf'
import { auditAccessDenied } from '@/lib/audit/auditAccessDenied'
import { redirectAnonymousToSignIn } from './redirectAnonymousToSignIn'

type StaffAdminViewProps = {
  /** The props Payload gives the custom view. */
  view: AdminViewServerProps
  /** The view's path under the admin route, e.g. '/audit': where sign-in comes back to. */
  path: string
  title: string
  /** Who may use the view: the feature's own rule (e.g. `mayImport`), asked of the signed-in staff account. */
  allows: (staff: StaffAccount) => boolean
  /** What everyone else sees instead of the view. */
  refusal: string
  /** For views whose refusals are audit-logged: the log entry's summary. */
  auditRefusal?: string
  /** The view's content, drawn only for an account that `allows` lets in. */
  children: (staff: StaffAccount) => ReactNode
}

/**
 * The frame of every custom admin view: Payload's admin template and gutter, the view's heading, the
 * sign-in redirect for visitors, and the role check, so the content is only drawn (and its data only read)
 * for staff the rule lets in. Actions and routes behind a view check again.
 */
export const StaffAdminView = async ({
  view: { initPageResult, params, searchParams },
  path,
  title,
  allows,
  refusal,
  auditRefusal,
  children,
}: StaffAdminViewProps) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  redirectAnonymousToSignIn(req, path)
  const staff = staffOf(req)
  const allowed = staff !== null && allows(staff)
  if (!allowed && auditRefusal) {
    await auditAccessDenied(req, {
      summary: auditRefusal,
      details: { path: `${req.payload.config.routes.admin}${path}` },
    })
  }
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      {/* ntars-view: our own markup, which `npm run screenshots` checks with axe (Payload's is Payload's). */}
      <Gutter className="ntars-view">
        <h1>{title}</h1>
        {allowed && staff ? children(staff) : <p>{refusal}</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
