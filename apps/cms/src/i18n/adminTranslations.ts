/**
 * Where Payload's own Chinese reads oddly in this product, our wording (merged over Payload's
 * translations by the i18n config). English stays Payload's.
 */
export const adminTranslations = {
  zh: {
    general: {
      // The list's page info reads "1-10 条，共 58" rather than "1-10 共 58".
      of: '条，共',
      dashboard: '工作台',
      payloadSettings: '系统设置',
    },
  },
};
