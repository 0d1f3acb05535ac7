import { fill, messages, pick, type Locale } from '../i18n';
import { ContactList } from './ContactList';

type Props = {
  locale: Locale;
  institution: { name: string; nameEn?: string | null; code: string };
  guide: Parameters<typeof ContactList>[0]['guide'];
  apiUrl: string;
};

export const SiteFooter = ({ locale, institution, guide, apiUrl }: Props) => {
  const t = messages(locale);
  return (
    <footer className="site-footer">
      <div className="footer-inner">
        <div>
          <p className="footer-title">{fill(t.feedTitle, { institution: pick(locale, institution.name, institution.nameEn) })}</p>
          <ContactList locale={locale} guide={guide} />
        </div>
        <ul className="footer-links">
          <li>
            <a href="/feeds/all.xml" type="application/atom+xml">{t.footer.feeds}</a>
          </li>
          <li>
            <a href={apiUrl}>{t.footer.api}</a>
          </li>
          <li>
            <a href="/sitemap.xml">{t.footer.sitemap}</a>
          </li>
        </ul>
      </div>
    </footer>
  );
};
