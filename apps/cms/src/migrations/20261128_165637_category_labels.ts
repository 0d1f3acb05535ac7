import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`checklist_categories\` ADD \`label\` text;`)
  await db.run(sql`CREATE INDEX \`disclosures_texts_text_idx\` ON \`disclosures_texts\` (\`text\`);`)
  // Written by hand: Payload reads a page's keywords by parent_id, which its (order, parent_id) index cannot serve.
  await db.run(sql`CREATE INDEX \`disclosures_texts_parent_idx\` ON \`disclosures_texts\` (\`parent_id\`, \`order\`);`)
  // Existing categories get their display label ("2. 招生考试信息"), as the collection's hook gives new ones.
  await db.run(sql`UPDATE \`checklist_categories\` SET \`label\` = \`seq\` || '. ' || \`name\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`disclosures_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`disclosures_texts_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`checklist_categories\` DROP COLUMN \`label\`;`)
}
