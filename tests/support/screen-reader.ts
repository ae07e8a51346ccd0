/**
 * A virtual screen reader (@guidepup/virtual-screen-reader) inside a Chromium page: it walks the
 * accessibility tree by headings, links and items and keeps a log of what it would say, live-region
 * announcements included. The library is a DOM library; its self-contained browser build is injected into
 * the page under test (tests only: the test server sends no CSP). It must be started again after every
 * navigation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('@guidepup/virtual-screen-reader/package.json'));

let bundle: string | undefined;

/** The browser build as a classic script that puts the screen reader on window.__screenReader. */
function script(): string {
  bundle ??= readFileSync(path.join(packageDir, 'lib/esm/index.browser.js'), 'utf8')
    .replace(/\/\/# sourceMappingURL=.*$/m, '')
    .replace(/export\s*\{\s*([\w$]+) as Virtual,\s*([\w$]+) as virtual\s*\};/, (_match, _class, instance: string) => `window.__screenReader = ${instance};`);
  if (!bundle.includes('window.__screenReader =')) throw new Error('@guidepup/virtual-screen-reader: unerwarteter Aufbau der Browser-Datei');
  return bundle;
}

export type Command = 'moveToNextHeading' | 'moveToNextLink' | 'moveToNextHeadingLevel1' | 'moveToNextHeadingLevel2' | 'moveToNextLandmark';

export interface ScreenReader {
  /** Runs a quick-navigation command (next heading, next link …) and returns what it said. */
  perform(command: Command): Promise<string>;
  /** Moves to the next item (Down arrow in browse mode) and returns what it said. */
  next(): Promise<string>;
  /**
   * Activates the current item (Enter: follows a link, focuses a field). Returns at once, since a link
   * replaces the page: wait for the navigation or the focus afterwards.
   */
  act(): Promise<void>;
  /** Everything said since start (or since the last clear). */
  log(): Promise<string[]>;
  clear(): Promise<void>;
  stop(): Promise<void>;
}

declare global {
  interface Window {
    __screenReader: {
      start(options: { container: Node }): Promise<void>;
      stop(): Promise<void>;
      next(): Promise<void>;
      act(): Promise<void>;
      perform(command: unknown): Promise<void>;
      commands: Record<string, unknown>;
      lastSpokenPhrase(): Promise<string>;
      spokenPhraseLog(): Promise<string[]>;
      clearSpokenPhraseLog(): Promise<void>;
    };
  }
}

/** Starts the screen reader on the page as it is now (the whole document body). */
export async function startScreenReader(page: Page): Promise<ScreenReader> {
  await page.addScriptTag({ content: script() });
  await page.evaluate(() => window.__screenReader.start({ container: document.body }));
  return {
    perform: (command) =>
      page.evaluate(async (name) => {
        await window.__screenReader.perform(window.__screenReader.commands[name]);
        return window.__screenReader.lastSpokenPhrase();
      }, command),
    next: () =>
      page.evaluate(async () => {
        await window.__screenReader.next();
        return window.__screenReader.lastSpokenPhrase();
      }),
    act: () =>
      page.evaluate(() => {
        void window.__screenReader.act();
      }),
    log: () => page.evaluate(() => window.__screenReader.spokenPhraseLog()),
    clear: () => page.evaluate(() => window.__screenReader.clearSpokenPhraseLog()),
    stop: () => page.evaluate(() => window.__screenReader.stop()),
  };
}

/** Moves with `step` until the spoken phrase matches, at most `limit` times; returns the phrases on the way. */
export async function moveUntil(step: () => Promise<string>, wanted: (phrase: string) => boolean, limit = 200): Promise<string[]> {
  const heard: string[] = [];
  for (let i = 0; i < limit; i++) {
    const phrase = await step();
    heard.push(phrase);
    if (wanted(phrase)) return heard;
  }
  throw new Error(`Nach ${limit} Schritten nicht gefunden. Zuletzt gehört:\n${heard.slice(-15).join('\n')}`);
}
