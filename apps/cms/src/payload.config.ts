import { lexicalEditor } from '@payloadcms/richtext-lexical';
import { en } from '@payloadcms/translations/languages/en';
import { zh } from '@payloadcms/translations/languages/zh';
import { readEnv, resolveDatabase, resolveSecret, resolveUploadDir } from '@xxgk/config';
import { buildConfig } from 'payload';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAttachments } from './collections/Attachments';
import { Channels } from './collections/Channels';
import { ChecklistCategories } from './collections/ChecklistCategories';
import { ChecklistItems } from './collections/ChecklistItems';
import { Departments } from './collections/Departments';
import { Disclosures } from './collections/Disclosures';
import { LoginThrottles } from './collections/LoginThrottles';
import { Notifications } from './collections/Notifications';
import { buildSiteAssets } from './collections/SiteAssets';
import { Users } from './collections/Users';
import { buildDatabaseAdapter } from './database';
import { explainMalformedUpload } from './hooks/explainMalformedUpload';
import { SiteSettings } from './globals/SiteSettings';
import { isSignedIn } from './access/isSignedIn';
import { bumpDataVersionAfterChange } from './dataVersion/mongoDataVersion';
import type { CollectionConfig, GlobalConfig } from 'payload';

// Collections and the global whose changes the public can see: each change bumps the data
// version that the gateways poll (on MongoDB; see dataVersion/mongoDataVersion.ts).
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

const env = readEnv();
const dirname = path.dirname(fileURLToPath(import.meta.url));

export default buildConfig({
  admin: {
    user: 'users',
    meta: { titleSuffix: ' · 信息公开管理平台' },
    // No Gravatar: it is unreachable from many campus networks and would leak staff e-mail hashes.
    avatar: 'default',
    importMap: { baseDir: dirname },
  },
  i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh' },
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
    buildSiteAssets({ uploadDir: resolveUploadDir(env) }),
  ],
  globals: [announcingGlobalChanges(SiteSettings)],
  // Saved list views (筛选方案): the workbench queues are shared presets; staff save their own.
  queryPresets: {
    access: { read: isSignedIn, create: isSignedIn, update: isSignedIn, delete: isSignedIn },
    constraints: {},
  },
  editor: lexicalEditor(),
  db: buildDatabaseAdapter({ choice: resolveDatabase(env), busyTimeout: env.SQLITE_BUSY_TIMEOUT_MS }),
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
  hooks: { afterError: [explainMalformedUpload] },
  telemetry: false,
});
