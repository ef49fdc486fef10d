import { createConnection, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface TcpProxy {
  /** The port it listens on, at 127.0.0.1. */
  port: number;
  /**
   * Stops forwarding in both directions without closing anything: bytes are held, connections
   * stay open, new ones are accepted and connected upstream but get nothing through. What a
   * frozen link looks like (a dead peer behind a firewall, a network partition).
   */
  freeze(): void;
  /** Forwards again, what was held first. */
  thaw(): void;
  /** Destroys every connection made so far, on both sides (later ones are forwarded as usual). */
  cut(): void;
  /** Cuts everything and stops listening. */
  close(): Promise<void>;
}

/**
 * A TCP proxy to `targetHost:targetPort` for fault tests: put it between a client and a server
 * (a database, a subgraph) and freeze or cut the link at will.
 */
export async function startTcpProxy(target: { targetHost: string; targetPort: number }): Promise<TcpProxy> {
  let frozen = false;
  const links = new Set<Link>();

  const server = createServer((client) => {
    const upstream = createConnection({ host: target.targetHost, port: target.targetPort });
    const link: Link = { client, upstream, held: [] };
    links.add(link);
    const forward = (from: Socket, to: Socket) =>
      from.on('data', (chunk: Buffer) => {
        if (frozen) link.held.push({ to, chunk });
        else to.write(chunk);
      });
    forward(client, upstream);
    forward(upstream, client);
    const end = () => {
      links.delete(link);
      client.destroy();
      upstream.destroy();
    };
    // A side that ends or fails ends the link (unless frozen: a frozen link closes nothing).
    for (const socket of [client, upstream]) {
      socket.on('error', () => end());
      socket.on('close', () => {
        if (!frozen) end();
      });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });

  const cut = () => {
    for (const link of links) {
      link.client.destroy();
      link.upstream.destroy();
    }
    links.clear();
  };

  return {
    port: (server.address() as AddressInfo).port,
    freeze() {
      frozen = true;
    },
    thaw() {
      frozen = false;
      for (const link of links) {
        for (const { to, chunk } of link.held.splice(0)) if (!to.destroyed) to.write(chunk);
        if (link.client.destroyed || link.upstream.destroyed) {
          link.client.destroy();
          link.upstream.destroy();
          links.delete(link);
        }
      }
    },
    cut,
    close() {
      cut();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface Link {
  client: Socket;
  upstream: Socket;
  held: { to: Socket; chunk: Buffer }[];
}
