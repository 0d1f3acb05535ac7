import * as migration_20261128_030801_initial from './20261128_030801_initial';
import * as migration_20261128_040229_public_indexes from './20261128_040229_public_indexes';
import * as migration_20261128_053805_body_text from './20261128_053805_body_text';
import * as migration_20261128_120502_login_throttles from './20261128_120502_login_throttles';
import * as migration_20261128_160845_workbench from './20261128_160845_workbench';
import * as migration_20261128_161026_query_presets from './20261128_161026_query_presets';
import * as migration_20261128_162136_reminders_jobs from './20261128_162136_reminders_jobs';
import * as migration_20261128_165637_category_labels from './20261128_165637_category_labels';
import * as migration_20261128_175937_review_outcome_index from './20261128_175937_review_outcome_index';
import * as migration_20261128_182848_queue_indexes from './20261128_182848_queue_indexes';
import * as migration_20261128_193335_supervision_covering_indexes from './20261128_193335_supervision_covering_indexes';
import * as migration_20261128_194422_applications from './20261128_194422_applications';
import * as migration_20261128_195420_application_handling from './20261128_195420_application_handling';
import * as migration_20261128_223602_application_attachments from './20261128_223602_application_attachments';
import * as migration_20261128_223838_feedback_handling from './20261128_223838_feedback_handling';
import * as migration_20261128_224123_reply_letters from './20261128_224123_reply_letters';
import * as migration_20261128_230615_annual_reports from './20261128_230615_annual_reports';

export const migrations = [
  {
    up: migration_20261128_030801_initial.up,
    down: migration_20261128_030801_initial.down,
    name: '20261128_030801_initial',
  },
  {
    up: migration_20261128_040229_public_indexes.up,
    down: migration_20261128_040229_public_indexes.down,
    name: '20261128_040229_public_indexes',
  },
  {
    up: migration_20261128_053805_body_text.up,
    down: migration_20261128_053805_body_text.down,
    name: '20261128_053805_body_text',
  },
  {
    up: migration_20261128_120502_login_throttles.up,
    down: migration_20261128_120502_login_throttles.down,
    name: '20261128_120502_login_throttles',
  },
  {
    up: migration_20261128_160845_workbench.up,
    down: migration_20261128_160845_workbench.down,
    name: '20261128_160845_workbench',
  },
  {
    up: migration_20261128_161026_query_presets.up,
    down: migration_20261128_161026_query_presets.down,
    name: '20261128_161026_query_presets',
  },
  {
    up: migration_20261128_162136_reminders_jobs.up,
    down: migration_20261128_162136_reminders_jobs.down,
    name: '20261128_162136_reminders_jobs',
  },
  {
    up: migration_20261128_165637_category_labels.up,
    down: migration_20261128_165637_category_labels.down,
    name: '20261128_165637_category_labels',
  },
  {
    up: migration_20261128_175937_review_outcome_index.up,
    down: migration_20261128_175937_review_outcome_index.down,
    name: '20261128_175937_review_outcome_index',
  },
  {
    up: migration_20261128_182848_queue_indexes.up,
    down: migration_20261128_182848_queue_indexes.down,
    name: '20261128_182848_queue_indexes',
  },
  {
    up: migration_20261128_193335_supervision_covering_indexes.up,
    down: migration_20261128_193335_supervision_covering_indexes.down,
    name: '20261128_193335_supervision_covering_indexes',
  },
  {
    up: migration_20261128_194422_applications.up,
    down: migration_20261128_194422_applications.down,
    name: '20261128_194422_applications',
  },
  {
    up: migration_20261128_195420_application_handling.up,
    down: migration_20261128_195420_application_handling.down,
    name: '20261128_195420_application_handling',
  },
  {
    up: migration_20261128_223602_application_attachments.up,
    down: migration_20261128_223602_application_attachments.down,
    name: '20261128_223602_application_attachments',
  },
  {
    up: migration_20261128_223838_feedback_handling.up,
    down: migration_20261128_223838_feedback_handling.down,
    name: '20261128_223838_feedback_handling',
  },
  {
    up: migration_20261128_224123_reply_letters.up,
    down: migration_20261128_224123_reply_letters.down,
    name: '20261128_224123_reply_letters',
  },
  {
    up: migration_20261128_230615_annual_reports.up,
    down: migration_20261128_230615_annual_reports.down,
    name: '20261128_230615_annual_reports'
  },
];
