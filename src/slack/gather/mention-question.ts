// What a mention asks, once the mentions themselves are taken out: "<@UCOPYDESK> who first gave 7,326?" asks
// "who first gave 7,326?". Slack's markup is read back to what the person typed, so the question's words match
// the sources' (a link label stays, &amp; is &).
export function mentionQuestion(text: string | undefined): string {
  return (text ?? '')
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/<[^>|]*\|([^>]*)>/g, '$1')
    .replace(/<([^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
