import { describe } from 'vitest';
import { itMaps } from '../../tests/support/cases.ts';
import { currentState } from './navigation.ts';

describe('currentState', () => {
  itMaps('marks the item of the page itself as the current page', currentState, [
    ['/aktuelles/', '/aktuelles/', 'page'],
    ['/aktuelles', '/aktuelles/', 'page'],
  ]);

  itMaps('marks the section of a page below it', currentState, [
    ['/aktuelles/heidenau-nummer-53/', '/aktuelles/', 'true'],
    ['/aktuelles/seite/2/', '/aktuelles/', 'true'],
  ]);

  itMaps('marks nothing for other sections, and the start page never as a section', currentState, [
    ['/kommunen/', '/aktuelles/', undefined],
    ['/aktuelles-alt/', '/aktuelles/', undefined],
    ['/kommunen/', '/', undefined],
    ['/', '/', 'page'],
  ]);
});
