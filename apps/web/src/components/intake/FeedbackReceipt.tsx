import Link from 'next/link';
import { fill, messages, type Locale } from '../../i18n';
import type { FeedbackReceiptData } from '../../lib/intake/feedbackForm';
import { formatDay } from '../../lib/intake/formatDay';
import type { Option } from '../../lib/intake/vocabulary';
import { links } from '../../lib/links';
import { FocusedHeading } from './FocusedHeading';
import { ReceiptCodes } from './ReceiptCodes';

/** The receipt of an appraisal, complaint or correction request: as an application's, without a deadline. */
export const FeedbackReceipt = ({ locale, receipt, kinds, attempt }: { locale: Locale; receipt: FeedbackReceiptData; kinds: Option[]; attempt: number }) => {
  const t = messages(locale).intake;
  const r = t.feedbackReceipt;
  const kind = kinds.find((option) => option.value === receipt.kind)?.label ?? t.feedback.title;
  return (
    <section className="receipt" aria-labelledby="receipt-title">
      <FocusedHeading id="receipt-title" attempt={attempt}>
        {r.title}
      </FocusedHeading>
      <p>{fill(r.lead, { kind })}</p>
      {receipt.replayed ? <p className="notice">{t.form.replayed}</p> : null}
      <ReceiptCodes
        receiptCode={receipt.receiptCode}
        queryCode={receipt.queryCode}
        labels={{ receiptCode: r.receiptCode, queryCode: r.queryCode, warningTitle: t.applyReceipt.warningTitle, warning: t.applyReceipt.warning }}
      >
        <dt>{r.receivedOn}</dt>
        <dd>
          <time dateTime={receipt.receivedOn}>{formatDay(locale, receipt.receivedOn)}</time>
        </dd>
      </ReceiptCodes>
      <p>{r.next}</p>
      <p className="no-print">
        <Link prefetch={false} href={links.feedbackStatus(locale)}>
          {r.statusLink}
        </Link>
      </p>
      <p className="meta no-print">{t.form.printHint}</p>
    </section>
  );
};
