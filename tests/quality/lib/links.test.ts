import { describe, expect, it } from 'vitest';
import { fragmentResolves, resolveLink } from './links.ts';

describe('resolveLink', () => {
  it('resolves fragments on the same page and on other pages, relative or absolute', () => {
    expect(resolveLink('#termine', '/kommunen/pirna/')).toEqual({ path: '/kommunen/pirna/', fragment: 'termine' });
    expect(resolveLink('/kommunen/#landkreis-g%C3%B6rlitz', '/')).toEqual({ path: '/kommunen/', fragment: 'landkreis-görlitz' });
    expect(resolveLink('../../personen/', '/kommunen/pirna/')).toEqual({ path: '/personen/', fragment: null });
  });

  it('ignores other sites and non-HTTP schemes', () => {
    expect(resolveLink('https://www.lpr.sachsen.de/', '/')).toBeNull();
    expect(resolveLink('mailto:lpr@example.org', '/')).toBeNull();
    expect(resolveLink('tel:+49351', '/')).toBeNull();
  });

  it('keeps a bare "#" as an empty fragment', () => {
    expect(resolveLink('#', '/a/')).toEqual({ path: '/a/', fragment: '' });
  });
});

describe('fragmentResolves', () => {
  const ids = new Set(['inhalt', 'termine']);

  it('needs an element with that id, except for the top of the page and text fragments', () => {
    expect(fragmentResolves('termine', ids)).toBe(true);
    expect(fragmentResolves('Termine', ids)).toBe(false);
    expect(fragmentResolves('fehlt', ids)).toBe(false);
    expect(fragmentResolves('', ids)).toBe(true);
    expect(fragmentResolves('top', ids)).toBe(true);
    expect(fragmentResolves(':~:text=Pirna', ids)).toBe(true);
  });
});
