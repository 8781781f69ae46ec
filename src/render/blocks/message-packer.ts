// Packs a sheet's parts into the main message and, for what does not fit, details replies.
// Every message stays within the block count and the character budget from limits.ts.
import type { KnownBlock } from '@slack/types';
import { blockChars, context, divider, section } from './block-kit.ts';
import { MESSAGE_BUDGET, SLACK_LIMITS } from './limits.ts';

/** One item of a group: a line (merged with its neighbours into one section) or a whole block. */
export type Unit = { kind: 'line'; text: string } | { kind: 'block'; block: KnownBlock };

export interface Group {
  /** Bold title line, escaped mrkdwn. */
  title: string;
  /** Singular noun for "and N more …"; an s makes the plural. */
  noun: string;
  /** At most this many units in the main message; the rest go to the details reply. */
  cap: number;
  units: Unit[];
}

export interface Packed {
  main: KnownBlock[];
  details: KnownBlock[][];
}

/** Room kept for the "…and N more" line a group may need. */
const MORE_LINE = { blocks: 1, chars: 120 };

interface Pack {
  blocks: KnownBlock[];
  chars: number;
  maxBlocks: number;
  maxChars: number;
}

function newPack(reserveBlocks = 0, reserveChars = 0): Pack {
  return {
    blocks: [],
    chars: 0,
    maxBlocks: MESSAGE_BUDGET.blocks - reserveBlocks,
    maxChars: MESSAGE_BUDGET.chars - reserveChars,
  };
}

function fits(pack: Pack, blocks: number, chars: number): boolean {
  return pack.blocks.length + blocks <= pack.maxBlocks && pack.chars + chars <= pack.maxChars;
}

function push(pack: Pack, block: KnownBlock): void {
  pack.blocks.push(block);
  pack.chars += blockChars(block);
}

/**
 * Add a unit if it fits, keeping `reserve` free. Lines join the previous line section of the same group
 * (one section reads better and costs one block) until that section is full.
 */
function addUnit(pack: Pack, unit: Unit, lineSection: { index: number }, reserve = MORE_LINE): boolean {
  if (unit.kind === 'block') {
    if (!fits(pack, 1 + reserve.blocks, blockChars(unit.block) + reserve.chars)) return false;
    push(pack, unit.block);
    lineSection.index = -1;
    return true;
  }
  const last = lineSection.index >= 0 ? pack.blocks[lineSection.index] : undefined;
  const lastText = last?.type === 'section' ? last.text?.text : undefined;
  if (lastText !== undefined && lastText.length + 1 + unit.text.length <= SLACK_LIMITS.sectionText) {
    if (!fits(pack, reserve.blocks, unit.text.length + 1 + reserve.chars)) return false;
    pack.blocks[lineSection.index] = section(`${lastText}\n${unit.text}`);
    pack.chars += unit.text.length + 1;
    return true;
  }
  const block = section(unit.text);
  if (!fits(pack, 1 + reserve.blocks, blockChars(block) + reserve.chars)) return false;
  push(pack, block);
  lineSection.index = pack.blocks.length - 1;
  return true;
}

/**
 * A sheet that fits comfortably goes out whole; a longer one shows each group up to its cap and moves the
 * rest to the details reply, so the main message stays scannable.
 */
export function packMessage(head: KnownBlock[], groups: Group[], tail: KnownBlock[]): Packed {
  const whole = packWith(
    head,
    groups.map((group) => ({ ...group, cap: Number.POSITIVE_INFINITY })),
    tail,
  );
  const chars = whole.main.reduce((sum, block) => sum + blockChars(block), 0);
  if (whole.details.length === 0 && chars <= MESSAGE_BUDGET.comfortableChars) return whole;
  return packWith(head, groups, tail);
}

function packWith(head: KnownBlock[], groups: Group[], tail: KnownBlock[]): Packed {
  const tailChars = tail.reduce((sum, block) => sum + blockChars(block), 0);
  // One more block kept back for the line that names groups left out entirely.
  const main = newPack(tail.length + 1, tailChars + MORE_LINE.chars);
  for (const block of head) push(main, block);

  const overflow: Group[] = [];
  const skipped: string[] = [];
  for (const group of groups) {
    if (group.units.length === 0) continue;
    const title = section(group.title);
    const firstUnit = group.units[0] as Unit;
    const firstChars = firstUnit.kind === 'block' ? blockChars(firstUnit.block) : firstUnit.text.length;
    if (!fits(main, 3 + MORE_LINE.blocks, blockChars(title) + firstChars + MORE_LINE.chars)) {
      overflow.push(group);
      skipped.push(countOf(group.units.length, group.noun));
      continue;
    }
    push(main, divider());
    push(main, title);
    const lineSection = { index: -1 };
    let shown = 0;
    for (const unit of group.units) {
      if (shown >= group.cap || !addUnit(main, unit, lineSection)) break;
      shown += 1;
    }
    const rest = group.units.slice(shown);
    if (rest.length > 0) {
      push(main, context([`_…and ${countOf(rest.length, `more ${group.noun}`)} in the reply below._`]));
      overflow.push({ ...group, units: rest });
    }
  }
  if (skipped.length > 0) push(main, context([`_In the reply below: ${skipped.join(', ')}._`]));
  main.blocks.push(...tail);
  return { main: main.blocks, details: packDetails(overflow) };
}

/** renderBlocks puts a one-line context block on top of every details reply: room is kept for it. */
const DETAILS_HEAD = { blocks: 1, chars: 80 };

/**
 * The details replies: overflowing groups in order, as many messages as they need. `continued` says whether
 * the groups were begun in the main message (the table sheet moves whole groups to the thread).
 */
export function packDetails(groups: Group[], continued = true): KnownBlock[][] {
  const messages: KnownBlock[][] = [];
  const titleOf = (group: Group, first: boolean) =>
    continued || !first ? `${group.title} _(continued)_` : group.title;
  let pack = newPack(DETAILS_HEAD.blocks, DETAILS_HEAD.chars);
  const none = { blocks: 0, chars: 0 };
  for (const group of groups) {
    let lineSection = { index: -1 };
    let titled = false;
    for (const unit of group.units) {
      if (!titled) {
        if (!fits(pack, 2, group.title.length + 40)) {
          messages.push(pack.blocks);
          pack = newPack(DETAILS_HEAD.blocks, DETAILS_HEAD.chars);
        }
        push(pack, section(titleOf(group, true)));
        titled = true;
        lineSection = { index: -1 };
      }
      if (addUnit(pack, unit, lineSection, none)) continue;
      messages.push(pack.blocks);
      pack = newPack(DETAILS_HEAD.blocks, DETAILS_HEAD.chars);
      push(pack, section(titleOf(group, false)));
      lineSection = { index: -1 };
      addUnit(pack, unit, lineSection, none);
    }
  }
  if (pack.blocks.length > 0) messages.push(pack.blocks);
  return messages;
}

function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
