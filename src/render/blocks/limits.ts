// Slack's Block Kit limits in one place, plus the budgets copydesk keeps under them.
// Hard limits come from Slack's reference; the soft ones from running real payloads (see shared/PLATFORM.md).

export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextElementText: 3000,
  /** Slack cuts the notification fallback here. */
  messageText: 40_000,
} as const;

/**
 * Budgets for one message. Slack rejects the whole payload with `msg_blocks_too_long` near 13k characters
 * of block text, so a message stays well under that; what does not fit goes to a details reply.
 */
export const MESSAGE_BUDGET = {
  blocks: SLACK_LIMITS.blocksPerMessage,
  chars: 11_000,
  /** Below this a sheet is short enough to read whole: no part is cut to its cap. */
  comfortableChars: 4_500,
  /** Fallback text is a notification line, not a copy of the sheet. */
  fallbackChars: 600,
} as const;

/** How much of each part the main message shows before the rest moves to the details reply: keeps it scannable. */
export const MAIN_CAPS = {
  disagreements: 6,
  disagreementsManySources: 4,
  quoteVariants: 3,
  quotes: 5,
  reports: 3,
  facts: 8,
} as const;

/** Lengths for single items, so one long quote cannot crowd out the rest. */
export const ITEM_CHARS = {
  summary: 1200,
  summaryPerSource: 320,
  quote: 500,
  version: 450,
  fact: 300,
  note: 300,
  title: 160,
  /** The source's words shown before a quote (a negation, a denial, a condition): a condition runs to 90. */
  leadIn: 100,
} as const;

/**
 * The `table` block (@slack/types TableBlock; docs.slack.dev table-block reference): at most 100 rows, each
 * of at most 20 cells, at most 20 column settings; cells are raw_text or rich_text. One table per message
 * and a cap on all cells' characters are reported by others who use it, not in the part of Slack's page
 * that could be read here: copydesk keeps one table per message and its cells well under 10k characters.
 */
export const TABLE_LIMITS = {
  rows: 100,
  cellsPerRow: 20,
  columnSettings: 20,
  tablesPerMessage: 1,
  allCellsChars: 10_000,
} as const;

/** What the channel message's grid shows: a table a reader scans in ten seconds; the rest goes to the thread. */
export const GRID_BUDGET = {
  /** Disagreement rows under the header row. */
  rows: 8,
  /** A cell is a glance at the source's words; the full words are in the thread. */
  cellChars: 160,
  topicChars: 80,
  /** All cells together, kept far under TABLE_LIMITS.allCellsChars and the message budget. */
  allCellsChars: 4_000,
  /** The topics named in the line above the table (it renders where tables do not). */
  topicsLineChars: 600,
} as const;
