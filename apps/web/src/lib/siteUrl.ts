import { settings } from './settings';

/** The site's public address (WEB_PUBLIC_URL) without a trailing slash: the base of every absolute link it publishes. */
export const siteBase = settings.urls.web.replace(/\/+$/, '');

export const absoluteUrl = (path: string) => `${siteBase}${path}`;
