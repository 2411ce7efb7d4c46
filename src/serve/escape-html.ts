/**
 * Text made safe to write into HTML, as element content or as a quoted attribute value: every
 * character that could end either (`<`, `&`, and both quotes) written as its reference. Every
 * value the service writes into a page or into oEmbed `html` goes through here.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => REFERENCES[c]!);
}

const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
