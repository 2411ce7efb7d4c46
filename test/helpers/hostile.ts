// Hostile feed content for every widget's security tests. Any payload that ran would set
// `window.__pwned`; the tests check it stays unset and that no such URL reaches the DOM.

/** Text that would run script if it were ever parsed as HTML. */
export const HOSTILE_TEXT = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
];

/**
 * URLs with schemes no link or image may keep, in mixed case and with escapes. (URLs with
 * white space inside never pass the schema's uri-reference format, so they are tested on
 * safeUrl itself in test/core/format-and-urls.test.ts.)
 */
export const HOSTILE_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  'jAvAsCrIpT://%0Awindow.__pwned=1',
  'data:text/html,%3Cscript%3Ewindow.__pwned=1%3C/script%3E',
  'DATA:image/svg+xml,%3Csvg%20onload=%22window.__pwned=1%22%3E',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
];
