// One number written two ways: "a two-in-three chance" against "a 2 in 3 chance", "ten percent" against
// "10%", "twenty-one" against "21". Style books differ on spelling numbers out; the speaker's words do not,
// so two quotes that differ only so are one wording (an editor called such a pair noise).
import { NUMBER_WORDS } from './number-words.ts';

/** Whether two stretches of words are the same once every number is in digits, and one spelled a number out. */
export function sameNumberWritten(a: string, b: string): boolean {
  const x = inDigits(a);
  const y = inDigits(b);
  return (x.spelled || y.spelled) && x.form === y.form;
}

/** The words with numbers in digits and "percent" as "%"; `spelled` when a number word was turned. */
function inDigits(text: string): { form: string; spelled: boolean } {
  const words = text
    .toLowerCase()
    .replace(/\bper ?cent\b/g, '%')
    .split(/[\s-]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}%]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter(Boolean);
  const out: string[] = [];
  let spelled = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const value = NUMBER_WORDS.get(word);
    if (value === undefined) {
      // "10 %" and "10%" alike.
      if (word === '%' && out.length > 0) out[out.length - 1] += '%';
      else out.push(word);
      continue;
    }
    spelled = true;
    // "twenty-one": a ten and a unit make one number.
    const unit = value >= 20 ? NUMBER_WORDS.get(words[i + 1] ?? '') : undefined;
    if (unit !== undefined && unit > 0 && unit < 10) {
      out.push(String(value + unit));
      i++;
    } else out.push(String(value));
  }
  return { form: out.join(' '), spelled };
}
