import { SecondFactorAdminField as SecondFactorAdminField_64b0e0f48b38718a46ffadc8c42e954e } from '../../../components/staff/SecondFactorAdminField'
import { PosterLink as PosterLink_3b7b95d056fc4cdb265d35dd9a33645e } from '../../../components/admin/PosterLink'
import { ReportConversationPanel as ReportConversationPanel_31f29876a71062f8e2538efce6ed85ef } from '../../../components/admin/ReportConversationPanel'
import { EvidencePackLink as EvidencePackLink_a093cd4aa75579399c1cd5b474594837 } from '../../../components/admin/EvidencePackLink'
import { RequestStatementButton as RequestStatementButton_3d6eadf9443d7b890efd8cae32f8d588 } from '../../../components/admin/RequestStatementButton'
import { MergeProfileField as MergeProfileField_c3fe05f324e2e97ab9b3f480f650816e } from '../../../components/admin/MergeProfileField'
import { TownAlertField as TownAlertField_8f8f150395c776891dbb24dd93eb069d } from '../../../components/admin/TownAlertField'
import { RetentionCountdown as RetentionCountdown_d2d87217d783859406516ebd89807ff2 } from '../../../components/admin/RetentionCountdown'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubjectRequestPanel as SubjectRequestPanel_25bc0c507d1284c60470fd7855a422d9 } from '../../../components/admin/SubjectRequestPanel'
import { NoticeSuggestion as NoticeSuggestion_1faac6e796497302dd858e75372146d6 } from '@/components/admin/NoticeSuggestion'
import { NoticePdfLink as NoticePdfLink_0cd295770405a8d002b0541462cd7cdf } from '../../../components/admin/NoticePdfLink'
import { DocumentReadersPanel as DocumentReadersPanel_c11c91c0a540fb1eb7fada65f1b4e62b } from '../../../components/admin/DocumentReadersPanel'
import { StaffAvatar as StaffAvatar_4552a2200837528e7c2b23b16e428425 } from '../../../components/admin/StaffAvatar'
import { SchemeAdminIcon as SchemeAdminIcon_130977d48ca6017fe4aab577d97359ff } from '../../../components/admin/SchemeAdminIcon'
import { SchemeAdminLogo as SchemeAdminLogo_cb29d0e9e9028971c4929eee288bc166 } from '../../../components/admin/SchemeAdminLogo'
import { AdminNavLinks as AdminNavLinks_6e8db327abb4c1711d058b611f9e01a3 } from '../../../components/admin/AdminNavLinks'
import { SchemeDashboard as SchemeDashboard_b9b7a81e09b9c4c0e6b1ccec68daaaa5 } from '../../../components/admin/SchemeDashboard'
import { RedirectToStaffSignIn as RedirectToStaffSignIn_69dcc0d26bb3886320a3908993684503 } from '../../../components/staff/RedirectToStaffSignIn'
import { ApprovalQueueView as ApprovalQueueView_3e568ba8dbeef4bddce63db6ea578fd4 } from '../../../components/admin/ApprovalQueueView'
import { AuditLogView as AuditLogView_da944ab47a6205f35d4095cdb4c8abc1 } from '../../../components/admin/AuditLogView'
import { OutcomeReportView as OutcomeReportView_b5d8bc3f3f523d886bc68d9696d9207f } from '../../../components/admin/OutcomeReportView'
import { ImportView as ImportView_9f4c1248a9594c235a871ba4f4fe9e66 } from '../../../components/admin/ImportView'
import { PatternReportView as PatternReportView_e130958973b88cb501e20cbd6499694e } from '../../../components/admin/PatternReportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/staff/SecondFactorAdminField#SecondFactorAdminField": SecondFactorAdminField_64b0e0f48b38718a46ffadc8c42e954e,
  "/components/admin/PosterLink#PosterLink": PosterLink_3b7b95d056fc4cdb265d35dd9a33645e,
  "/components/admin/ReportConversationPanel#ReportConversationPanel": ReportConversationPanel_31f29876a71062f8e2538efce6ed85ef,
  "/components/admin/EvidencePackLink#EvidencePackLink": EvidencePackLink_a093cd4aa75579399c1cd5b474594837,
  "/components/admin/RequestStatementButton#RequestStatementButton": RequestStatementButton_3d6eadf9443d7b890efd8cae32f8d588,
  "/components/admin/MergeProfileField#MergeProfileField": MergeProfileField_c3fe05f324e2e97ab9b3f480f650816e,
  "/components/admin/TownAlertField#TownAlertField": TownAlertField_8f8f150395c776891dbb24dd93eb069d,
  "/components/admin/RetentionCountdown#RetentionCountdown": RetentionCountdown_d2d87217d783859406516ebd89807ff2,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/admin/SubjectRequestPanel#SubjectRequestPanel": SubjectRequestPanel_25bc0c507d1284c60470fd7855a422d9,
  "@/components/admin/NoticeSuggestion#NoticeSuggestion": NoticeSuggestion_1faac6e796497302dd858e75372146d6,
  "/components/admin/NoticePdfLink#NoticePdfLink": NoticePdfLink_0cd295770405a8d002b0541462cd7cdf,
  "/components/admin/DocumentReadersPanel#DocumentReadersPanel": DocumentReadersPanel_c11c91c0a540fb1eb7fada65f1b4e62b,
  "/components/admin/StaffAvatar#StaffAvatar": StaffAvatar_4552a2200837528e7c2b23b16e428425,
  "/components/admin/SchemeAdminIcon#SchemeAdminIcon": SchemeAdminIcon_130977d48ca6017fe4aab577d97359ff,
  "/components/admin/SchemeAdminLogo#SchemeAdminLogo": SchemeAdminLogo_cb29d0e9e9028971c4929eee288bc166,
  "/components/admin/AdminNavLinks#AdminNavLinks": AdminNavLinks_6e8db327abb4c1711d058b611f9e01a3,
  "/components/admin/SchemeDashboard#SchemeDashboard": SchemeDashboard_b9b7a81e09b9c4c0e6b1ccec68daaaa5,
  "/components/staff/RedirectToStaffSignIn#RedirectToStaffSignIn": RedirectToStaffSignIn_69dcc0d26bb3886320a3908993684503,
  "/components/admin/ApprovalQueueView#ApprovalQueueView": ApprovalQueueView_3e568ba8dbeef4bddce63db6ea578fd4,
  "/components/admin/AuditLogView#AuditLogView": AuditLogView_da944ab47a6205f35d4095cdb4c8abc1,
  "/components/admin/OutcomeReportView#OutcomeReportView": OutcomeReportView_b5d8bc3f3f523d886bc68d9696d9207f,
  "/components/admin/ImportView#ImportView": ImportView_9f4c1248a9594c235a871ba4f4fe9e66,
  "/components/admin/PatternReportView#PatternReportView": PatternReportView_e130958973b88cb501e20cbd6499694e,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
