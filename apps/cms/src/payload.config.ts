import { lexicalEditor } from '@payloadcms/richtext-lexical';
import { en } from '@payloadcms/translations/languages/en';
import { zh } from '@payloadcms/translations/languages/zh';
import { readEnv, resolveDatabase, resolveMail, resolveSecret, resolveUploadDir } from '@xxgk/config';
import { buildConfig } from 'payload';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnnualReports } from './collections/AnnualReports';
import { buildAttachments } from './collections/Attachments';
import { Channels } from './collections/Channels';
import { ChecklistCategories } from './collections/ChecklistCategories';
import { ChecklistItems } from './collections/ChecklistItems';
import { Departments } from './collections/Departments';
import { Disclosures } from './collections/Disclosures';
import { LoginThrottles } from './collections/LoginThrottles';
import { Notifications } from './collections/Notifications';
import { Applicants } from './collections/applications/Applicants';
import { buildApplicationAttachments } from './collections/applications/ApplicationAttachments';
import { ApplicationCases } from './collections/applications/ApplicationCases';
import { Feedback } from './collections/applications/Feedback';
import { buildReplyLetters } from './collections/applications/ReplyLetters';
import { buildSiteAssets } from './collections/SiteAssets';
import { Users } from './collections/Users';
import { buildDatabaseAdapter } from './database';
import { withAfterCommit } from './lib/afterCommit';
import { buildEmailAdapter } from './notifications/emailAdapter';
import { buildJobs } from './notifications/jobs';
import { explainMalformedUpload } from './hooks/explainMalformedUpload';
import { answerRefusals } from './hooks/answerRefusals';
import { adminTranslations } from './i18n/adminTranslations';
import { SiteSettings } from './globals/SiteSettings';
import { supervisionCsvEndpoint } from './supervision/csvEndpoint';
import { isSignedIn } from './access/isSignedIn';
import { bumpDataVersionAfterChange } from './dataVersion/mongoDataVersion';
import { reportPreviewEndpoint } from './reports/render/previewEndpoint';
import type { CollectionConfig, GlobalConfig } from 'payload';

// Collections and the global whose changes the public can see: each change bumps the data
// version that the gateways poll (on MongoDB; see dataVersion/mongoDataVersion.ts). Applications
// and feedback are not public, but their figures are (the gateway's applicationStatistics).
const announcingChanges = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  hooks: {
    ...config.hooks,
    afterChange: [...(config.hooks?.afterChange ?? []), bumpDataVersionAfterChange],
    afterDelete: [...(config.hooks?.afterDelete ?? []), bumpDataVersionAfterChange],
  },
});
const announcingGlobalChanges = (config: GlobalConfig): GlobalConfig => ({
  ...config,
  hooks: { ...config.hooks, afterChange: [...(config.hooks?.afterChange ?? []), bumpDataVersionAfterChange] },
});

// The staff admin shows no "API" tab: it is a developer's aid that confused staff (docs/API.md serves developers).
const withoutApiTab = <T extends CollectionConfig | GlobalConfig>(config: T): T => ({ ...config, admin: { ...config.admin, hideAPIURL: true } });

const env = readEnv();
const dirname = path.dirname(fileURLToPath(import.meta.url));

export default buildConfig({
  admin: {
    user: 'users',
    meta: { titleSuffix: ' · 信息公开管理平台' },
    // No Gravatar: it is unreachable from many campus networks and would leak staff e-mail hashes.
    avatar: 'default',
    importMap: { baseDir: dirname },
    // 2026-11-28 11:08 rather than "十一月 28日 2026, 11:08 上午".
    dateFormat: 'yyyy-MM-dd HH:mm',
    components: {
      // The institution's name and logo (site settings) instead of Payload's.
      graphics: { Logo: '/components/branding/Logo#Logo', Icon: '/components/branding/Icon#Icon' },
      views: {
        // The workbench: each role's work queues instead of a grid of collections.
        dashboard: { Component: '/views/workbench/Dashboard#Dashboard' },
        // 监督检查: the 50 items' status and each department's figures (views/supervision).
        supervision: { Component: '/views/supervision/SupervisionView#SupervisionView', path: '/supervision', exact: true, meta: { title: '监督检查 / Supervision' } },
      },
      afterNavLinks: ['/views/supervision/NavLink#SupervisionNavLink'],
      // Bulk upload's hard-coded English toasts in the admin's language (components/workbench/BulkUploadToasts.tsx).
      providers: ['/components/workbench/BulkUploadToasts#BulkUploadToasts'],
    },
  },
  i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh', translations: adminTranslations },
  collections: [
    ...[
      Disclosures,
      buildAttachments({ uploadDir: resolveUploadDir(env), maxMegabytes: env.UPLOAD_MAX_MB }),
      ChecklistCategories,
      ChecklistItems,
      Departments,
      Channels,
    ].map(announcingChanges),
    Users,
    LoginThrottles,
    Notifications,
    announcingChanges(ApplicationCases),
    Applicants,
    buildApplicationAttachments({ uploadDir: resolveUploadDir(env), maxMegabytes: env.UPLOAD_MAX_MB }),
    announcingChanges(Feedback),
    buildReplyLetters({ uploadDir: resolveUploadDir(env) }),
    buildSiteAssets({ uploadDir: resolveUploadDir(env) }),
    // Published reports will be public through the gateway: their changes announce themselves too.
    announcingChanges(AnnualReports),
  ].map(withoutApiTab),
  globals: [announcingGlobalChanges(SiteSettings)].map(withoutApiTab),
  // GET /api/supervision.csv: the supervision view's tables as a spreadsheet.
  // GET /api/annual-report-files/:id/pdf|docx: the staff's preview of a report (reports/render/previewEndpoint.ts).
  endpoints: [supervisionCsvEndpoint, reportPreviewEndpoint],
  // Saved list views (筛选方案): the workbench queues are shared presets; staff save their own.
  queryPresets: {
    access: { read: isSignedIn, create: isSignedIn, update: isSignedIn, delete: isSignedIn },
    constraints: {},
    labels: { singular: { zh: '筛选方案', en: 'Saved view' }, plural: { zh: '筛选方案', en: 'Saved views' } },
  },
  editor: lexicalEditor(),
  // withAfterCommit: notification e-mails leave only once the save is committed (notifications/notify.ts).
  db: withAfterCommit(buildDatabaseAdapter({ choice: resolveDatabase(env), busyTimeout: env.SQLITE_BUSY_TIMEOUT_MS })),
  // Staff notifications (提醒): SMTP from the environment; without SMTP_HOST nothing is sent or printed.
  email: buildEmailAdapter(resolveMail(env)),
  // The reminders job (notifications/jobs.ts), on REMINDER_CRON.
  jobs: buildJobs({ reminderCron: env.REMINDER_CRON }),
  secret: resolveSecret(env),
  serverURL: env.CMS_PUBLIC_URL,
  upload: {
    // An oversized file is read to the end but marked truncated, so the attachment hook can
    // answer with a clear JSON error instead of the connection being cut mid-upload. Bodies
    // far beyond the limit are still cut off to protect the server.
    limits: { fileSize: env.UPLOAD_MAX_MB * 1024 * 1024 },
    abortOnLimit: false,
    requestSizeLimit: (env.UPLOAD_MAX_MB * 4 + 10) * 1024 * 1024,
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  hooks: { afterError: [explainMalformedUpload, answerRefusals] },
  telemetry: false,
});
