import { describe, expect, it } from 'vitest';
import { currentState } from './navigation.ts';

describe('currentState', () => {
  it('marks the item of the page itself as the current page', () => {
    expect(currentState('/aktuelles/', '/aktuelles/')).toBe('page');
    expect(currentState('/aktuelles', '/aktuelles/')).toBe('page');
  });

  it('marks the section of a page below it', () => {
    expect(currentState('/aktuelles/heidenau-nummer-53/', '/aktuelles/')).toBe('true');
    expect(currentState('/aktuelles/seite/2/', '/aktuelles/')).toBe('true');
  });

  it('marks nothing for other sections, and the start page never as a section', () => {
    expect(currentState('/kommunen/', '/aktuelles/')).toBeUndefined();
    expect(currentState('/aktuelles-alt/', '/aktuelles/')).toBeUndefined();
    expect(currentState('/kommunen/', '/')).toBeUndefined();
    expect(currentState('/', '/')).toBe('page');
  });
});
