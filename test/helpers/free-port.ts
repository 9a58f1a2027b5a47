/** A TCP port on the loopback interface that is free right now, as the operating system hands one out. */
import { createServer } from 'node:net';

/** Resolves with a port nothing listens on (the system's pick for port 0), after closing the probe. */
export function freePort(host = 'localhost'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('The system gave no port'));
      });
    });
  });
}
