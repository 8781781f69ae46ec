// Small constructors for the few block types a fact sheet uses, each clamped to Slack's limits,
// and a character count that matches what Slack measures against its payload limit.
import type { ContextBlock, DividerBlock, HeaderBlock, KnownBlock, SectionBlock } from '@slack/types';
import { truncate } from './escape.ts';
import { SLACK_LIMITS } from './limits.ts';

/** mrkdwn section. Text is expected escaped already; it is only clamped here, never re-escaped. */
export function section(text: string, fields: string[] = []): SectionBlock {
  const block: SectionBlock = {
    type: 'section',
    text: { type: 'mrkdwn', text: clamp(text, SLACK_LIMITS.sectionText) },
  };
  if (fields.length > 0) {
    block.fields = fields
      .slice(0, SLACK_LIMITS.sectionFields)
      .map((field) => ({ type: 'mrkdwn', text: clamp(field, SLACK_LIMITS.fieldText) }));
  }
  return block;
}

/** Small grey text. Each element is clamped; at most ten elements. */
export function context(texts: string[]): ContextBlock {
  return {
    type: 'context',
    elements: texts
      .filter((text) => text !== '')
      .slice(0, SLACK_LIMITS.contextElements)
      .map((text) => ({ type: 'mrkdwn', text: clamp(text, SLACK_LIMITS.contextElementText) })),
  };
}

/** Header text is plain_text and never parsed: callers pass copydesk's own words only, never article text. */
export function header(text: string): HeaderBlock {
  return {
    type: 'header',
    text: { type: 'plain_text', text: truncate(text, SLACK_LIMITS.headerText), emoji: true },
  };
}

export function divider(): DividerBlock {
  return { type: 'divider' };
}

/** Characters of visible text in a block: what counts toward Slack's per-message limit. */
export function blockChars(block: KnownBlock): number {
  switch (block.type) {
    case 'section':
      return (
        (block.text?.text.length ?? 0) +
        (block.fields ?? []).reduce((sum, field) => sum + field.text.length, 0)
      );
    case 'context':
      return block.elements.reduce((sum, element) => sum + ('text' in element ? element.text.length : 0), 0);
    case 'header':
      return block.text.text.length;
    default:
      return 0;
  }
}

export function messageChars(blocks: KnownBlock[]): number {
  return blocks.reduce((sum, block) => sum + blockChars(block), 0);
}

/**
 * Clamp already-escaped mrkdwn. Cutting inside an entity (`&am`) or a link (`<http…`) would corrupt it,
 * so the cut backs off to before any unfinished one.
 */
function clamp(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const amp = cut.lastIndexOf('&');
  if (amp > cut.length - 6 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  const open = cut.lastIndexOf('<');
  if (open > cut.lastIndexOf('>')) cut = cut.slice(0, open);
  return `${cut}…`;
}
