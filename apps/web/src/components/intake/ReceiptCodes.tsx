import type { ReactNode } from 'react';

/**
 * The two codes of a receipt, large and easy to copy, with the warning that the query code is
 * shown only this once; `children` adds the receipt's other rows (dates).
 */
export const ReceiptCodes = ({
  receiptCode,
  queryCode,
  labels,
  children,
}: {
  receiptCode: string;
  queryCode: string;
  labels: { receiptCode: string; queryCode: string; warningTitle: string; warning: string };
  children?: ReactNode;
}) => (
  <>
    <div className="notice keep-code" role="note" aria-labelledby="keep-code-title">
      <p id="keep-code-title" className="notice-title">
        {labels.warningTitle}
      </p>
      <p>{labels.warning}</p>
    </div>
    <dl className="properties receipt-codes">
      <dt>{labels.receiptCode}</dt>
      <dd className="code" data-code="receipt">
        {receiptCode}
      </dd>
      <dt>{labels.queryCode}</dt>
      <dd className="code" data-code="query">
        {queryCode}
      </dd>
      {children}
    </dl>
  </>
);
