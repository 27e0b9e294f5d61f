import type { ServerResponse } from 'node:http';

/** Server-sent events to every open page: the browser reconnects by itself, no library needed. */
export interface EventHub {
  add(response: ServerResponse): void;
  send(event: string, data: unknown): void;
  /** End every stream, so the server can close (open streams would hold it forever). */
  close(): void;
}

const HEARTBEAT_MS = 15_000;

export function createEventHub(): EventHub {
  const clients = new Set<ServerResponse>();
  // A comment line now and then keeps proxies and idle timeouts from cutting quiet streams.
  const heartbeat = setInterval(() => clients.forEach((client) => client.write(': keep-alive\n\n')), HEARTBEAT_MS);
  heartbeat.unref();
  return {
    add(response) {
      response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      response.write('retry: 500\n\n');
      clients.add(response);
      response.on('close', () => clients.delete(response));
    },
    send(event, data) {
      const message = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
      for (const client of clients) client.write(message);
    },
    close() {
      clearInterval(heartbeat);
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
