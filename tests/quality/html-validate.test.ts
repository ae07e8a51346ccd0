/**
 * Every built HTML page is valid, accessible-by-markup HTML: html-validate with its recommended rules
 * (.htmlvalidate.json); each rule it changes has its reason in tests/quality-exceptions.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/project.ts';
import { htmlValidateRules, htmlValidateSkippedFiles } from '../quality-exceptions.ts';
import { htmlFiles } from './support/site.ts';

const siteDir = inject('siteDir');
const config = JSON.parse(readFileSync(path.join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData & { $schema?: string };
const { $schema: _schema, ...ruleConfig } = config;
const validator = new HtmlValidate(new StaticConfigLoader(ruleConfig));
const files = htmlFiles(siteDir);

const describeMessage = (m: Message) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`;

describe('html-validate configuration', () => {
  it('extends the recommended preset', () => {
    expect(config.extends).toEqual(['html-validate:recommended']);
  });

  it('gives a reason in quality-exceptions.ts for every rule it changes, and lists no other', () => {
    expect(Object.keys(config.rules ?? {}).sort()).toEqual(Object.keys(htmlValidateRules).sort());
  });

  it('changes only rules the built site would really break (an exception ends with its reason)', async () => {
    const strict = new HtmlValidate(new StaticConfigLoader({ extends: config.extends ?? [] }));
    const broken = new Set<string>();
    for (const file of files) {
      const report = await strict.validateString(readFileSync(path.join(siteDir, file), 'utf8'), file);
      for (const message of report.results.flatMap((result) => result.messages)) broken.add(message.ruleId);
    }
    expect(Object.keys(htmlValidateRules).filter((rule) => !broken.has(rule))).toEqual([]);
  });

  it('skips only files that exist', () => {
    for (const file of Object.keys(htmlValidateSkippedFiles)) expect(files).toContain(file);
  });
});

describe('html-validate on the built site', () => {
  it('finds pages to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.filter((file) => !(file in htmlValidateSkippedFiles)))('%s', async (file) => {
    const report = await validator.validateString(readFileSync(path.join(siteDir, file), 'utf8'), file);
    const messages = report.results.flatMap((result) => result.messages).map(describeMessage);
    expect(messages).toEqual([]);
  });
});
