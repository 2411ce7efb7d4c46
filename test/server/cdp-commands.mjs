// Test-runner commands that need the Chrome DevTools Protocol, for the lifecycle tests:
//   await executeServerCommand('heap-usage')   → { usedSize } in bytes, after a full GC
// (import { executeServerCommand } from '@web/test-runner-commands').
export function cdpCommands() {
  return {
    name: 'uzl-cdp-commands',
    async executeCommand({ command, session }) {
      if (command !== 'heap-usage') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        // Twice: the first collection can leave objects that only the second one frees (weak maps, finalizers).
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return { usedSize };
      } finally {
        await cdp.detach();
      }
    },
  };
}
