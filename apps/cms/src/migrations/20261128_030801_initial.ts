import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`disclosures_reviews\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reviewer_id\` integer,
  	\`reviewer_name\` text,
  	\`reviewed_at\` text,
  	\`outcome\` text,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`note\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosures_reviews_order_idx\` ON \`disclosures_reviews\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_reviews_parent_id_idx\` ON \`disclosures_reviews\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_reviews_reviewer_idx\` ON \`disclosures_reviews\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`category_id\` integer NOT NULL,
  	\`checklist_item_id\` integer,
  	\`department_id\` integer NOT NULL,
  	\`body\` text,
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
  await db.run(sql`CREATE INDEX \`academicYear_status_idx\` ON \`disclosures\` (\`academic_year\`,\`status\`);`)
  await db.run(sql`CREATE TABLE \`disclosures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	\`channels_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosures_rels_order_idx\` ON \`disclosures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_parent_idx\` ON \`disclosures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_path_idx\` ON \`disclosures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_attachments_id_idx\` ON \`disclosures_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_channels_id_idx\` ON \`disclosures_rels\` (\`channels_id\`);`)
  await db.run(sql`CREATE TABLE \`_disclosures_v_version_reviews\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reviewer_id\` integer,
  	\`reviewer_name\` text,
  	\`reviewed_at\` text,
  	\`outcome\` text,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_reviews_order_idx\` ON \`_disclosures_v_version_reviews\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_reviews_parent_id_idx\` ON \`_disclosures_v_version_reviews\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_reviews_reviewer_idx\` ON \`_disclosures_v_version_reviews\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_disclosures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_category_id\` integer NOT NULL,
  	\`version_checklist_item_id\` integer,
  	\`version_department_id\` integer NOT NULL,
  	\`version_body\` text,
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
  await db.run(sql`CREATE INDEX \`version_academicYear_version_status_idx\` ON \`_disclosures_v\` (\`version_academic_year\`,\`version_status\`);`)
  await db.run(sql`CREATE TABLE \`_disclosures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`attachments_id\` integer,
  	\`channels_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosures_v_rels_order_idx\` ON \`_disclosures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_rels_parent_idx\` ON \`_disclosures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_rels_path_idx\` ON \`_disclosures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_rels_attachments_id_idx\` ON \`_disclosures_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_rels_channels_id_idx\` ON \`_disclosures_v_rels\` (\`channels_id\`);`)
  await db.run(sql`CREATE TABLE \`attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`department_id\` integer,
  	\`is_public\` integer DEFAULT false,
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
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`attachments_department_idx\` ON \`attachments\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`attachments_is_public_idx\` ON \`attachments\` (\`is_public\`);`)
  await db.run(sql`CREATE INDEX \`attachments_updated_at_idx\` ON \`attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`attachments_created_at_idx\` ON \`attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`attachments_filename_idx\` ON \`attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`checklist_categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`seq\` numeric NOT NULL,
  	\`name\` text NOT NULL,
  	\`name_en\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`checklist_categories_code_idx\` ON \`checklist_categories\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`checklist_categories_updated_at_idx\` ON \`checklist_categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`checklist_categories_created_at_idx\` ON \`checklist_categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`checklist_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`seq\` numeric NOT NULL,
  	\`category_id\` integer NOT NULL,
  	\`text\` text NOT NULL,
  	\`text_en\` text,
  	\`label\` text,
  	\`responsible_department_id\` integer,
  	\`cadence\` text DEFAULT 'realtime',
  	\`is_wording_verified\` integer,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`checklist_categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`responsible_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`checklist_items_code_idx\` ON \`checklist_items\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`checklist_items_category_idx\` ON \`checklist_items\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`checklist_items_responsible_department_idx\` ON \`checklist_items\` (\`responsible_department_id\`);`)
  await db.run(sql`CREATE INDEX \`checklist_items_updated_at_idx\` ON \`checklist_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`checklist_items_created_at_idx\` ON \`checklist_items\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`departments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`name_en\` text,
  	\`code\` text NOT NULL,
  	\`kind\` text DEFAULT 'office' NOT NULL,
  	\`parent_id\` integer,
  	\`order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_code_idx\` ON \`departments\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`departments_parent_idx\` ON \`departments\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`channels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`name_en\` text,
  	\`key\` text NOT NULL,
  	\`is_active\` integer DEFAULT true,
  	\`order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`channels_key_idx\` ON \`channels\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`channels_updated_at_idx\` ON \`channels\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`channels_created_at_idx\` ON \`channels\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_department_idx\` ON \`users\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosures_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`checklist_categories_id\`) REFERENCES \`checklist_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`checklist_items_id\`) REFERENCES \`checklist_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`channels_id\`) REFERENCES \`channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_calendar_holidays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_calendar_holidays_order_idx\` ON \`site_settings_calendar_holidays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_calendar_holidays_parent_id_idx\` ON \`site_settings_calendar_holidays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_calendar_makeup_workdays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_calendar_makeup_workdays_order_idx\` ON \`site_settings_calendar_makeup_workdays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_calendar_makeup_workdays_parent_id_idx\` ON \`site_settings_calendar_makeup_workdays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_calendar\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_calendar_order_idx\` ON \`site_settings_calendar\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_calendar_parent_id_idx\` ON \`site_settings_calendar\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
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
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_calendar_holidays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v_version_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_calendar_holidays_order_idx\` ON \`_site_settings_v_version_calendar_holidays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_calendar_holidays_parent_id_idx\` ON \`_site_settings_v_version_calendar_holidays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_calendar_makeup_workdays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v_version_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_calendar_makeup_workdays_order_idx\` ON \`_site_settings_v_version_calendar_makeup_workdays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_calendar_makeup_workdays_parent_id_idx\` ON \`_site_settings_v_version_calendar_makeup_workdays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_calendar\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_calendar_order_idx\` ON \`_site_settings_v_version_calendar\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_calendar_parent_id_idx\` ON \`_site_settings_v_version_calendar\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v\` (
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
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`disclosures_reviews\`;`)
  await db.run(sql`DROP TABLE \`disclosures\`;`)
  await db.run(sql`DROP TABLE \`disclosures_rels\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v_version_reviews\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`attachments\`;`)
  await db.run(sql`DROP TABLE \`checklist_categories\`;`)
  await db.run(sql`DROP TABLE \`checklist_items\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`DROP TABLE \`channels\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings_calendar_holidays\`;`)
  await db.run(sql`DROP TABLE \`site_settings_calendar_makeup_workdays\`;`)
  await db.run(sql`DROP TABLE \`site_settings_calendar\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_calendar_holidays\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_calendar_makeup_workdays\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_calendar\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
}
