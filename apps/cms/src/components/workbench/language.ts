import type { Language } from '@xxgk/domain';

/** The admin's language as the domain names it (the admin offers zh and en). */
export const adminLanguage = (language: string | undefined): Language => (language === 'en' ? 'en' : 'zh');
