import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`disclosures_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosures_texts_order_parent\` ON \`disclosures_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_disclosures_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosures_v_texts_order_parent\` ON \`_disclosures_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`email\` text,
  	\`subject\` text NOT NULL,
  	\`text\` text,
  	\`disclosure_id\` integer,
  	\`checklist_item_id\` integer,
  	\`delivery\` text NOT NULL,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`disclosure_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`checklist_item_id\`) REFERENCES \`checklist_items\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`notifications_key_idx\` ON \`notifications\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`notifications_kind_idx\` ON \`notifications\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_disclosure_idx\` ON \`notifications\` (\`disclosure_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_checklist_item_idx\` ON \`notifications\` (\`checklist_item_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_assets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
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
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`site_assets_updated_at_idx\` ON \`site_assets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_assets_created_at_idx\` ON \`site_assets\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_assets_filename_idx\` ON \`site_assets\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`document_no\` text;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`issuer\` text;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`author_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`disclosures_document_no_idx\` ON \`disclosures\` (\`document_no\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_submitted_at_idx\` ON \`disclosures\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_author_idx\` ON \`disclosures\` (\`author_id\`);`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_document_no\` text;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_issuer\` text;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_author_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_document_no_idx\` ON \`_disclosures_v\` (\`version_document_no\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_submitted_at_idx\` ON \`_disclosures_v\` (\`version_submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_author_idx\` ON \`_disclosures_v\` (\`version_author_id\`);`)
  await db.run(sql`ALTER TABLE \`checklist_items\` ADD \`not_applicable\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`checklist_items\` ADD \`not_applicable_reason\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notify_by_email\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notifications_id\` integer REFERENCES notifications(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`site_assets_id\` integer REFERENCES site_assets(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_assets_id_idx\` ON \`payload_locked_documents_rels\` (\`site_assets_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`institution_logo_id\` integer REFERENCES site_assets(id);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reminders_review_waiting_days\` numeric DEFAULT 3 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reminders_due_soon_days\` numeric DEFAULT 5 NOT NULL;`)
  await db.run(sql`CREATE INDEX \`site_settings_institution_institution_logo_idx\` ON \`site_settings\` (\`institution_logo_id\`);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_institution_logo_id\` integer REFERENCES site_assets(id);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reminders_review_waiting_days\` numeric DEFAULT 3 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reminders_due_soon_days\` numeric DEFAULT 5 NOT NULL;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_institution_version_institution_idx\` ON \`_site_settings_v\` (\`version_institution_logo_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`disclosures_texts\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v_texts\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`DROP TABLE \`site_assets\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_disclosures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`category_id\` integer NOT NULL,
  	\`checklist_item_id\` integer,
  	\`department_id\` integer NOT NULL,
  	\`body\` text,
  	\`body_text\` text,
  	\`attribute\` text DEFAULT 'active' NOT NULL,
  	\`audience\` text DEFAULT 'public' NOT NULL,
  	\`reason\` text,
  	\`formed_at\` text NOT NULL,
  	\`published_at\` text,
  	\`index_no\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`validity\` text DEFAULT 'valid' NOT NULL,
  	\`review_note\` text,
  	\`academic_year\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`checklist_categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`checklist_item_id\`) REFERENCES \`checklist_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_disclosures\`("id", "title", "category_id", "checklist_item_id", "department_id", "body", "body_text", "attribute", "audience", "reason", "formed_at", "published_at", "index_no", "status", "validity", "review_note", "academic_year", "updated_at", "created_at") SELECT "id", "title", "category_id", "checklist_item_id", "department_id", "body", "body_text", "attribute", "audience", "reason", "formed_at", "published_at", "index_no", "status", "validity", "review_note", "academic_year", "updated_at", "created_at" FROM \`disclosures\`;`)
  await db.run(sql`DROP TABLE \`disclosures\`;`)
  await db.run(sql`ALTER TABLE \`__new_disclosures\` RENAME TO \`disclosures\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`disclosures_category_idx\` ON \`disclosures\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_checklist_item_idx\` ON \`disclosures\` (\`checklist_item_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_department_idx\` ON \`disclosures\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_attribute_idx\` ON \`disclosures\` (\`attribute\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_audience_idx\` ON \`disclosures\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_formed_at_idx\` ON \`disclosures\` (\`formed_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_published_at_idx\` ON \`disclosures\` (\`published_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosures_index_no_idx\` ON \`disclosures\` (\`index_no\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_status_idx\` ON \`disclosures\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_validity_idx\` ON \`disclosures\` (\`validity\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_academic_year_idx\` ON \`disclosures\` (\`academic_year\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_updated_at_idx\` ON \`disclosures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_created_at_idx\` ON \`disclosures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_attribute_audience_publishedAt_idx\` ON \`disclosures\` (\`status\`,\`attribute\`,\`audience\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`category_status_attribute_audience_publishedAt_idx\` ON \`disclosures\` (\`category_id\`,\`status\`,\`attribute\`,\`audience\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`checklistItem_status_attribute_audience_publishedAt_idx\` ON \`disclosures\` (\`checklist_item_id\`,\`status\`,\`attribute\`,\`audience\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`department_status_attribute_audience_publishedAt_idx\` ON \`disclosures\` (\`department_id\`,\`status\`,\`attribute\`,\`audience\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`academicYear_status_attribute_audience_publishedAt_idx\` ON \`disclosures\` (\`academic_year\`,\`status\`,\`attribute\`,\`audience\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__disclosures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_category_id\` integer NOT NULL,
  	\`version_checklist_item_id\` integer,
  	\`version_department_id\` integer NOT NULL,
  	\`version_body\` text,
  	\`version_body_text\` text,
  	\`version_attribute\` text DEFAULT 'active' NOT NULL,
  	\`version_audience\` text DEFAULT 'public' NOT NULL,
  	\`version_reason\` text,
  	\`version_formed_at\` text NOT NULL,
  	\`version_published_at\` text,
  	\`version_index_no\` text,
  	\`version_status\` text DEFAULT 'draft' NOT NULL,
  	\`version_validity\` text DEFAULT 'valid' NOT NULL,
  	\`version_review_note\` text,
  	\`version_academic_year\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_category_id\`) REFERENCES \`checklist_categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_checklist_item_id\`) REFERENCES \`checklist_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__disclosures_v\`("id", "parent_id", "version_title", "version_category_id", "version_checklist_item_id", "version_department_id", "version_body", "version_body_text", "version_attribute", "version_audience", "version_reason", "version_formed_at", "version_published_at", "version_index_no", "version_status", "version_validity", "version_review_note", "version_academic_year", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_title", "version_category_id", "version_checklist_item_id", "version_department_id", "version_body", "version_body_text", "version_attribute", "version_audience", "version_reason", "version_formed_at", "version_published_at", "version_index_no", "version_status", "version_validity", "version_review_note", "version_academic_year", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_disclosures_v\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__disclosures_v\` RENAME TO \`_disclosures_v\`;`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_parent_idx\` ON \`_disclosures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_category_idx\` ON \`_disclosures_v\` (\`version_category_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_checklist_item_idx\` ON \`_disclosures_v\` (\`version_checklist_item_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_department_idx\` ON \`_disclosures_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_attribute_idx\` ON \`_disclosures_v\` (\`version_attribute\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_audience_idx\` ON \`_disclosures_v\` (\`version_audience\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_formed_at_idx\` ON \`_disclosures_v\` (\`version_formed_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_published_at_idx\` ON \`_disclosures_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_index_no_idx\` ON \`_disclosures_v\` (\`version_index_no\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_status_idx\` ON \`_disclosures_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_validity_idx\` ON \`_disclosures_v\` (\`version_validity\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_academic_year_idx\` ON \`_disclosures_v\` (\`version_academic_year\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_updated_at_idx\` ON \`_disclosures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_created_at_idx\` ON \`_disclosures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_created_at_idx\` ON \`_disclosures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_updated_at_idx\` ON \`_disclosures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_disclosures_v\` (\`version_status\`,\`version_attribute\`,\`version_audience\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_disclosures_v\` (\`version_category_id\`,\`version_status\`,\`version_attribute\`,\`version_audience\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_disclosures_v\` (\`version_checklist_item_id\`,\`version_status\`,\`version_attribute\`,\`version_audience\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_3_idx\` ON \`_disclosures_v\` (\`version_department_id\`,\`version_status\`,\`version_attribute\`,\`version_audience\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_4_idx\` ON \`_disclosures_v\` (\`version_academic_year\`,\`version_status\`,\`version_attribute\`,\`version_audience\`,\`version_published_at\`);`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosures_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`checklist_categories_id\`) REFERENCES \`checklist_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`checklist_items_id\`) REFERENCES \`checklist_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`login_throttles_id\`) REFERENCES \`login_throttles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "disclosures_id", "attachments_id", "checklist_categories_id", "checklist_items_id", "departments_id", "channels_id", "users_id", "login_throttles_id") SELECT "id", "order", "parent_id", "path", "disclosures_id", "attachments_id", "checklist_categories_id", "checklist_items_id", "departments_id", "channels_id", "users_id", "login_throttles_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`institution_name\` text DEFAULT '示例高校' NOT NULL,
  	\`institution_name_en\` text,
  	\`institution_code\` text DEFAULT 'XXGK' NOT NULL,
  	\`guide_office\` text,
  	\`guide_address\` text,
  	\`guide_postcode\` text,
  	\`guide_hours\` text,
  	\`guide_phone\` text,
  	\`guide_email\` text,
  	\`guide_introduction\` text,
  	\`deadlines_publish_within\` numeric DEFAULT 20 NOT NULL,
  	\`deadlines_reply_within\` numeric DEFAULT 15 NOT NULL,
  	\`deadlines_extension\` numeric DEFAULT 15 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "institution_name", "institution_name_en", "institution_code", "guide_office", "guide_address", "guide_postcode", "guide_hours", "guide_phone", "guide_email", "guide_introduction", "deadlines_publish_within", "deadlines_reply_within", "deadlines_extension", "updated_at", "created_at") SELECT "id", "institution_name", "institution_name_en", "institution_code", "guide_office", "guide_address", "guide_postcode", "guide_hours", "guide_phone", "guide_email", "guide_introduction", "deadlines_publish_within", "deadlines_reply_within", "deadlines_extension", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_institution_name\` text DEFAULT '示例高校' NOT NULL,
  	\`version_institution_name_en\` text,
  	\`version_institution_code\` text DEFAULT 'XXGK' NOT NULL,
  	\`version_guide_office\` text,
  	\`version_guide_address\` text,
  	\`version_guide_postcode\` text,
  	\`version_guide_hours\` text,
  	\`version_guide_phone\` text,
  	\`version_guide_email\` text,
  	\`version_guide_introduction\` text,
  	\`version_deadlines_publish_within\` numeric DEFAULT 20 NOT NULL,
  	\`version_deadlines_reply_within\` numeric DEFAULT 15 NOT NULL,
  	\`version_deadlines_extension\` numeric DEFAULT 15 NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v\`("id", "version_institution_name", "version_institution_name_en", "version_institution_code", "version_guide_office", "version_guide_address", "version_guide_postcode", "version_guide_hours", "version_guide_phone", "version_guide_email", "version_guide_introduction", "version_deadlines_publish_within", "version_deadlines_reply_within", "version_deadlines_extension", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "version_institution_name", "version_institution_name_en", "version_institution_code", "version_guide_office", "version_guide_address", "version_guide_postcode", "version_guide_hours", "version_guide_phone", "version_guide_email", "version_guide_introduction", "version_deadlines_publish_within", "version_deadlines_reply_within", "version_deadlines_extension", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_site_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v\` RENAME TO \`_site_settings_v\`;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
  await db.run(sql`ALTER TABLE \`checklist_items\` DROP COLUMN \`not_applicable\`;`)
  await db.run(sql`ALTER TABLE \`checklist_items\` DROP COLUMN \`not_applicable_reason\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notify_by_email\`;`)
}
