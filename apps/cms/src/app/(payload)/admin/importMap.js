import { ReturnNotice as ReturnNotice_6fc078ba5dc26d1ee7786dd117dcc435 } from '../../../components/workbench/ReturnNotice'
import { ReferenceCell as ReferenceCell_6ade38be9c7ed0c4b7ce60f0ee650b45 } from '../../../components/workbench/ReferenceCell'
import { ChecklistItemField as ChecklistItemField_3cfc604d9f1ee295072f2e328c8646f9 } from '../../../components/workbench/ChecklistItemField'
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
import { ReviewRowLabel as ReviewRowLabel_96ee53382ab2f61483f91b07dccf5ff1 } from '../../../components/ReviewRowLabel'
import { BulkReview as BulkReview_169a82692405ac01ebdee540193e2d84 } from '../../../components/workbench/BulkReview'
import { WorkflowActions as WorkflowActions_8b3a70bfe98cbd0d0ceba8e0a95bf6d4 } from '../../../components/workbench/WorkflowActions'
import { CaseClockBanner as CaseClockBanner_6c04d4ecd0867aa8972e8234173d3c37 } from '../../../components/applications/CaseClockBanner'
import { CaseActions as CaseActions_d14f41b2c17d886d2c4987c46f4b7c89 } from '../../../components/applications/CaseActions'
import { DateTextField as DateTextField_7e29aab1c7ae1f8cdbb0e7971f32d2b8 } from '../../../components/applications/DateTextField'
import { CaseReplyLetters as CaseReplyLetters_d6cf21e60499e442feca228fd89c93c4 } from '../../../components/applications/CaseReplyLetters'
import { CaseTimeline as CaseTimeline_513f76ba109cdba6138ebc367287bbaf } from '../../../components/applications/CaseTimeline'
import { FeedbackActions as FeedbackActions_5feb14ea8d4a4407bf254ce6d9ff8212 } from '../../../components/applications/FeedbackActions'
import { FeedbackTimeline as FeedbackTimeline_c6be48d48a1adbe0119e046e96bbcfd7 } from '../../../components/applications/FeedbackTimeline'
import { ReportActions as ReportActions_0cb2d475767e7dff6b0d9469ca861fde } from '../../../components/reports/ReportActions'
import { ReportPreviewLinks as ReportPreviewLinks_4bdd083c11c05b5136fb0699c21c536b } from '../../../components/reportOutputs/ReportPreviewLinks'
import { ReportCompleteness as ReportCompleteness_04da97822134bdb7cb78eaf60fabcec5 } from '../../../components/reports/ReportCompleteness'
import { ReportFiguresPanel as ReportFiguresPanel_efbbeedd1367d16e11eabc856d0e34b1 } from '../../../components/reports/ReportFiguresPanel'
import { ReportTimeline as ReportTimeline_0863ee1d6dff6dc4492c441a24e26cd6 } from '../../../components/reports/ReportTimeline'
import { QueryPresetsAccessCell as QueryPresetsAccessCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsWhereCell as QueryPresetsWhereCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsWhereField as QueryPresetsWhereField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsColumnsCell as QueryPresetsColumnsCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsColumnField as QueryPresetsColumnField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsGroupByCell as QueryPresetsGroupByCell_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { QueryPresetsGroupByField as QueryPresetsGroupByField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { Icon as Icon_60be061a35ba65b3ac8380ea7d755990 } from '../../../components/branding/Icon'
import { Logo as Logo_b1bbc7110cb2a1b52a7180329d8cc3a9 } from '../../../components/branding/Logo'
import { SupervisionNavLink as SupervisionNavLink_b74d7bfa12785b3f1ef11c13f17a120c } from '../../../views/supervision/NavLink'
import { BulkUploadToasts as BulkUploadToasts_a396b10bb79104966b1311156b03e1e3 } from '../../../components/workbench/BulkUploadToasts'
import { Dashboard as Dashboard_6cf1d012f2a08ac471ac718bc1837aef } from '../../../views/workbench/Dashboard'
import { SupervisionView as SupervisionView_dd8aa4b4daeafb689893b21285470158 } from '../../../views/supervision/SupervisionView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/workbench/ReturnNotice#ReturnNotice": ReturnNotice_6fc078ba5dc26d1ee7786dd117dcc435,
  "/components/workbench/ReferenceCell#ReferenceCell": ReferenceCell_6ade38be9c7ed0c4b7ce60f0ee650b45,
  "/components/workbench/ChecklistItemField#ChecklistItemField": ChecklistItemField_3cfc604d9f1ee295072f2e328c8646f9,
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
  "/components/ReviewRowLabel#ReviewRowLabel": ReviewRowLabel_96ee53382ab2f61483f91b07dccf5ff1,
  "/components/workbench/BulkReview#BulkReview": BulkReview_169a82692405ac01ebdee540193e2d84,
  "/components/workbench/WorkflowActions#WorkflowActions": WorkflowActions_8b3a70bfe98cbd0d0ceba8e0a95bf6d4,
  "/components/applications/CaseClockBanner#CaseClockBanner": CaseClockBanner_6c04d4ecd0867aa8972e8234173d3c37,
  "/components/applications/CaseActions#CaseActions": CaseActions_d14f41b2c17d886d2c4987c46f4b7c89,
  "/components/applications/DateTextField#DateTextField": DateTextField_7e29aab1c7ae1f8cdbb0e7971f32d2b8,
  "/components/applications/CaseReplyLetters#CaseReplyLetters": CaseReplyLetters_d6cf21e60499e442feca228fd89c93c4,
  "/components/applications/CaseTimeline#CaseTimeline": CaseTimeline_513f76ba109cdba6138ebc367287bbaf,
  "/components/applications/FeedbackActions#FeedbackActions": FeedbackActions_5feb14ea8d4a4407bf254ce6d9ff8212,
  "/components/applications/FeedbackTimeline#FeedbackTimeline": FeedbackTimeline_c6be48d48a1adbe0119e046e96bbcfd7,
  "/components/reports/ReportActions#ReportActions": ReportActions_0cb2d475767e7dff6b0d9469ca861fde,
  "/components/reportOutputs/ReportPreviewLinks#ReportPreviewLinks": ReportPreviewLinks_4bdd083c11c05b5136fb0699c21c536b,
  "/components/reports/ReportCompleteness#ReportCompleteness": ReportCompleteness_04da97822134bdb7cb78eaf60fabcec5,
  "/components/reports/ReportFiguresPanel#ReportFiguresPanel": ReportFiguresPanel_efbbeedd1367d16e11eabc856d0e34b1,
  "/components/reports/ReportTimeline#ReportTimeline": ReportTimeline_0863ee1d6dff6dc4492c441a24e26cd6,
  "@payloadcms/next/client#QueryPresetsAccessCell": QueryPresetsAccessCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsWhereCell": QueryPresetsWhereCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsWhereField": QueryPresetsWhereField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsColumnsCell": QueryPresetsColumnsCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsColumnField": QueryPresetsColumnField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsGroupByCell": QueryPresetsGroupByCell_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/next/client#QueryPresetsGroupByField": QueryPresetsGroupByField_2b8867833a34864a02ddf429b0728a40,
  "/components/branding/Icon#Icon": Icon_60be061a35ba65b3ac8380ea7d755990,
  "/components/branding/Logo#Logo": Logo_b1bbc7110cb2a1b52a7180329d8cc3a9,
  "/views/supervision/NavLink#SupervisionNavLink": SupervisionNavLink_b74d7bfa12785b3f1ef11c13f17a120c,
  "/components/workbench/BulkUploadToasts#BulkUploadToasts": BulkUploadToasts_a396b10bb79104966b1311156b03e1e3,
  "/views/workbench/Dashboard#Dashboard": Dashboard_6cf1d012f2a08ac471ac718bc1837aef,
  "/views/supervision/SupervisionView#SupervisionView": SupervisionView_dd8aa4b4daeafb689893b21285470158,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
