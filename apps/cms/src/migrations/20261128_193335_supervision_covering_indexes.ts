import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`status_attribute_audience_publishedAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`status_attribute_audience_publishedAt_department_formedA_idx\` ON \`disclosures\` (\`status\`,\`attribute\`,\`audience\`,\`published_at\`,\`department_id\`,\`formed_at\`);`)
  await db.run(sql`CREATE INDEX \`status_publishedAt_department_formedAt_idx\` ON \`disclosures\` (\`status\`,\`published_at\`,\`department_id\`,\`formed_at\`);`)
  await db.run(sql`CREATE INDEX \`checklistItem_status_formedAt_idx\` ON \`disclosures\` (\`checklist_item_id\`,\`status\`,\`formed_at\`);`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`CREATE INDEX \`compound_index_5_idx\` ON \`_disclosures_v\` (\`version_status\`,\`version_published_at\`,\`version_department_id\`,\`version_formed_at\`);`)
  await db.run(sql`CREATE INDEX \`version_checklistItem_version_status_version_formedAt_idx\` ON \`_disclosures_v\` (\`version_checklist_item_id\`,\`version_status\`,\`version_formed_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_disclosures_v\` (\`version_status\`,\`version_attribute\`,\`version_audience\`,\`version_published_at\`,\`version_department_id\`,\`version_formed_at\`);`)
  // A database loaded in bulk was analysed before these indexes existed: without fresh statistics
  // SQLite's planner keeps reading records through the older, narrower indexes.
  await db.run(sql`ANALYZE \`disclosures\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`status_attribute_audience_publishedAt_department_formedA_idx\`;`)
  await db.run(sql`DROP INDEX \`status_publishedAt_department_formedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`checklistItem_status_formedAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`status_attribute_audience_publishedAt_idx\` ON \`disclosures\` (\`status\`,\`attribute\`,\`audience\`,\`published_at\`);`)
  await db.run(sql`DROP INDEX \`compound_index_5_idx\`;`)
  await db.run(sql`DROP INDEX \`version_checklistItem_version_status_version_formedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_disclosures_v\` (\`version_status\`,\`version_attribute\`,\`version_audience\`,\`version_published_at\`);`)
}
