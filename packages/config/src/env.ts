import { z } from 'zod';

/** Compose passes `${NAME:-}` as an empty string: for these settings empty means unset. */
const unsetWhenEmpty = <T extends z.ZodType>(type: T) => z.preprocess((value) => (value === '' ? undefined : value), type);
/** `address` or `Name <address>`. */
const mailbox = /^(?:[^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/;

/**
 * Every setting, with a default that works for the embedded set-up (SQLite, local files).
 * Documented in the README and in .env.example; declared in turbo.json.
 */
const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|mongodb(\+srv)?:\/\/)/, 'DATABASE_URL must start with file: (SQLite) or mongodb:// (MongoDB)')
    .default('file:./data/xxgk.db'),
  DATA_DIR: z.string().default('./data'),
  UPLOAD_DIR: z.string().default('./data/uploads'),
  UPLOAD_MAX_MB: z.coerce.number().positive().max(1024).default(20),
  PAYLOAD_SECRET: z.string().min(16, 'PAYLOAD_SECRET must be at least 16 characters').optional(),
  CMS_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  CMS_PUBLIC_URL: z.string().url().optional(),
  SQLITE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  TRUSTED_PROXIES: z.string().default(''),
  GATEWAY_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  GATEWAY_MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  GATEWAY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  // The public intake (submitApplication, submitFeedback and the status lookups) per visitor, and the proof of work it asks.
  GATEWAY_SUBMISSION_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  GATEWAY_PROOF_OF_WORK_MAX_NUMBER: z.coerce.number().int().min(1).max(10_000_000).default(50_000),
  GATEWAY_CORS_ORIGINS: z.string().default('*'),
  GATEWAY_MAX_BODY_KB: z.coerce.number().int().min(1).default(64),
  GATEWAY_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  GATEWAY_CACHE_TTL_MS: z.coerce.number().int().min(0).default(60_000),
  GATEWAY_FRESHNESS_MS: z.coerce.number().int().min(50).max(1_000).default(250),
  GATEWAY_SITE_KEY: z.string().min(16, 'GATEWAY_SITE_KEY must be at least 16 characters').optional(),
  GATEWAY_PERSISTED_OPERATIONS: z.string().default('./apps/web/src/gql/persisted-documents.json'),
  WEB_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  WEB_PUBLIC_URL: z.string().url().optional(),
  GATEWAY_URL: z.string().url().optional(),
  GATEWAY_PUBLIC_URL: z.string().url().optional(),
  WEB_REVALIDATE_URL: z.string().url().optional(),
  REVALIDATE_SECRET: z.string().min(16, 'REVALIDATE_SECRET must be at least 16 characters').optional(),
  WEB_REVALIDATE_SECONDS: z.coerce.number().int().min(1).default(60),
  WEB_SEARCH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  // Several instances: the gateways' response cache and the sites' data cache live in this Redis
  // (shared by every process) instead of in each process. Unset: each process keeps its own.
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://')
    .optional(),
  // E-mail for staff notifications (提醒). Without SMTP_HOST nothing is sent (and nothing is
  // printed): every notification is still recorded and shown under 我的提醒 in the admin.
  SMTP_HOST: unsetWhenEmpty(z.string().regex(/^[A-Za-z0-9.-]+$|^\[?[0-9A-Fa-f:.]+\]?$/, 'SMTP_HOST must be a host name or address, e.g. smtp.example.edu.cn (without smtp://)').optional()),
  SMTP_PORT: unsetWhenEmpty(z.coerce.number().int().min(1).max(65535).optional()),
  SMTP_SECURE: unsetWhenEmpty(
    z
      .enum(['true', 'false'], { message: 'SMTP_SECURE must be true (TLS from the start, usually port 465) or false (STARTTLS, usually port 587)' })
      .default('false')
      .transform((value) => value === 'true'),
  ),
  SMTP_USER: unsetWhenEmpty(z.string().optional()),
  SMTP_PASS: unsetWhenEmpty(z.string().optional()),
  MAIL_FROM: unsetWhenEmpty(
    z.string().regex(mailbox, 'MAIL_FROM must be an address or "Name <address>", e.g. 信息公开平台 <xxgk@example.edu.cn>').default('信息公开平台 <noreply@localhost>'),
  ),
  // When the reminders job runs (cron, 5 or 6 fields, server time), or off.
  REMINDER_CRON: unsetWhenEmpty(
    z.string().regex(/^off$|^[\d*/,?LW#A-Za-z-]+( [\d*/,?LW#A-Za-z-]+){4,5}$/, 'REMINDER_CRON must be a cron expression with 5 or 6 fields (e.g. */15 * * * *) or off').default('*/15 * * * *'),
  ),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof schema>;

/** The name of every setting (checked against .env.example, turbo.json and docker-compose.yml). */
export const envNames = Object.keys(schema.shape) as (keyof Env)[];

export const readEnv = (source: Record<string, string | undefined> = process.env): Env => {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  if (parsed.data.SMTP_USER && !parsed.data.SMTP_PASS) throw new Error('Invalid environment configuration:\n  SMTP_PASS: SMTP_USER is set, so SMTP_PASS is needed too');
  return parsed.data;
};
