// A TCP port for a server a test script starts on the loopback address: the OS picks one nobody
// listens on, and the caller takes it right after.
import { createServer } from 'node:net';

/** A TCP port nothing listens on now, on 127.0.0.1. @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}
