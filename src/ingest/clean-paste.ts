// Pasted article text → clean text plus the metadata the paste states.
// Conservative: furniture is removed only when it is unmistakable; an article sentence is never dropped.
import { parseCreditLine } from './paste/byline.ts';
import { repairMojibake } from './paste/mojibake.ts';
import { toParagraphs } from './paste/paragraphs.ts';
import { removeFurniture } from './paste/remove-furniture.ts';
import { readTopMatter } from './paste/top-matter.ts';

export interface CleanedPaste {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  text: string;
  note: string | null;
}

export const PASTE_PAYWALL_NOTE =
  'The paste includes a subscription prompt, so it may be only the teaser: paste the full article if you have it.';

export function cleanPaste(raw: string): CleanedPaste {
  const top = readTopMatter(toParagraphs(repairMojibake(raw)));
  const furniture = removeFurniture(top.paragraphs, { title: top.title });
  let byline = top.byline;
  const kept: string[] = [];
  for (const paragraph of furniture.kept) {
    // Wire credit lines ("Reporting by …; Editing by …") are metadata, not story text.
    const credit = parseCreditLine(paragraph);
    if (credit) {
      byline ??= credit;
      continue;
    }
    kept.push(paragraph);
  }
  return {
    title: top.title,
    outlet: top.outlet,
    byline,
    publishedAt: top.publishedAt,
    text: kept.join('\n\n'),
    note: furniture.paywall ? PASTE_PAYWALL_NOTE : null,
  };
}
