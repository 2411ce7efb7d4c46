/**
 * A summary short enough for a card: the widget shows a few lines of it, and a feed that puts
 * the whole article in its description would otherwise carry pages no one sees. Whole
 * sentences up to SUMMARY_MAX characters; a first sentence longer than that is cut at a word
 * and ends with "…".
 */
export const SUMMARY_MAX = 300;

/** WordPress ends an automatic excerpt with " […]" (`[&hellip;]`): it reads as "…". */
const MORE_MARK = /\s*\[(?:…|\.\.\.)\]\s*$/;

export function shortSummary(text: string, max = SUMMARY_MAX): string {
  const cleaned = text.replace(MORE_MARK, '…').trim();
  if (cleaned.length <= max) return cleaned;
  // A sentence ends with . ! ? or … (and any closing quote or bracket) before a space.
  const sentences = cleaned.match(/[^.!?…]+(?:[.!?…]+["'”’»)\]]*|$)\s*/g) ?? [cleaned];
  let kept = '';
  for (const sentence of sentences) {
    if ((kept + sentence).trimEnd().length > max) break;
    kept += sentence;
  }
  if (kept.trim()) return kept.trim();
  const cut = cleaned.slice(0, max);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord || cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
