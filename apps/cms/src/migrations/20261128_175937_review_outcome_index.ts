import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`disclosures_reviews_outcome_idx\` ON \`disclosures_reviews\` (\`outcome\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_reviews_outcome_idx\` ON \`_disclosures_v_version_reviews\` (\`outcome\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`disclosures_reviews_outcome_idx\`;`)
  await db.run(sql`DROP INDEX \`_disclosures_v_version_reviews_outcome_idx\`;`)
}
