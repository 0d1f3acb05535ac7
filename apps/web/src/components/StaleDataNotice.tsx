import { messages, type Locale } from '../i18n';
import { requestState } from '../lib/requestState';

/**
 * Shown when the page was built from the last good gateway answers because the gateway failed
 * or refused just now (lib/gateway.ts). Rendered by each page after its data was loaded, so it
 * knows; nothing when the data are current. The site's server never keeps a page that has it.
 */
export const StaleDataNotice = ({ locale }: { locale: Locale }) =>
  requestState()?.servedStale ? (
    <p role="status" className="notice" data-stale-notice>
      {messages(locale).staleData}
    </p>
  ) : null;
