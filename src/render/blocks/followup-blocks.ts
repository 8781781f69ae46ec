// A follow-up answer as a thread reply: each sentence with the passages it rests on, each passage the
// source's own words under its source's tag. Pure; escaped like the sheet (article and model text alike).
import type { KnownBlock } from '@slack/types';
import type { FollowupAnswer } from '../../followup/answer.ts';
import { answerText } from '../../followup/answer-followup.ts';
import { context, section } from './block-kit.ts';
import { escapeWithin, safeLine } from './escape.ts';
import { ITEM_CHARS, MESSAGE_BUDGET } from './limits.ts';

export function renderFollowup(answer: FollowupAnswer): { text: string; blocks: KnownBlock[] } {
  const text = escapeWithin(answerText(answer), MESSAGE_BUDGET.fallbackChars);
  if (answer.allGone || answer.cannotTell) return { text, blocks: [section(text), footer(answer)] };
  const blocks: KnownBlock[] = [];
  if (answer.engine === 'offline') {
    blocks.push(context(['_No LLM: the passages of the sources that best match the question._']));
  }
  for (const sentence of answer.sentences) {
    const passages = sentence.citations.map((citation) => {
      const flag =
        citation.match === 'altered' ? ' _(the model worded it differently; the source’s words)_' : '';
      return `> *${safeLine(citation.source, 10)}* “${safeLine(citation.text, ITEM_CHARS.quote)}”${flag}`;
    });
    const lead = answer.engine === 'offline' ? '' : `${safeLine(sentence.text, ITEM_CHARS.summary)}\n`;
    blocks.push(section(`${lead}${passages.join('\n')}`));
  }
  if (answer.gone.length > 0) {
    const gone = answer.gone.map((id) => safeLine(id, 10)).join(', ');
    blocks.push(
      context([`The text of ${gone} is no longer kept (sources are kept ${answer.keptDays} days).`]),
    );
  }
  blocks.push(footer(answer));
  return { text, blocks };
}

function footer(answer: FollowupAnswer): KnownBlock {
  const dropped =
    answer.dropped > 0
      ? ` · ${answer.dropped} citation${answer.dropped === 1 ? '' : 's'} not found in the sources left out`
      : '';
  return context([`copydesk · answered from this sheet's sources only · ${answer.engine}${dropped}`]);
}
