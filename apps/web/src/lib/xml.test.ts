import { describe, expect, it } from 'vitest';
import { escapeXml } from './xml';

describe('XML text', () => {
  it('escapes markup characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('drops characters that XML 1.0 forbids, keeping tabs, line breaks and astral characters', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f')).toBe('abcdef');
    expect(escapeXml('a\tb\nc\r𠀀')).toBe('a\tb\nc\r𠀀');
  });
});
