import * as migration_20261126_061422_initial from './20261126_061422_initial';
import * as migration_20261126_063044_audit_chain from './20261126_063044_audit_chain';
import * as migration_20261126_072855_data_protection_and_hardening from './20261126_072855_data_protection_and_hardening';
import * as migration_20261126_081128_retention_task from './20261126_081128_retention_task';
import * as migration_20261203_121500_audit_append_only from './20261203_121500_audit_append_only';
import * as migration_20261203_123340_members_suspended_by from './20261203_123340_members_suspended_by';
import * as migration_20261203_182234_vocabulary_records from './20261203_182234_vocabulary_records';
import * as migration_20261203_182959_scheme_identity from './20261203_182959_scheme_identity';
import * as migration_20261203_195502_evidence_visual_hash from './20261203_195502_evidence_visual_hash';
import * as migration_20261203_220805_exclusion_notices from './20261203_220805_exclusion_notices';
import * as migration_20261203_221313_exclusion_notice_settings from './20261203_221313_exclusion_notice_settings';
import * as migration_20261203_221454_recognition_evidence_police_outcomes from './20261203_221454_recognition_evidence_police_outcomes';
import * as migration_20261203_221610_witness_statements from './20261203_221610_witness_statements';
import * as migration_20261203_221853_exclusion_history from './20261203_221853_exclusion_history';
import * as migration_20261203_224937_document_library from './20261203_224937_document_library';
import * as migration_20261204_034914_report_messages from './20261204_034914_report_messages';
import * as migration_20261204_035013_levy_periods_weekly_bulletin from './20261204_035013_levy_periods_weekly_bulletin';
import * as migration_20261204_035255_push_alerts from './20261204_035255_push_alerts';
import * as migration_20261204_035841_police_outcome_closes_case from './20261204_035841_police_outcome_closes_case';
import * as migration_20261204_104825_search_text_trigram from './20261204_104825_search_text_trigram';
import * as migration_20261204_105508_gallery_change_notice from './20261204_105508_gallery_change_notice';

export const migrations = [
  {
    up: migration_20261126_061422_initial.up,
    down: migration_20261126_061422_initial.down,
    name: '20261126_061422_initial',
  },
  {
    up: migration_20261126_063044_audit_chain.up,
    down: migration_20261126_063044_audit_chain.down,
    name: '20261126_063044_audit_chain',
  },
  {
    up: migration_20261126_072855_data_protection_and_hardening.up,
    down: migration_20261126_072855_data_protection_and_hardening.down,
    name: '20261126_072855_data_protection_and_hardening',
  },
  {
    up: migration_20261126_081128_retention_task.up,
    down: migration_20261126_081128_retention_task.down,
    name: '20261126_081128_retention_task',
  },
  {
    up: migration_20261203_121500_audit_append_only.up,
    down: migration_20261203_121500_audit_append_only.down,
    name: '20261203_121500_audit_append_only',
  },
  {
    up: migration_20261203_123340_members_suspended_by.up,
    down: migration_20261203_123340_members_suspended_by.down,
    name: '20261203_123340_members_suspended_by',
  },
  {
    up: migration_20261203_182234_vocabulary_records.up,
    down: migration_20261203_182234_vocabulary_records.down,
    name: '20261203_182234_vocabulary_records',
  },
  {
    up: migration_20261203_182959_scheme_identity.up,
    down: migration_20261203_182959_scheme_identity.down,
    name: '20261203_182959_scheme_identity',
  },
  {
    up: migration_20261203_195502_evidence_visual_hash.up,
    down: migration_20261203_195502_evidence_visual_hash.down,
    name: '20261203_195502_evidence_visual_hash',
  },
  {
    up: migration_20261203_220805_exclusion_notices.up,
    down: migration_20261203_220805_exclusion_notices.down,
    name: '20261203_220805_exclusion_notices',
  },
  {
    up: migration_20261203_221313_exclusion_notice_settings.up,
    down: migration_20261203_221313_exclusion_notice_settings.down,
    name: '20261203_221313_exclusion_notice_settings',
  },
  {
    up: migration_20261203_221454_recognition_evidence_police_outcomes.up,
    down: migration_20261203_221454_recognition_evidence_police_outcomes.down,
    name: '20261203_221454_recognition_evidence_police_outcomes',
  },
  {
    up: migration_20261203_221610_witness_statements.up,
    down: migration_20261203_221610_witness_statements.down,
    name: '20261203_221610_witness_statements',
  },
  {
    up: migration_20261203_221853_exclusion_history.up,
    down: migration_20261203_221853_exclusion_history.down,
    name: '20261203_221853_exclusion_history',
  },
  {
    up: migration_20261203_224937_document_library.up,
    down: migration_20261203_224937_document_library.down,
    name: '20261203_224937_document_library',
  },
  {
    up: migration_20261204_034914_report_messages.up,
    down: migration_20261204_034914_report_messages.down,
    name: '20261204_034914_report_messages',
  },
  {
    up: migration_20261204_035013_levy_periods_weekly_bulletin.up,
    down: migration_20261204_035013_levy_periods_weekly_bulletin.down,
    name: '20261204_035013_levy_periods_weekly_bulletin',
  },
  {
    up: migration_20261204_035255_push_alerts.up,
    down: migration_20261204_035255_push_alerts.down,
    name: '20261204_035255_push_alerts',
  },
  {
    up: migration_20261204_035841_police_outcome_closes_case.up,
    down: migration_20261204_035841_police_outcome_closes_case.down,
    name: '20261204_035841_police_outcome_closes_case',
  },
  {
    up: migration_20261204_104825_search_text_trigram.up,
    down: migration_20261204_104825_search_text_trigram.down,
    name: '20261204_104825_search_text_trigram',
  },
  {
    up: migration_20261204_105508_gallery_change_notice.up,
    down: migration_20261204_105508_gallery_change_notice.down,
    name: '20261204_105508_gallery_change_notice'
  },
];
