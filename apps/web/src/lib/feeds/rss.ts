import { escapeXml, xmlDeclaration } from '../xml';
import type { Feed, FeedEntry } from './model';

/**
 * RSS leaves open whether readers treat character data as text or HTML. Following the RSS
 * Advisory Board's profile, plain-text elements (titles) encode & < > as hexadecimal character
 * references, which the widest range of readers shows literally; a description is HTML by
 * convention, so its text is HTML-escaped first and then escaped again for XML.
 */
const plain = (value: string) => escapeXml(value).replace(/&amp;|&lt;|&gt;/g, (entity) => ({ '&amp;': '&#x26;', '&lt;': '&#x3C;', '&gt;': '&#x3E;' })[entity] ?? entity);
const html = (value: string) => escapeXml(escapeXml(value));
const element = (name: string, value: string) => `<${name}>${plain(value)}</${name}>`;

const item = (entry: FeedEntry) =>
  [
    '<item>',
    element('title', entry.title),
    element('link', entry.link),
    `<guid isPermaLink="true">${plain(entry.id)}</guid>`,
    element('pubDate', entry.published.toUTCString()),
    `<description>${html(entry.summary)}</description>`,
    ...entry.categories.map((category) => `<category domain="${escapeXml(category.scheme)}">${plain(category.label)}</category>`),
    '</item>',
  ].join('');

/** RSS 2.0 with the channel's description and language and each item's summary. */
export const toRss = (feed: Feed) =>
  xmlDeclaration +
  [
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.link),
    `<description>${html(feed.description)}</description>`,
    element('language', feed.language),
    element('copyright', feed.rights),
    element('lastBuildDate', feed.updated.toUTCString()),
    `<atom:link rel="self" type="application/rss+xml" href="${escapeXml(feed.self)}"/>`,
    ...feed.entries.map(item),
    '</channel>',
    '</rss>',
  ].join('\n') +
  '\n';
