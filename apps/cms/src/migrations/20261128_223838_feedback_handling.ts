import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`feedback_id\` integer REFERENCES feedback(id);`)
  await db.run(sql`CREATE INDEX \`notifications_feedback_idx\` ON \`notifications\` (\`feedback_id\`);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`events\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_letterhead\` text DEFAULT '{{学校名称}}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_outcomes_disclosed_title\` text DEFAULT '信息公开申请答复书' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_outcomes_disclosed_body\` text DEFAULT '本校于{{收到申请日期}}收到您提出的信息公开申请（受理编号：{{受理编号}}），申请获取“{{所需信息}}”。
  经审查，您申请获取的信息属于公开范围。根据{{法律依据}}，本校决定予以公开。
  获取信息的方式和途径：{{办理说明}}
  {{收费情况}}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_outcomes_partly_disclosed_title\` text DEFAULT '信息公开申请答复书' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_outcomes_partly_disclosed_body\` text DEFAULT '本校于{{收到申请日期}}收到您提出的信息公开申请（受理编号：{{受理编号}}），申请获取“{{所需信息}}”。
  经审查，您申请获取的信息中含有不应当公开的内容，但能够作区分处理。根据{{法律依据}}，本校决定对可以公开的部分予以公开，对不予公开的部分说明理由。
  获取信息的方式和途径及不予公开部分的理由：{{办理说明}}
  {{收费情况}}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_outcomes_withheld_title\` text DEFAULT '信息公开申请不予公开告知书' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_outcomes_withheld_body\` text DEFAULT '本校于{{收到申请日期}}收到您提出的信息公开申请（受理编号：{{受理编号}}），申请获取“{{所需信息}}”。
  经审查，您申请获取的信息属于不予公开的情形（{{办理结果}}）。根据{{法律依据}}，本校决定不予公开。
  理由：{{办理说明}}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_outcomes_not_held_title\` text DEFAULT '信息公开申请告知书' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_outcomes_not_held_body\` text DEFAULT '本校于{{收到申请日期}}收到您提出的信息公开申请（受理编号：{{受理编号}}），申请获取“{{所需信息}}”。
  经查，{{办理结果}}。根据{{法律依据}}，现告知如下：
  {{办理说明}}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_outcomes_unclear_title\` text DEFAULT '信息公开申请告知书' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_outcomes_unclear_body\` text DEFAULT '本校于{{收到申请日期}}收到您提出的信息公开申请（受理编号：{{受理编号}}），申请获取“{{所需信息}}”。
  本校已告知您对申请内容作出补正。经审查，补正后的申请内容仍不明确，本校无法确定您所需的信息。根据{{法律依据}}，本校对该申请不再处理。
  说明：{{办理说明}}
  您可以在明确所需信息后重新提出申请。' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_outcomes_repeated_title\` text DEFAULT '信息公开申请告知书' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_outcomes_repeated_body\` text DEFAULT '本校于{{收到申请日期}}收到您提出的信息公开申请（受理编号：{{受理编号}}），申请获取“{{所需信息}}”。
  经查，您的申请属于{{办理结果}}的情形，本校已就同一信息作出答复且该信息未发生变化。根据{{法律依据}}，本校不再重复处理。
  说明：{{办理说明}}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_outcomes_other_title\` text DEFAULT '信息公开申请告知书' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_outcomes_other_body\` text DEFAULT '本校于{{收到申请日期}}收到您提出的信息公开申请（受理编号：{{受理编号}}），申请获取“{{所需信息}}”。
  经审查，您的申请属于以下情形：{{办理结果}}。根据{{法律依据}}，本校作出如下处理：
  {{办理说明}}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_remedies\` text DEFAULT '如对本答复不服，您可以自知道本答复之日起六十日内依法申请行政复议，或者自知道本答复之日起六个月内依法向人民法院提起行政诉讼。您认为本校未按规定履行信息公开义务的，也可以向本校信息公开工作机构投诉、举报；对处理结果不满意的，可以向省级教育行政部门投诉、举报。
  联系方式：{{联系方式}}
  特此告知。' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_letters_signature\` text DEFAULT '{{信息公开工作机构}}
  {{决定日期}}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_letterhead\` text DEFAULT '{{学校名称}}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_outcomes_disclosed_title\` text DEFAULT '信息公开申请答复书' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_outcomes_disclosed_body\` text DEFAULT '本校于{{收到申请日期}}收到您提出的信息公开申请（受理编号：{{受理编号}}），申请获取“{{所需信息}}”。
  经审查，您申请获取的信息属于公开范围。根据{{法律依据}}，本校决定予以公开。
  获取信息的方式和途径：{{办理说明}}
  {{收费情况}}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_outcomes_partly_disclosed_title\` text DEFAULT '信息公开申请答复书' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_outcomes_partly_disclosed_body\` text DEFAULT '本校于{{收到申请日期}}收到您提出的信息公开申请（受理编号：{{受理编号}}），申请获取“{{所需信息}}”。
  经审查，您申请获取的信息中含有不应当公开的内容，但能够作区分处理。根据{{法律依据}}，本校决定对可以公开的部分予以公开，对不予公开的部分说明理由。
  获取信息的方式和途径及不予公开部分的理由：{{办理说明}}
  {{收费情况}}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_outcomes_withheld_title\` text DEFAULT '信息公开申请不予公开告知书' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_outcomes_withheld_body\` text DEFAULT '本校于{{收到申请日期}}收到您提出的信息公开申请（受理编号：{{受理编号}}），申请获取“{{所需信息}}”。
  经审查，您申请获取的信息属于不予公开的情形（{{办理结果}}）。根据{{法律依据}}，本校决定不予公开。
  理由：{{办理说明}}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_outcomes_not_held_title\` text DEFAULT '信息公开申请告知书' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_outcomes_not_held_body\` text DEFAULT '本校于{{收到申请日期}}收到您提出的信息公开申请（受理编号：{{受理编号}}），申请获取“{{所需信息}}”。
  经查，{{办理结果}}。根据{{法律依据}}，现告知如下：
  {{办理说明}}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_outcomes_unclear_title\` text DEFAULT '信息公开申请告知书' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_outcomes_unclear_body\` text DEFAULT '本校于{{收到申请日期}}收到您提出的信息公开申请（受理编号：{{受理编号}}），申请获取“{{所需信息}}”。
  本校已告知您对申请内容作出补正。经审查，补正后的申请内容仍不明确，本校无法确定您所需的信息。根据{{法律依据}}，本校对该申请不再处理。
  说明：{{办理说明}}
  您可以在明确所需信息后重新提出申请。' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_outcomes_repeated_title\` text DEFAULT '信息公开申请告知书' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_outcomes_repeated_body\` text DEFAULT '本校于{{收到申请日期}}收到您提出的信息公开申请（受理编号：{{受理编号}}），申请获取“{{所需信息}}”。
  经查，您的申请属于{{办理结果}}的情形，本校已就同一信息作出答复且该信息未发生变化。根据{{法律依据}}，本校不再重复处理。
  说明：{{办理说明}}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_outcomes_other_title\` text DEFAULT '信息公开申请告知书' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_outcomes_other_body\` text DEFAULT '本校于{{收到申请日期}}收到您提出的信息公开申请（受理编号：{{受理编号}}），申请获取“{{所需信息}}”。
  经审查，您的申请属于以下情形：{{办理结果}}。根据{{法律依据}}，本校作出如下处理：
  {{办理说明}}' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_remedies\` text DEFAULT '如对本答复不服，您可以自知道本答复之日起六十日内依法申请行政复议，或者自知道本答复之日起六个月内依法向人民法院提起行政诉讼。您认为本校未按规定履行信息公开义务的，也可以向本校信息公开工作机构投诉、举报；对处理结果不满意的，可以向省级教育行政部门投诉、举报。
  联系方式：{{联系方式}}
  特此告知。' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_reply_letters_signature\` text DEFAULT '{{信息公开工作机构}}
  {{决定日期}}' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`email\` text,
  	\`subject\` text NOT NULL,
  	\`text\` text,
  	\`disclosure_id\` integer,
  	\`checklist_item_id\` integer,
  	\`application_case_id\` integer,
  	\`delivery\` text NOT NULL,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`disclosure_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`checklist_item_id\`) REFERENCES \`checklist_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`application_case_id\`) REFERENCES \`application_cases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications\`("id", "key", "kind", "recipient_id", "email", "subject", "text", "disclosure_id", "checklist_item_id", "application_case_id", "delivery", "error", "updated_at", "created_at") SELECT "id", "key", "kind", "recipient_id", "email", "subject", "text", "disclosure_id", "checklist_item_id", "application_case_id", "delivery", "error", "updated_at", "created_at" FROM \`notifications\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications\` RENAME TO \`notifications\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`notifications_key_idx\` ON \`notifications\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`notifications_kind_idx\` ON \`notifications\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_disclosure_idx\` ON \`notifications\` (\`disclosure_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_checklist_item_idx\` ON \`notifications\` (\`checklist_item_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_application_case_idx\` ON \`notifications\` (\`application_case_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`events\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_letterhead\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_outcomes_disclosed_title\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_outcomes_disclosed_body\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_outcomes_partly_disclosed_title\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_outcomes_partly_disclosed_body\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_outcomes_withheld_title\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_outcomes_withheld_body\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_outcomes_not_held_title\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_outcomes_not_held_body\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_outcomes_unclear_title\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_outcomes_unclear_body\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_outcomes_repeated_title\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_outcomes_repeated_body\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_outcomes_other_title\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_outcomes_other_body\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_remedies\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_letters_signature\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_letterhead\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_outcomes_disclosed_title\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_outcomes_disclosed_body\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_outcomes_partly_disclosed_title\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_outcomes_partly_disclosed_body\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_outcomes_withheld_title\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_outcomes_withheld_body\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_outcomes_not_held_title\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_outcomes_not_held_body\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_outcomes_unclear_title\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_outcomes_unclear_body\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_outcomes_repeated_title\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_outcomes_repeated_body\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_outcomes_other_title\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_outcomes_other_body\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_remedies\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_reply_letters_signature\`;`)
}
