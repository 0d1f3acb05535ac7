/** A feed as the site publishes it, before it is written as Atom or RSS. Every string is plain text. */
export type FeedPerson = { name: string; uri: string };

/** A checklist category: `term` is its stable code, `label` its name. */
export type FeedCategory = { term: string; label: string; scheme: string };

export type FeedEntry = {
  id: string;
  link: string;
  title: string;
  summary: string;
  published: Date;
  updated: Date;
  categories: FeedCategory[];
};

export type Feed = {
  /** The feed's own address; also its Atom id. */
  self: string;
  /** The page the feed follows (the column or a category). */
  link: string;
  title: string;
  description: string;
  language: string;
  author: FeedPerson;
  rights: string;
  icon: string;
  updated: Date;
  entries: FeedEntry[];
};
