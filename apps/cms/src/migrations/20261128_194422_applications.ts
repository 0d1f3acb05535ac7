import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`application_cases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_no\` text,
  	\`query_code_hash\` text,
  	\`submission_key\` text,
  	\`challenge\` text,
  	\`channel\` text DEFAULT 'letter' NOT NULL,
  	\`applicant_type\` text NOT NULL,
  	\`applicant_id\` integer,
  	\`information_requested\` text NOT NULL,
  	\`purpose\` text,
  	\`form\` text DEFAULT 'electronic' NOT NULL,
  	\`delivery\` text DEFAULT 'email' NOT NULL,
  	\`department_id\` integer,
  	\`handler_id\` integer,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`received_on\` text NOT NULL,
  	\`due_on\` text,
  	\`is_paused\` integer DEFAULT false,
  	\`extended\` integer DEFAULT false,
  	\`decision\` text,
  	\`decided_on\` text,
  	\`replied_on\` text,
  	\`withdrawn_on\` text,
  	\`closed_on\` text,
  	\`working_days_used\` numeric,
  	\`fee_charged\` numeric DEFAULT 0,
  	\`fee_waived\` numeric DEFAULT 0,
  	\`events\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`applicant_id\`) REFERENCES \`applicants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handler_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`application_cases_case_no_idx\` ON \`application_cases\` (\`case_no\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`application_cases_submission_key_idx\` ON \`application_cases\` (\`submission_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`application_cases_challenge_idx\` ON \`application_cases\` (\`challenge\`);`)
  await db.run(sql`CREATE INDEX \`application_cases_applicant_type_idx\` ON \`application_cases\` (\`applicant_type\`);`)
  await db.run(sql`CREATE INDEX \`application_cases_applicant_idx\` ON \`application_cases\` (\`applicant_id\`);`)
  await db.run(sql`CREATE INDEX \`application_cases_department_idx\` ON \`application_cases\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`application_cases_handler_idx\` ON \`application_cases\` (\`handler_id\`);`)
  await db.run(sql`CREATE INDEX \`application_cases_status_idx\` ON \`application_cases\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`application_cases_received_on_idx\` ON \`application_cases\` (\`received_on\`);`)
  await db.run(sql`CREATE INDEX \`application_cases_due_on_idx\` ON \`application_cases\` (\`due_on\`);`)
  await db.run(sql`CREATE INDEX \`application_cases_decision_idx\` ON \`application_cases\` (\`decision\`);`)
  await db.run(sql`CREATE INDEX \`application_cases_replied_on_idx\` ON \`application_cases\` (\`replied_on\`);`)
  await db.run(sql`CREATE INDEX \`application_cases_withdrawn_on_idx\` ON \`application_cases\` (\`withdrawn_on\`);`)
  await db.run(sql`CREATE INDEX \`application_cases_closed_on_idx\` ON \`application_cases\` (\`closed_on\`);`)
  await db.run(sql`CREATE INDEX \`application_cases_updated_at_idx\` ON \`application_cases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`application_cases_created_at_idx\` ON \`application_cases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_dueOn_idx\` ON \`application_cases\` (\`status\`,\`due_on\`);`)
  await db.run(sql`CREATE INDEX \`receivedOn_applicantType_idx\` ON \`application_cases\` (\`received_on\`,\`applicant_type\`);`)
  await db.run(sql`CREATE TABLE \`applicants\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`contact_person\` text,
  	\`id_type\` text,
  	\`id_number\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`address\` text,
  	\`postcode\` text,
  	\`erased_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`applicants_erased_at_idx\` ON \`applicants\` (\`erased_at\`);`)
  await db.run(sql`CREATE INDEX \`applicants_updated_at_idx\` ON \`applicants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`applicants_created_at_idx\` ON \`applicants\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`receipt_no\` text,
  	\`query_code_hash\` text,
  	\`submission_key\` text,
  	\`challenge\` text,
  	\`kind\` text NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`content\` text NOT NULL,
  	\`rating\` text,
  	\`record_id\` integer,
  	\`record_url\` text,
  	\`name\` text,
  	\`contact\` text,
  	\`handler_id\` integer,
  	\`reply\` text,
  	\`replied_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`record_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handler_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_receipt_no_idx\` ON \`feedback\` (\`receipt_no\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_submission_key_idx\` ON \`feedback\` (\`submission_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_challenge_idx\` ON \`feedback\` (\`challenge\`);`)
  await db.run(sql`CREATE INDEX \`feedback_kind_idx\` ON \`feedback\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_record_idx\` ON \`feedback\` (\`record_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_handler_idx\` ON \`feedback\` (\`handler_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`application_cases_id\` integer REFERENCES application_cases(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`applicants_id\` integer REFERENCES applicants(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`feedback_id\` integer REFERENCES feedback(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_application_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`application_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applicants_id_idx\` ON \`payload_locked_documents_rels\` (\`applicants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`applications_correction_within\` numeric DEFAULT 15 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`applications_consultation_limit\` numeric DEFAULT 15 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`applications_due_soon_days\` numeric DEFAULT 3 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`applications_id_document_required\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`applications_retention_years\` numeric DEFAULT 5 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_applications_correction_within\` numeric DEFAULT 15 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_applications_consultation_limit\` numeric DEFAULT 15 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_applications_due_soon_days\` numeric DEFAULT 3 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_applications_id_document_required\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_applications_retention_years\` numeric DEFAULT 5 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`application_cases\`;`)
  await db.run(sql`DROP TABLE \`applicants\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
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
  	FOREIGN KEY (\`site_assets_id\`) REFERENCES \`site_assets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "disclosures_id", "attachments_id", "checklist_categories_id", "checklist_items_id", "departments_id", "channels_id", "users_id", "login_throttles_id", "notifications_id", "site_assets_id") SELECT "id", "order", "parent_id", "path", "disclosures_id", "attachments_id", "checklist_categories_id", "checklist_items_id", "departments_id", "channels_id", "users_id", "login_throttles_id", "notifications_id", "site_assets_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_assets_id_idx\` ON \`payload_locked_documents_rels\` (\`site_assets_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`applications_correction_within\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`applications_consultation_limit\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`applications_due_soon_days\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`applications_id_document_required\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`applications_retention_years\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_applications_correction_within\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_applications_consultation_limit\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_applications_due_soon_days\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_applications_id_document_required\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_applications_retention_years\`;`)
}
