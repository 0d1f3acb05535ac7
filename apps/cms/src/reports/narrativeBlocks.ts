import type { NarrativeBlock } from '@xxgk/domain';

type LexicalNode = { type?: string; text?: string; tag?: string; listType?: string; children?: LexicalNode[] };

/** The text of a node: its text runs joined, line breaks kept. */
const textOf = (node: LexicalNode): string => {
  if (node.type === 'linebreak') return '\n';
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map(textOf).join('');
};

const listItems = (list: LexicalNode, ordered: boolean): NarrativeBlock[] =>
  (list.children ?? []).flatMap((item) => {
    // A nested list sits in its own list item: its items follow, flattened (the report has one level).
    const nested = (item.children ?? []).filter((child) => child.type === 'list');
    const own = textOf({ children: (item.children ?? []).filter((child) => child.type !== 'list') }).trim();
    return [...(own ? [{ type: 'listItem' as const, text: own, ordered }] : []), ...nested.flatMap((child) => listItems(child, child.listType === 'number'))];
  });

/**
 * A section's rich text (the Lexical state Payload stores) as the report's plain blocks
 * (@xxgk/domain's NarrativeBlock): paragraphs, headings and list items, text only — never HTML —
 * so the site, the PDF and the DOCX render the same words. Quotes and anything else with text
 * become paragraphs; empty paragraphs are dropped.
 */
export const narrativeBlocks = (state: unknown): NarrativeBlock[] => {
  const root = (state as { root?: LexicalNode } | null | undefined)?.root;
  return (root?.children ?? []).flatMap((node): NarrativeBlock[] => {
    if (node.type === 'list') return listItems(node, node.listType === 'number');
    const text = textOf(node).trim();
    if (!text) return [];
    return [node.type === 'heading' ? { type: 'heading', text } : { type: 'paragraph', text }];
  });
};

/** The words of a narrative, for the completeness check (empty when nothing is written). */
export const narrativeText = (blocks: readonly NarrativeBlock[]): string => blocks.map((block) => block.text).join('\n');
