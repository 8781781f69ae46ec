// Assertions shared by render and Slack tests: a message respects Slack's limits and contains no unescaped text.
import type { KnownBlock } from '@slack/types';
import { expect } from 'vitest';
import { messageChars } from '../../src/render/blocks/block-kit.ts';
import { MESSAGE_BUDGET, SLACK_LIMITS } from '../../src/render/blocks/limits.ts';

export function expectWithinLimits(blocks: KnownBlock[]): void {
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
  expect(messageChars(blocks)).toBeLessThanOrEqual(MESSAGE_BUDGET.chars);
  for (const block of blocks) {
    if (block.type === 'section') {
      expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      expect(block.fields?.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.sectionFields);
      for (const field of block.fields ?? [])
        expect(field.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
    }
    if (block.type === 'context') {
      expect(block.elements.length).toBeGreaterThan(0);
      expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
    }
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
  }
}

/** Every mrkdwn string in the blocks. */
export function mrkdwnTexts(blocks: KnownBlock[]): string[] {
  const texts: string[] = [];
  for (const block of blocks) {
    if (block.type === 'section') {
      if (block.text) texts.push(block.text.text);
      for (const field of block.fields ?? []) texts.push(field.text);
    }
    if (block.type === 'context')
      for (const element of block.elements) if ('text' in element) texts.push(element.text);
  }
  return texts;
}

/**
 * No raw `<` except copydesk's own links to `allowedUrls`, and every `&` starts an entity:
 * so nothing from an article can ping a channel, mention someone or fake a link.
 */
export function expectEscaped(texts: string[], allowedUrls: string[] = []): void {
  for (const text of texts) {
    // A "> " at the start of a line is copydesk's own block quote; article text never produces one unescaped.
    const withoutLinks = text
      .replace(/^> /gm, '')
      .replace(/<(https?:\/\/[^|>]+)\|[^>]*>/g, (_whole, url: string) => {
        const plain = url.replace(/&amp;/g, '&');
        expect(allowedUrls, `unexpected link in ${text}`).toContain(plain);
        return '';
      });
    expect(withoutLinks, text).not.toMatch(/[<>]/);
    expect(withoutLinks, text).not.toMatch(/&(?!amp;|lt;|gt;)/);
  }
}
