import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`annual_reports_entered_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`value\` numeric NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`annual_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`annual_reports_entered_figures_order_idx\` ON \`annual_reports_entered_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_entered_figures_parent_id_idx\` ON \`annual_reports_entered_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`annual_reports_item_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`item_id\` integer NOT NULL,
  	\`note\` text NOT NULL,
  	FOREIGN KEY (\`item_id\`) REFERENCES \`checklist_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`annual_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`annual_reports_item_notes_order_idx\` ON \`annual_reports_item_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_item_notes_parent_id_idx\` ON \`annual_reports_item_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_item_notes_item_idx\` ON \`annual_reports_item_notes\` (\`item_id\`);`)
  await db.run(sql`CREATE TABLE \`annual_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`format\` text DEFAULT 'moe' NOT NULL,
  	\`period_label\` text NOT NULL,
  	\`narratives_moe_overview\` text,
  	\`narratives_moe_proactive\` text,
  	\`narratives_moe_on_application\` text,
  	\`narratives_moe_appraisal\` text,
  	\`narratives_moe_complaints\` text,
  	\`narratives_moe_lessons\` text,
  	\`narratives_moe_other\` text,
  	\`narratives_government_overview\` text,
  	\`narratives_government_proactive\` text,
  	\`narratives_government_on_application\` text,
  	\`narratives_government_reviews\` text,
  	\`narratives_government_problems\` text,
  	\`narratives_government_other\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`version\` numeric DEFAULT 1,
  	\`corrects_id\` integer,
  	\`correction_note\` text,
  	\`previewed_at\` text,
  	\`published_at\` text,
  	\`superseded_at\` text,
  	\`previewed_figures\` text,
  	\`snapshot\` text,
  	\`events\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`corrects_id\`) REFERENCES \`annual_reports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`annual_reports_format_idx\` ON \`annual_reports\` (\`format\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_period_label_idx\` ON \`annual_reports\` (\`period_label\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_status_idx\` ON \`annual_reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_corrects_idx\` ON \`annual_reports\` (\`corrects_id\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_published_at_idx\` ON \`annual_reports\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_updated_at_idx\` ON \`annual_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_created_at_idx\` ON \`annual_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`format_periodLabel_version_idx\` ON \`annual_reports\` (\`format\`,\`period_label\`,\`version\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`annual_reports_id\` integer REFERENCES annual_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_annual_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`annual_reports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`annual_reports_entered_figures\`;`)
  await db.run(sql`DROP TABLE \`annual_reports_item_notes\`;`)
  await db.run(sql`DROP TABLE \`annual_reports\`;`)
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
  	\`reply_letters_id\` integer,
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
  	FOREIGN KEY (\`reply_letters_id\`) REFERENCES \`reply_letters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_assets_id\`) REFERENCES \`site_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "disclosures_id", "attachments_id", "checklist_categories_id", "checklist_items_id", "departments_id", "channels_id", "users_id", "login_throttles_id", "notifications_id", "application_cases_id", "applicants_id", "application_attachments_id", "feedback_id", "reply_letters_id", "site_assets_id") SELECT "id", "order", "parent_id", "path", "disclosures_id", "attachments_id", "checklist_categories_id", "checklist_items_id", "departments_id", "channels_id", "users_id", "login_throttles_id", "notifications_id", "application_cases_id", "applicants_id", "application_attachments_id", "feedback_id", "reply_letters_id", "site_assets_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reply_letters_id_idx\` ON \`payload_locked_documents_rels\` (\`reply_letters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_assets_id_idx\` ON \`payload_locked_documents_rels\` (\`site_assets_id\`);`)
}
