import type { Attribute, Audience, DefaultChannelKey, Status, Validity } from '@xxgk/domain';
import data from '../../demo/records.json' with { type: 'json' };

/** A hand-written demo record (seeds/demo/records.json): one per checklist item plus non-public cases. */
export type DemoRecord = {
  itemCode: string;
  title: string;
  titleEn: string;
  /** 文号, e.g. 桂工职院〔2022〕12号, when the record publishes a numbered document. */
  documentNo?: string;
  /** 发布机构 when it is not the responsible department (e.g. the institution itself). */
  issuer?: string;
  keywords?: string[];
  body: string[];
  departmentCode: string;
  channels: DefaultChannelKey[];
  formedAt: string;
  publishedAt: string | null;
  attribute: Attribute;
  audience: Audience;
  reason: string | null;
  status: Status;
  validity: Validity;
  returnComment: string | null;
  attachment: { fileName: string; kind: 'pdf' | 'docx' | 'xlsx' } | null;
};

export const demoRecords = data.records as DemoRecord[];
