/**
 * Hands `text` to the visitor as a file named `name`, through a Blob URL and an
 * `<a download>`: no server round trip, and no page navigation.
 */

/**
 * The last file's Blob URL. It is freed when the next download starts, not right after the
 * click: the browser may still be reading it then. So a page holds at most one such file.
 */
let lastUrl: string | undefined;

/**
 * Downloads `text` as `name` (characters a file system may refuse become `-`) with MIME
 * `type`. The link is put into `within` for the click, so that a widget's shadow root holds
 * it rather than the host page's DOM.
 */
export function downloadFile(
  name: string,
  text: string,
  type: string,
  within: ParentNode = document.body,
): void {
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  lastUrl = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = lastUrl;
  link.download = name.replace(/[^\w.-]+/g, '-');
  link.hidden = true;
  within.append(link);
  link.click();
  link.remove();
}
