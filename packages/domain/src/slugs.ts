/** Collection and global slugs, shared by the CMS, the gateway, the site, seeds and tests. */
export const collections = {
  users: 'users',
  departments: 'departments',
  checklistCategories: 'checklist-categories',
  checklistItems: 'checklist-items',
  channels: 'channels',
  attachments: 'attachments',
  disclosures: 'disclosures',
  loginThrottles: 'login-throttles',
  notifications: 'notifications',
  siteAssets: 'site-assets',
  applicationCases: 'application-cases',
  applicants: 'applicants',
  applicationAttachments: 'application-attachments',
  feedback: 'feedback',
  replyLetters: 'reply-letters',
  annualReports: 'annual-reports',
} as const;

export type CollectionSlug = (typeof collections)[keyof typeof collections];

export const globals = {
  siteSettings: 'site-settings',
} as const;
