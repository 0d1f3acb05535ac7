import { describe, expect, it } from 'vitest';
import { lexicalPlainText } from './plainText';

const paragraph = (...texts: string[]) => ({ type: 'paragraph', children: texts.map((text) => ({ type: 'text', text })) });

describe('plain text of a rich-text body', () => {
  it('joins the text of a paragraph and puts paragraphs on their own lines', () => {
    const body = { root: { type: 'root', children: [paragraph('招生', '章程'), paragraph('第二段')] } };
    expect(lexicalPlainText(body)).toBe('招生章程\n第二段');
  });

  it('is empty for a missing or malformed body', () => {
    expect(lexicalPlainText(null)).toBe('');
    expect(lexicalPlainText({ root: 'x' })).toBe('');
  });
});
