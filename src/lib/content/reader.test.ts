import { describe, expect, it } from 'vitest';
import { parseYamlDocument, splitFrontmatter } from './reader.ts';

describe('splitFrontmatter', () => {
  it('splits header and body and says where the body starts', () => {
    expect(splitFrontmatter('---\ntitle: A\ndate: "2024"\n---\n\nText\n')).toEqual({
      frontmatter: 'title: A\ndate: "2024"\n',
      body: '\nText\n',
      bodyStartLine: 5,
    });
  });

  it('reads Windows line ends and blanks after the closing line', () => {
    expect(splitFrontmatter('---\r\ntitle: A\r\n---  \r\nText')).toEqual({ frontmatter: 'title: A\r\n', body: 'Text', bodyStartLine: 4 });
  });

  it('takes an empty header as a header without fields, not the next "---" in the body', () => {
    expect(splitFrontmatter('---\n---\nText\n\n---\n\nmehr\n')).toEqual({ frontmatter: '', body: 'Text\n\n---\n\nmehr\n', bodyStartLine: 3 });
  });

  it('needs the header at the very start of the file', () => {
    expect(splitFrontmatter('\n---\ntitle: A\n---\nText')).toEqual({ body: '\n---\ntitle: A\n---\nText', bodyStartLine: 1 });
    expect(splitFrontmatter('---\ntitle: A\nText ohne Ende')).toEqual({ body: '---\ntitle: A\nText ohne Ende', bodyStartLine: 1 });
  });

  it('ends the header only at a line that is exactly "---"', () => {
    expect(splitFrontmatter('---\nlead: "a --- b"\n----\n---\nText').frontmatter).toBe('lead: "a --- b"\n----\n');
  });
});

describe('parseYamlDocument', () => {
  it('keeps dates as text and refuses a field named twice', () => {
    expect(parseYamlDocument('date: 2023-08-09').toJS()).toEqual({ date: '2023-08-09' });
    expect(parseYamlDocument('a: 1\na: 2').errors[0]?.code).toBe('DUPLICATE_KEY');
  });
});
