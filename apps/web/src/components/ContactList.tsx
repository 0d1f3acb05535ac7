import { messages, type Locale } from '../i18n';

type Guide = { office?: string | null; phone?: string | null; email?: string | null; address?: string | null; postcode?: string | null; hours?: string | null };

/** The disclosure office's contact details (受理机构、电话、邮箱…), only those that are filled in. */
export const ContactList = ({ locale, guide }: { locale: Locale; guide: Guide }) => {
  const t = messages(locale).contact;
  const rows = (['office', 'phone', 'email', 'address', 'postcode', 'hours'] as const).filter((key) => guide[key]);
  return (
    <dl className="contact">
      {rows.map((key) => (
        <div key={key}>
          <dt>{t[key]}</dt>
          <dd>{key === 'email' ? <a href={`mailto:${guide.email}`}>{guide.email}</a> : key === 'phone' ? <a href={`tel:${guide.phone}`}>{guide.phone}</a> : guide[key]}</dd>
        </div>
      ))}
    </dl>
  );
};
