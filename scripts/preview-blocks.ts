// Renders fact sheets as Slack would show them, to HTML (and PNG with --png, using headless Chromium), so a
// person can judge the layout. For humans, not CI.
//   node scripts/preview-blocks.ts [--out DIR (default: $TMPDIR/copydesk-preview)] [--png] [--table] [sheet.json …]
// Each sheet.json is a FactSheet (e.g. from `copydesk --format json`); with none, built-in samples of one
// and five sources are rendered. --table renders the compact sheet whose grid is a native table block.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { KnownBlock, RawNumberElement, RawTextElement, RichTextBlock, TableBlock } from '@slack/types';
import { renderBlocks, type SlackMessage } from '../src/render/blocks/render-blocks.ts';
import { renderTableSheet } from '../src/render/blocks/table-sheet.ts';
import { homeView } from '../src/slack/home/home-view.ts';
import { createSteps } from '../src/slack/jobs/stream-steps.ts';
import type { FactSheet, SourceInput } from '../src/types.ts';
import { gridSampleSheet } from '../test/support/grid-sheets.ts';
import { makeSheet } from '../test/support/slack-sheets.ts';

const EMOJI: Record<string, string> = {
  red_circle: '🔴',
  large_orange_circle: '🟠',
  white_circle: '⚪',
  white_check_mark: '✅',
  warning: '⚠️',
  speech_balloon: '💬',
  page_facing_up: '📄',
  scales: '⚖️',
  information_source: 'ℹ️',
  hourglass_flowing_sand: '⏳',
  x: '❌',
  mag: '🔍',
};

/** mrkdwn (already Slack-escaped, which is also valid HTML text) → HTML. */
function mrkdwn(text: string): string {
  const lines = text.split('\n').map((line) => {
    let html = line
      .replace(
        /<(https?:\/\/[^|>]+)\|([^>]*)>/g,
        (_m, url: string, label: string) => `<a href="${url}">${label}</a>`,
      )
      .replace(/<@(\w+)>/g, '<span class="mention">@$1</span>')
      .replace(/(^|[\s(“"])\*([^*\n]+)\*(?=$|[\s).,:;!?”"])/g, '$1<b>$2</b>')
      .replace(/(^|[\s(“"])_([^_\n]+)_(?=$|[\s).,:;!?”"])/g, '$1<i>$2</i>')
      .replace(/(^|[\s(“"])~([^~\n]+)~(?=$|[\s).,:;!?”"])/g, '$1<s>$2</s>')
      .replace(/`([^`]+)`/g, '<code>$1</code>')
      .replace(/:([a-z0-9_+-]+):/g, (whole, name: string) => EMOJI[name] ?? whole);
    if (line.startsWith('> ')) html = `<span class="quote">${html.slice(2)}</span>`;
    return html;
  });
  return lines.join('<br>');
}

function blockHtml(block: KnownBlock): string {
  switch (block.type) {
    case 'header':
      return `<h2>${block.text.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</h2>`;
    case 'divider':
      return '<hr>';
    case 'context':
      return `<div class="context">${block.elements
        .map((element) => ('text' in element ? `<span>${mrkdwn(element.text)}</span>` : ''))
        .join('')}</div>`;
    case 'section': {
      const text = block.text ? `<div>${mrkdwn(block.text.text)}</div>` : '';
      const fields = block.fields?.length
        ? `<div class="fields">${block.fields.map((field) => `<div>${mrkdwn(field.text)}</div>`).join('')}</div>`
        : '';
      return `<div class="section">${text}${fields}</div>`;
    }
    case 'table':
      return tableHtml(block);
    case 'actions':
      return `<div class="actions">${block.elements
        .map((element) =>
          element.type === 'button' ? `<span class="button">${htmlText(element.text.text)}</span>` : '',
        )
        .join('')}</div>`;
    default:
      return `<pre>${JSON.stringify(block)}</pre>`;
  }
}

/** Rich text is literal: its characters are HTML-escaped here, never read as mrkdwn. */
function richTextHtml(cell: RichTextBlock | RawTextElement | RawNumberElement): string {
  if (cell.type !== 'rich_text') return htmlText(cell.text);
  return cell.elements
    .flatMap((element) => (element.type === 'rich_text_section' ? element.elements : []))
    .map((part) => {
      if (part.type === 'emoji') return EMOJI[part.name] ?? `:${part.name}:`;
      if (part.type !== 'text') return '';
      let html = htmlText(part.text).replace(/\n/g, '<br>');
      if (part.style?.bold) html = `<b>${html}</b>`;
      if (part.style?.italic) html = `<i>${html}</i>`;
      return html;
    })
    .join('');
}

function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Slack draws the first row as the header, columns wrapped when is_wrapped is set. */
function tableHtml(block: TableBlock): string {
  const rows = block.rows.map((row, index) => {
    const tag = index === 0 ? 'th' : 'td';
    return `<tr>${row.map((cell) => `<${tag}>${richTextHtml(cell)}</${tag}>`).join('')}</tr>`;
  });
  return `<table class="grid">${rows.join('')}</table>`;
}

function messageHtml(blocks: KnownBlock[], label: string): string {
  return `<div class="message"><div class="avatar">cd</div><div class="body">
<div class="name">copydesk <span class="app">APP</span> <span class="meta">${label}</span></div>
${blocks.map(blockHtml).join('\n')}</div></div>`;
}

const STYLE = `body{font:15px/1.46 -apple-system,"Segoe UI",Lato,Helvetica,Arial,sans-serif;color:#1d1c1d;margin:0;background:#fff}
.thread{max-width:860px;margin:0 auto;padding:16px}.message{display:flex;gap:8px;padding:8px 0;border-bottom:1px solid #eee}
.avatar{flex:none;width:36px;height:36px;border-radius:6px;background:#2c5f8a;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center}
.body{flex:1;min-width:0}.name{font-weight:900}.app{font-size:10px;background:#eee;color:#555;padding:1px 3px;border-radius:2px}
.meta{font-weight:400;color:#888;font-size:12px}h2{font-size:18px;margin:4px 0}.section{margin:6px 0}
.fields{display:grid;grid-template-columns:1fr 1fr;gap:6px 16px;margin-top:6px}.context{color:#616061;font-size:12px;margin:4px 0;display:flex;gap:12px;flex-wrap:wrap}
.quote{border-left:4px solid #ddd;padding-left:8px;display:inline-block}hr{border:none;border-top:1px solid #ddd;margin:10px 0}
a{color:#1264a3;text-decoration:none}.mention{background:#e8f5fa;color:#1264a3}code{background:#f6f6f6;border:1px solid #ddd;padding:0 3px}
.stats{color:#888;font-size:12px;margin:8px 0}
table.grid{border-collapse:collapse;margin:6px 0;font-size:14px;width:100%}table.grid th,table.grid td{border:1px solid #ddd;padding:6px 8px;vertical-align:top;text-align:left}
table.grid th{background:#f8f8f8;font-weight:700}
.actions{margin:8px 0}.button{display:inline-block;border:1px solid #bbb;border-radius:4px;padding:3px 12px;font-weight:700;font-size:14px}
.plan{border:1px solid #ddd;border-radius:8px;padding:8px 12px;margin:6px 0 10px}.plan .title{font-weight:700;margin-bottom:4px}
.task{display:flex;gap:8px;margin:3px 0}.task .details{color:#616061;font-size:13px}.home{max-width:860px;margin:0 auto;padding:16px}`;

/** A streamed answer once stopped: the plan of task steps (task_display_mode "plan"), then the sheet's blocks. */
export function streamHtml(sheet: FactSheet, title: string): string {
  const names = sheet.sources.map((source) => source.outlet ?? source.label);
  const steps = createSteps(
    sheet.sources.map(
      (source, index) => ({ kind: 'text', label: names[index] ?? source.label, text: '' }) as SourceInput,
    ),
  );
  for (const source of sheet.sources) {
    steps.apply({ stage: 'reading', sourceId: source.id, label: source.outlet ?? source.label });
    steps.apply({
      stage: 'analysing',
      sourceId: source.id,
      label: source.outlet ?? source.label,
      detail: `${source.words} words`,
    });
    const found = source.quotes.filter((quote) => quote.match !== 'not_found').length;
    steps.apply({
      stage: 'done',
      sourceId: source.id,
      label: source.outlet ?? source.label,
      counts: { words: source.words, quotes: source.quotes.length, quotesFound: found },
    });
  }
  if (sheet.sources.length > 1) steps.apply({ stage: 'comparing' });
  const icon: Record<string, string> = { complete: '✅', in_progress: '⏳', pending: '▫️', error: '❌' };
  const tasks = steps
    .finish('complete')
    .map(
      (task) =>
        `<div class="task"><span>${icon[task.status] ?? ''}</span><div><div>${htmlText(task.title)}</div>${task.details ? `<div class="details">${htmlText(task.details)}</div>` : ''}</div></div>`,
    )
    .join('');
  const message = renderTableSheet(sheet);
  const plan = `<div class="plan"><div class="title">Reading ${sheet.sources.length} sources…</div>${tasks}</div>`;
  const body = messageHtml(message.blocks, 'streamed answer, stopped').replace(
    '<div class="body">',
    `<div class="body">${plan.replace(/\$/g, '$$$$')}`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head>
<body><div class="thread">${body}</div></body></html>`;
}

/** App Home as a workspace admin sees it, with sample recent sheets and settings. */
export function homeHtml(title: string): string {
  const now = Date.now();
  const recent = [
    {
      title: 'Ferry capsizes on Lake Varna, at least 12 dead',
      sources: ['Northern Courier', 'Coastline Wire', 'Daily Ledger'],
      failed: 0,
      disagreements: 4,
      at: new Date(now - 600_000).toISOString(),
      user: 'U0EDITOR',
      channel: 'C0DESK',
    },
    {
      title: 'Council approves harbour budget',
      sources: ['Daily Ledger'],
      failed: 0,
      disagreements: 0,
      at: new Date(now - 86_400_000).toISOString(),
      user: 'U0REPORTER',
      channel: 'C0METRO',
    },
  ];
  const settings = {
    compareEmoji: 'mag',
    channels: ['C0DESK', 'C0METRO'],
    model: 'gpt-4.1',
    overridden: { compareEmoji: true, channels: true, model: true },
    updatedBy: 'U0ADMIN',
    updatedAt: new Date(now - 3_600_000).toISOString(),
  };
  const view = homeView(settings, recent, true);
  const blocks = (view.blocks as KnownBlock[]).map(blockHtml).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head>
<body><div class="home">${blocks.replace(/<!date\^\d+\^[^|]*\|([^>]*)>/g, (_m, iso: string) => iso.slice(0, 16).replace('T', ' '))}</div></body></html>`;
}

export function previewHtml(sheet: FactSheet, title: string, render = renderBlocks): string {
  const message: SlackMessage = render(sheet);
  const chars = (blocks: KnownBlock[]) => JSON.stringify(blocks).length;
  const stats = `${message.blocks.length} blocks, ${chars(message.blocks)} JSON characters; ${message.details.length} details replies. Fallback: ${message.text}`;
  const parts = [
    messageHtml(message.blocks, 'fact sheet'),
    ...message.details.map((detail, index) => messageHtml(detail.blocks, `details ${index + 1}`)),
  ];
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head>
<body><div class="thread"><div class="stats">${stats.replace(/</g, '&lt;')}</div>${parts.join('\n')}</div></body></html>`;
}

function screenshot(htmlPath: string, pngPath: string): boolean {
  const browser = ['chromium', 'chromium-browser', 'google-chrome'].find(
    (name) => spawnSync('which', [name]).status === 0,
  );
  if (!browser) return false;
  const result = spawnSync(browser, [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'copydesk-preview-'))}`,
    `--screenshot=${pngPath}`,
    '--window-size=900,3600',
    `file://${htmlPath}`,
  ]);
  return result.status === 0;
}

const USAGE = `Usage: node scripts/preview-blocks.ts [--out DIR] [--png] [--table] [sheet.json …]
Renders fact sheets as Slack shows them, to HTML (PNG too with --png and Chromium on PATH).
  --out DIR   where to write (default: $TMPDIR/copydesk-preview)
  --png       also screenshot each page with headless Chromium
  --table     the compact sheet: the disagreement grid as a native table block, details in the thread
  --stream    a streamed answer once stopped: its plan of steps, then the compact sheet
  --home      App Home as an admin sees it (sample recent sheets and settings)
With no sheet.json, built-in samples are rendered.
`;

function main(argv: string[]): void {
  let out = join(tmpdir(), 'copydesk-preview');
  let png = false;
  let table = false;
  let stream = false;
  let home = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--out') out = argv[++i] ?? out;
    else if (arg === '--png') png = true;
    else if (arg === '--table') table = true;
    else if (arg === '--stream') stream = true;
    else if (arg === '--home') home = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      return;
    } else files.push(arg);
  }
  const sheets: [string, FactSheet][] =
    files.length > 0
      ? files.map((file) => [basename(file, '.json'), JSON.parse(readFileSync(file, 'utf8')) as FactSheet])
      : [
          ['sample-1-source', makeSheet(1)],
          ['sample-5-sources', makeSheet(5, { disagreements: 8, failed: 1 })],
          ...(table ? ([['sample-3-sources-grid', gridSampleSheet()]] as [string, FactSheet][]) : []),
        ];
  mkdirSync(out, { recursive: true });
  const write = (file: string, html: string): void => {
    const htmlPath = resolve(out, `${file}.html`);
    writeFileSync(htmlPath, html);
    const shot = png && screenshot(htmlPath, resolve(out, `${file}.png`));
    process.stdout.write(
      `${htmlPath}${shot ? ` + ${file}.png` : png ? ' (no Chromium found for PNG)' : ''}\n`,
    );
  };
  if (home) write('app-home', homeHtml('app-home'));
  if (stream) {
    const streamed: [string, FactSheet][] =
      files.length > 0 ? sheets : [['sample-3-sources', gridSampleSheet()]];
    for (const [name, sheet] of streamed) write(`${name}-streamed`, streamHtml(sheet, `${name}-streamed`));
  }
  if (home || stream) return;
  for (const [name, sheet] of sheets) {
    const file = table ? `${name}-table` : name;
    const htmlPath = resolve(out, `${file}.html`);
    writeFileSync(htmlPath, previewHtml(sheet, file, table ? renderTableSheet : renderBlocks));
    const shot = png && screenshot(htmlPath, resolve(out, `${file}.png`));
    process.stdout.write(
      `${htmlPath}${shot ? ` + ${file}.png` : png ? ' (no Chromium found for PNG)' : ''}\n`,
    );
  }
}

main(process.argv.slice(2));
