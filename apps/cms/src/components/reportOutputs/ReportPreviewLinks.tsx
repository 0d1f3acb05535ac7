'use client';
import { useDocumentInfo, useTranslation } from '@payloadcms/ui';

/**
 * Links under a report's buttons that open the report as a PDF (in the browser's viewer) or save
 * it as a DOCX, as it would be published now — rendered by the same code as the public files
 * (GET /api/annual-report-files/:id/pdf|docx). A published version opens its frozen snapshot.
 */
export const ReportPreviewLinks = () => {
  const { id } = useDocumentInfo();
  const { i18n } = useTranslation();
  if (!id) return null;
  const zh = i18n.language !== 'en';
  return (
    <p style={{ display: 'flex', gap: '1rem', margin: '0 0 1rem' }}>
      <a href={`/api/annual-report-files/${id}/pdf`} target="_blank" rel="noopener">
        {zh ? '打开 PDF 预览' : 'Open the PDF preview'}
      </a>
      <a href={`/api/annual-report-files/${id}/docx`}>{zh ? '下载 Word 版（DOCX）' : 'Download as Word (DOCX)'}</a>
    </p>
  );
};
