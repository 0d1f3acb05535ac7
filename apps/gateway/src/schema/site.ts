import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html';
import type { SiteSetting } from '@xxgk/cms/types';
import { builder } from '../builder';

type Institution = NonNullable<SiteSetting['institution']>;
type Guide = NonNullable<SiteSetting['guide']>;

const InstitutionType = builder.objectRef<Institution>('Institution').implement({
  description: '学校信息。/ The institution.',
  fields: (t) => ({
    name: t.string({ description: '学校名称。/ Name (Chinese).', resolve: (i) => i.name }),
    nameEn: t.string({ nullable: true, description: '英文名称。/ English name.', resolve: (i) => i.nameEn ?? null }),
    code: t.string({ description: '学校标识码（索引号前缀）。/ Institution code, the prefix of index numbers.', resolve: (i) => i.code }),
  }),
});

const optional = (description: string, pick: (guide: Guide) => string | null | undefined) => ({ nullable: true as const, description, resolve: (g: Guide) => pick(g) ?? null });

const GuideType = builder.objectRef<Guide>('DisclosureGuide').implement({
  description: '信息公开指南：机构与联系方式。/ The disclosure guide: office and contacts.',
  fields: (t) => ({
    office: t.string(optional('信息公开工作机构。/ Disclosure office.', (g) => g.office)),
    address: t.string(optional('办公地址。/ Address.', (g) => g.address)),
    postcode: t.string(optional('邮政编码。/ Postcode.', (g) => g.postcode)),
    hours: t.string(optional('办公时间。/ Office hours.', (g) => g.hours)),
    phone: t.string(optional('联系电话。/ Phone.', (g) => g.phone)),
    email: t.string(optional('电子邮箱。/ E-mail.', (g) => g.email)),
    introductionHtml: t.string({
      description: '指南正文 HTML（已转义）。/ Guide text as HTML (escaped).',
      resolve: (g) => (g.introduction ? convertLexicalToHTML({ data: g.introduction as never, disableContainer: true }) : ''),
    }),
  }),
});

const SiteType = builder.objectRef<SiteSetting>('Site').implement({
  description: '本校信息公开专栏的基本信息。/ Basic information of the institution’s disclosure column.',
  fields: (t) => ({
    institution: t.field({ type: InstitutionType, description: '学校。/ Institution.', resolve: (s) => s.institution }),
    guide: t.field({ type: GuideType, description: '信息公开指南。/ Disclosure guide.', resolve: (s) => s.guide ?? {} }),
  }),
});

builder.queryFields((t) => ({
  site: t.field({
    type: SiteType,
    description: '学校与信息公开指南。/ The institution and its disclosure guide.',
    resolve: (_, __, ctx) => ctx.once('site', () => ctx.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })),
  }),
}));
