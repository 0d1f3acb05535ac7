import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`academicYear_status_idx\`;`)
  await db.run(sql`CREATE INDEX \`category_status_attribute_audience_publishedAt_idx\` ON \`disclosures\` (\`category_id\`,\`status\`,\`attribute\`,\`audience\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`checklistItem_status_attribute_audience_publishedAt_idx\` ON \`disclosures\` (\`checklist_item_id\`,\`status\`,\`attribute\`,\`audience\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`department_status_attribute_audience_publishedAt_idx\` ON \`disclosures\` (\`department_id\`,\`status\`,\`attribute\`,\`audience\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`academicYear_status_attribute_audience_publishedAt_idx\` ON \`disclosures\` (\`academic_year\`,\`status\`,\`attribute\`,\`audience\`,\`published_at\`);`)
  await db.run(sql`DROP INDEX \`version_academicYear_version_status_idx\`;`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_disclosures_v\` (\`version_category_id\`,\`version_status\`,\`version_attribute\`,\`version_audience\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_disclosures_v\` (\`version_checklist_item_id\`,\`version_status\`,\`version_attribute\`,\`version_audience\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_3_idx\` ON \`_disclosures_v\` (\`version_department_id\`,\`version_status\`,\`version_attribute\`,\`version_audience\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_4_idx\` ON \`_disclosures_v\` (\`version_academic_year\`,\`version_status\`,\`version_attribute\`,\`version_audience\`,\`version_published_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`category_status_attribute_audience_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`checklistItem_status_attribute_audience_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`department_status_attribute_audience_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`academicYear_status_attribute_audience_publishedAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`academicYear_status_idx\` ON \`disclosures\` (\`academic_year\`,\`status\`);`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_2_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_3_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_4_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_academicYear_version_status_idx\` ON \`_disclosures_v\` (\`version_academic_year\`,\`version_status\`);`)
}
