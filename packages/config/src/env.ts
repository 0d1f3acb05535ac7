import { z } from 'zod';

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
});

export type Env = z.infer<typeof schema>;

export const readEnv = (source: Record<string, string | undefined> = process.env): Env => {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  return parsed.data;
};
