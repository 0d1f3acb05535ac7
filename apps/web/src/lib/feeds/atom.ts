import { escapeXml, xmlDeclaration } from '../xml';
import type { Feed, FeedCategory, FeedEntry, FeedPerson } from './model';

// Every human-readable element is type="text" and escaped: a title such as
// "<img src=x onerror=…>" reaches readers as those characters, never as markup.
const text = (name: string, value: string) => `<${name} type="text">${escapeXml(value)}</${name}>`;
const element = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
const person = (name: string, { name: personName, uri }: FeedPerson) => `<${name}>${element('name', personName)}${element('uri', uri)}</${name}>`;
const category = ({ term, label, scheme }: FeedCategory) => `<category term="${escapeXml(term)}" scheme="${escapeXml(scheme)}" label="${escapeXml(label)}"/>`;
const link = (rel: string, type: string, href: string) => `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;

const entry = (feed: Feed, item: FeedEntry) =>
  [
    '<entry>',
    element('id', item.id),
    text('title', item.title),
    link('alternate', 'text/html', item.link),
    element('published', item.published.toISOString()),
    element('updated', item.updated.toISOString()),
    person('author', feed.author),
    ...item.categories.map(category),
    text('summary', item.summary),
    '</entry>',
  ].join('');

/** Atom 1.0 (RFC 4287): id, title, updated and author on the feed and on every entry, in the feed's language. */
export const toAtom = (feed: Feed) =>
  xmlDeclaration +
  [
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    element('id', feed.self),
    text('title', feed.title),
    text('subtitle', feed.description),
    element('updated', feed.updated.toISOString()),
    person('author', feed.author),
    link('self', 'application/atom+xml', feed.self),
    link('alternate', 'text/html', feed.link),
    element('icon', feed.icon),
    text('rights', feed.rights),
    ...feed.entries.map((item) => entry(feed, item)),
    '</feed>',
  ].join('\n') +
  '\n';
