import { Agent, request } from 'node:http';

/**
 * Closed-loop load over keep-alive connections on loopback: `concurrency` requests in
 * flight for `durationMs`. Bounded in count and time; stops by itself.
 */
export async function measureRequestsPerSecond(options: {
  url: string;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  concurrency: number;
  durationMs: number;
  maxRequests?: number;
}): Promise<{ perSecond: number; requests: number; p99Ms: number; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const maxRequests = options.maxRequests ?? 1_000_000;

  const once = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const req = request(
        options.url,
        { method: options.method ?? 'GET', agent, headers: options.headers },
        (res) => {
          res.resume();
          res.on('end', () => {
            if ((res.statusCode ?? 500) >= 400) errors++;
            latencies.push(performance.now() - t0);
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(options.body);
    });

  const worker = async () => {
    while (performance.now() < deadline && latencies.length + errors < maxRequests) await once();
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / elapsed,
    requests: latencies.length,
    p99Ms: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
    errors,
  };
}
