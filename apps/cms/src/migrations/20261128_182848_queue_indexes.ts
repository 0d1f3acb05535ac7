import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`status_submittedAt_idx\` ON \`disclosures\` (\`status\`,\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`status_updatedAt_idx\` ON \`disclosures\` (\`status\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_status_version_submittedAt_idx\` ON \`_disclosures_v\` (\`version_status\`,\`version_submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`version_status_version_updatedAt_idx\` ON \`_disclosures_v\` (\`version_status\`,\`version_updated_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`status_submittedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`status_updatedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_status_version_submittedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_status_version_updatedAt_idx\`;`)
}
