import Link from 'next/link';
import { messages, type Locale } from '../../i18n';
import { links } from '../../lib/links';
import type { ApplicationReceiptData } from '../../lib/intake/applicationForm';
import { formatDay } from '../../lib/intake/formatDay';
import { FocusedHeading } from './FocusedHeading';
import { ReceiptCodes } from './ReceiptCodes';

/**
 * 申请回执: the receipt code, the query code (shown this once), the dates and what happens next.
 * It is the answer to the form's POST (no-store, never in an address), laid out to be printed.
 */
export const ApplicationReceipt = ({ locale, receipt, attempt }: { locale: Locale; receipt: ApplicationReceiptData; attempt: number }) => {
  const t = messages(locale).intake;
  const r = t.applyReceipt;
  return (
    <section className="receipt" aria-labelledby="receipt-title">
      <FocusedHeading id="receipt-title" attempt={attempt}>
        {r.title}
      </FocusedHeading>
      <p>{r.lead}</p>
      {receipt.replayed ? <p className="notice">{t.form.replayed}</p> : null}
      <ReceiptCodes
        receiptCode={receipt.receiptCode}
        queryCode={receipt.queryCode}
        labels={{ receiptCode: r.receiptCode, queryCode: r.queryCode, warningTitle: r.warningTitle, warning: r.warning }}
      >
        <dt>{r.receivedOn}</dt>
        <dd>
          <time dateTime={receipt.receivedOn}>{formatDay(locale, receipt.receivedOn)}</time>
        </dd>
        {receipt.dueOn ? (
          <>
            <dt>{r.dueOn}</dt>
            <dd>
              <time dateTime={receipt.dueOn}>{formatDay(locale, receipt.dueOn)}</time>
              <span className="meta">{r.dueOnNote}</span>
            </dd>
          </>
        ) : null}
        {receipt.attachments.length ? (
          <>
            <dt>{r.attachments}</dt>
            <dd>
              <ul className="attachment-names" data-field="attachments">
                {receipt.attachments.map((name, index) => (
                  <li key={`${index}-${name}`}>{name}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </ReceiptCodes>
      <h2>{r.nextTitle}</h2>
      <ol>
        {r.next.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="no-print">
        <Link prefetch={false} href={links.applyStatus(locale)}>
          {r.statusLink}
        </Link>
      </p>
      <p className="meta no-print">{t.form.printHint}</p>
    </section>
  );
};
