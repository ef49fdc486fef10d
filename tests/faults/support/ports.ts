import { createServer } from 'node:net';

/**
 * A port that is free now: bind a socket to port 0 on 127.0.0.1, read the port the kernel
 * gave, close it. A child process given `PORT=0` would listen somewhere the test cannot read
 * from outside, so each service gets its port this way, and keeps it across restarts.
 */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no port from the kernel'))));
    });
  });
}

/** `count` distinct free ports (held until all are taken, so none is handed out twice). */
export async function freePorts(count: number, host = '127.0.0.1'): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort(host));
  return [...ports];
}
