'use client';
import { toast, useTranslation } from '@payloadcms/ui';
import { useEffect, type ReactNode } from 'react';
import { adminLanguage } from './language';

/**
 * Payload's bulk upload (@payloadcms/ui 3.90, `BulkUpload/FormsManager`) reports its outcome in
 * two toasts hard-coded in English, "Successfully saved N files" and "Failed to save N files";
 * Payload's translations have no key for them (upstream's main still hard-codes them). In the
 * Chinese admin they read 「已保存 N 个文件」 and 「N 个文件保存失败」; English stays Payload's.
 */
const bulkUploadToasts: { english: RegExp; zh: (count: string) => string }[] = [
  { english: /^Successfully saved (\d+) files$/, zh: (count) => `已保存 ${count} 个文件` },
  { english: /^Failed to save (\d+) files$/, zh: (count) => `${count} 个文件保存失败` },
];

const inChinese = <T,>(message: T): T | string => {
  if (typeof message !== 'string') return message;
  for (const { english, zh } of bulkUploadToasts) {
    const count = english.exec(message)?.[1];
    if (count !== undefined) return zh(count);
  }
  return message;
};

/**
 * An admin provider (`admin.components.providers`) that shows those two toasts in Chinese.
 * `toast` of @payloadcms/ui is the very sonner object its bundled bulk upload calls (the bundle
 * re-exports its own copy), so wrapping `success` and `error` translates the message before it
 * is shown: no rewriting of the toaster's DOM behind React, and screen readers hear it once.
 * Every other message passes through unchanged. Checked on the built admin by
 * tests/e2e/admin-uploads.e2e.test.ts.
 */
export const BulkUploadToasts = ({ children }: { children: ReactNode }) => {
  const { i18n } = useTranslation();
  const language = adminLanguage(i18n.language);
  useEffect(() => {
    if (language !== 'zh') return;
    const { success, error } = toast;
    toast.success = (message, data) => success(inChinese(message), data);
    toast.error = (message, data) => error(inChinese(message), data);
    return () => {
      toast.success = success;
      toast.error = error;
    };
  }, [language]);
  return children;
};
