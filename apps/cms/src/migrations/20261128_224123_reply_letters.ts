import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reply_letters_deliveries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`to\` text,
  	\`status\` text NOT NULL,
  	\`error\` text,
  	\`by_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reply_letters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reply_letters_deliveries_order_idx\` ON \`reply_letters_deliveries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reply_letters_deliveries_parent_id_idx\` ON \`reply_letters_deliveries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reply_letters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_id\` integer NOT NULL,
  	\`format\` text NOT NULL,
  	\`decision\` text NOT NULL,
  	\`decided_on\` text NOT NULL,
  	\`state\` text DEFAULT 'draft' NOT NULL,
  	\`sent_on\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`application_cases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reply_letters_case_idx\` ON \`reply_letters\` (\`case_id\`);`)
  await db.run(sql`CREATE INDEX \`reply_letters_state_idx\` ON \`reply_letters\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`reply_letters_updated_at_idx\` ON \`reply_letters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reply_letters_created_at_idx\` ON \`reply_letters\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reply_letters_filename_idx\` ON \`reply_letters\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reply_letters_id\` integer REFERENCES reply_letters(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reply_letters_id_idx\` ON \`payload_locked_documents_rels\` (\`reply_letters_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reply_letters_deliveries\`;`)
  await db.run(sql`DROP TABLE \`reply_letters\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`disclosures_id\` integer,
  	\`attachments_id\` integer,
  	\`checklist_categories_id\` integer,
  	\`checklist_items_id\` integer,
  	\`departments_id\` integer,
  	\`channels_id\` integer,
  	\`users_id\` integer,
  	\`login_throttles_id\` integer,
  	\`notifications_id\` integer,
  	\`application_cases_id\` integer,
  	\`applicants_id\` integer,
  	\`application_attachments_id\` integer,
  	\`feedback_id\` integer,
  	\`site_assets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosures_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`checklist_categories_id\`) REFERENCES \`checklist_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`checklist_items_id\`) REFERENCES \`checklist_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`login_throttles_id\`) REFERENCES \`login_throttles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`application_cases_id\`) REFERENCES \`application_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applicants_id\`) REFERENCES \`applicants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`application_attachments_id\`) REFERENCES \`application_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_assets_id\`) REFERENCES \`site_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "disclosures_id", "attachments_id", "checklist_categories_id", "checklist_items_id", "departments_id", "channels_id", "users_id", "login_throttles_id", "notifications_id", "application_cases_id", "applicants_id", "application_attachments_id", "feedback_id", "site_assets_id") SELECT "id", "order", "parent_id", "path", "disclosures_id", "attachments_id", "checklist_categories_id", "checklist_items_id", "departments_id", "channels_id", "users_id", "login_throttles_id", "notifications_id", "application_cases_id", "applicants_id", "application_attachments_id", "feedback_id", "site_assets_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosures_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_checklist_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`checklist_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_checklist_items_id_idx\` ON \`payload_locked_documents_rels\` (\`checklist_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`channels_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_login_throttles_id_idx\` ON \`payload_locked_documents_rels\` (\`login_throttles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_application_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`application_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applicants_id_idx\` ON \`payload_locked_documents_rels\` (\`applicants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_application_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`application_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_assets_id_idx\` ON \`payload_locked_documents_rels\` (\`site_assets_id\`);`)
}
