import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { lexicalPlainText } from '@xxgk/domain'

// Full-text search needs each record's body as plain text: add the column and fill it for the
// records that already exist (in batches, computed exactly as the CMS hook computes it).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`body_text\` text;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_body_text\` text;`)
  for (let lastId = 0; ; ) {
    const rows = (await db.all(sql`SELECT id, body FROM disclosures WHERE id > ${lastId} ORDER BY id LIMIT 1000`)) as { id: number; body: string | null }[]
    if (rows.length === 0) break
    for (const row of rows) {
      const text = row.body ? lexicalPlainText(JSON.parse(row.body)) : ''
      await db.run(sql`UPDATE disclosures SET body_text = ${text} WHERE id = ${row.id}`)
    }
    lastId = rows[rows.length - 1]!.id
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`body_text\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` DROP COLUMN \`version_body_text\`;`)
}
