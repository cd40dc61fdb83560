import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { lockDownPayloadSystem } from './access/lockDownPayloadSystem'
import { hasStaffRole, isAdmin } from './access/staff'
import { AuditLog } from './collections/AuditLog'
import { Briefings } from './collections/Briefings'
import { BulletinWeeks } from './collections/BulletinWeeks'
import { Businesses } from './collections/Businesses'
import { Campaigns } from './collections/Campaigns'
import { DocumentAcceptances } from './collections/DocumentAcceptances'
import { DocumentReads } from './collections/DocumentReads'
import { Documents } from './collections/Documents'
import { DocumentVersions } from './collections/DocumentVersions'
import { EventRsvps } from './collections/EventRsvps'
import { Evidence } from './collections/Evidence'
import { ExclusionNotices } from './collections/ExclusionNotices'
import { Incidents } from './collections/Incidents'
import { IncidentTypes } from './collections/IncidentTypes'
import { LevyPeriods } from './collections/LevyPeriods'
import { Media } from './collections/Media'
import { Members } from './collections/Members'
import { Offenders } from './collections/Offenders'
import { PartnerAgencies } from './collections/PartnerAgencies'
import { PoliceOutcomes } from './collections/PoliceOutcomes'
import { PushSubscriptions } from './collections/PushSubscriptions'
import { RateLimits } from './collections/RateLimits'
import { Recognitions } from './collections/Recognitions'
import { ReportMessages } from './collections/ReportMessages'
import { ShopVisits } from './collections/ShopVisits'
import { SignedDocuments } from './collections/SignedDocuments'
import { SubjectRequests } from './collections/SubjectRequests'
import { SupportServices } from './collections/SupportServices'
import { TownAlerts } from './collections/TownAlerts'
import { Users } from './collections/Users'
import { WarningMarkers } from './collections/WarningMarkers'
import { WitnessStatements } from './collections/WitnessStatements'
import { adminTitleSuffix } from './features/schemeIdentity/adminMetadataOf'
import { SchemeSettings } from './globals/SchemeSettings'
import { anchorAuditChainTask } from './jobs/anchorAuditChain'
import { applyRetentionTask } from './jobs/applyRetention'
import { emailAlertTask } from './jobs/emailAlert'
import { endExpiredExclusionsTask } from './jobs/endExpiredExclusions'
import { galleryDigestTask } from './jobs/galleryDigest'
import { weeklyBulletinTask } from './jobs/weeklyBulletin'
import { auditRefusal } from './lib/audit/auditRefusal'
import { logPoolErrors } from './lib/database/logPoolErrors'
import { runsJobsHere } from './lib/database/runsJobsHere'
import { emailAdapter } from './lib/email/emailAdapter'
import { databaseReplicaUrls } from './lib/env/databaseReplicaUrls'
import { databaseUrl } from './lib/env/databaseUrl'
import { isProduction } from './lib/env/isProduction'
import { payloadSecret } from './lib/env/payloadSecret'
import { siteOrigin } from './lib/env/siteOrigin'
import { siteUrl } from './lib/env/siteUrl'
import { uploadthingToken } from './lib/env/uploadthingToken'
import { logger } from './lib/log/logger'
import { observeJobQueue } from './lib/metrics/observeJobQueue'
import { withJobMetrics } from './lib/metrics/withJobMetrics'
import { explainPublicErrors } from './lib/rest/explainPublicErrors'
import { logRestError } from './lib/rest/logRestError'
import { quietPayloadRestErrors } from './lib/rest/quietPayloadRestErrors'
import { payloadCookiePrefix } from './lib/security/payloadCookiePrefix'
import { uploadthingStorage } from './lib/storage/uploadthing/uploadthingStorage'
import { maxUploadBytes } from './lib/uploads/imageRules'
import { withInputGuards } from './lib/validation/withInputGuards'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// This file only assembles: each collection lives in its own folder under collections/. Payload's own
// collections then get our access rules, and REST errors one log line each (access/, lib/rest/).
export default buildConfig({
  admin: {
    user: Users.slug,
    // Payload's metadata is static: the admin page puts the scheme's name and icons in (adminMetadataOf).
    meta: {
      titleSuffix: adminTitleSuffix,
      icons: [
        { rel: 'icon', url: '/favicon.ico' },
        { rel: 'apple-touch-icon', url: '/icons/apple-touch-icon.png' },
      ],
    },
    avatar: { Component: '/components/admin/StaffAvatar#StaffAvatar' }, // initials: no Gravatar request
    importMap: { baseDir: dirname },
    components: {
      // The scheme's own logo and icon, read from its settings (docs/scheme-identity.md).
      graphics: {
        Logo: '/components/admin/SchemeAdminLogo#SchemeAdminLogo',
        Icon: '/components/admin/SchemeAdminIcon#SchemeAdminIcon',
      },
      afterNavLinks: ['/components/admin/AdminNavLinks#AdminNavLinks'],
      beforeDashboard: ['/components/admin/SchemeDashboard#SchemeDashboard'],
      views: {
        // Staff sign in at /staff/sign-in (password and second factor); see docs/staff-second-factor.md.
        login: { Component: '/components/staff/RedirectToStaffSignIn#RedirectToStaffSignIn', path: '/login' },
        approvals: { Component: '/components/admin/ApprovalQueueView#ApprovalQueueView', path: '/approvals' },
        audit: { Component: '/components/admin/AuditLogView#AuditLogView', path: '/audit' },
        outcomes: { Component: '/components/admin/OutcomeReportView#OutcomeReportView', path: '/outcomes' },
        import: { Component: '/components/admin/ImportView#ImportView', path: '/import' },
        patterns: { Component: '/components/admin/PatternReportView#PatternReportView', path: '/patterns' },
      },
    },
  },
  // Every collection people write to shares the input guards; the audit log and rate limits are server-written.
  collections: [
    ...[
      Users,
      Members,
      Businesses,
      Incidents,
      Recognitions,
      Offenders,
      Evidence,
      ShopVisits,
      LevyPeriods,
      BulletinWeeks,
      Media,
      Campaigns,
      Briefings,
      EventRsvps,
      SupportServices,
      SubjectRequests,
      IncidentTypes,
      WarningMarkers,
      PartnerAgencies,
      PoliceOutcomes,
      ExclusionNotices,
      SignedDocuments,
      WitnessStatements,
      ReportMessages,
      Documents,
      DocumentVersions,
      DocumentReads,
      DocumentAcceptances,
      PushSubscriptions,
      TownAlerts,
    ].map(withInputGuards),
    AuditLog,
    RateLimits,
  ],
  globals: [SchemeSettings],
  // Requests refused for lack of rights (and failed staff sign-ins) are audit-logged (docs/audit-chain.md).
  // Every refused or failed REST request is then logged as one warn line (lib/rest/logRestError.ts).
  hooks: { afterError: [auditRefusal, explainPublicErrors, logRestError] },
  onInit: (payload) => {
    logPoolErrors(payload)
    observeJobQueue(payload)
  },
  editor: lexicalEditor(),
  secret: payloadSecret(),
  // The public address (SITE_URL; production refuses to start without it). Cookie-authenticated requests
  // from any other origin are treated as anonymous (Payload's CSRF check).
  serverURL: siteUrl(),
  csrf: [siteOrigin()],
  // `__Host-` cookie names over https (docs/security.md).
  cookiePrefix: payloadCookiePrefix(),
  db: postgresAdapter({
    pool: { connectionString: databaseUrl() },
    // Reads outside a transaction may go to a replica; writes, transactions and this instance's reads within
    // 2 s of its own write go to the primary (docs/deploy.md, "Read replica").
    readReplicas: databaseReplicaUrls().length ? databaseReplicaUrls() : undefined,
    // The schema only ever changes through committed migrations, in development too (docs/database-and-migrations.md).
    push: false,
    migrationDir: path.join(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  sharp,
  email: emailAdapter(),
  graphQL: { disable: true },
  upload: {
    limits: { fileSize: maxUploadBytes },
    abortOnLimit: true,
  },
  // UploadThing in production when a token is set; Payload's local disk store otherwise (docs/file-storage.md).
  plugins: [
    uploadthingStorage({
      token: uploadthingToken(),
      collections: ['evidence', 'media', 'signed-documents', 'document-versions'],
    }),
  ],
  jobs: {
    tasks: [
      endExpiredExclusionsTask,
      galleryDigestTask,
      weeklyBulletinTask,
      emailAlertTask,
      applyRetentionTask,
      anchorAuditChainTask,
    ].map(withJobMetrics),
    // Every app instance has the timer, but only the jobs leader (a PostgreSQL advisory lock) queues the
    // scheduled tasks and runs the queue, so each schedule's slot runs once (lib/database/runsJobsHere.ts).
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20, disableScheduling: true }],
    shouldAutoRun: (payload) => runsJobsHere(payload),
    // The queue runs from each instance's own timer (above); over the API only an admin may run, queue or
    // cancel jobs (Payload's default is any signed-in account).
    access: {
      run: ({ req }) => hasStaffRole(req, 'admin'),
      queue: ({ req }) => hasStaffRole(req, 'admin'),
      cancel: ({ req }) => hasStaffRole(req, 'admin'),
    },
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      labels: { singular: 'Background job', plural: 'Background jobs' },
      admin: { ...defaultJobsCollection.admin, hidden: false, group: 'Settings' },
      access: { create: isAdmin, read: isAdmin, update: isAdmin, delete: isAdmin },
    }),
  },
  typescript: { outputFile: path.join(dirname, 'payload-types.ts') },
  telemetry: false,
  // Production logs are JSON lines, one logger for Payload and the app (lib/log/logger.ts); development
  // keeps Payload's readable default.
  logger: isProduction() ? logger : undefined,
})
  .then(lockDownPayloadSystem)
  .then(quietPayloadRestErrors)
