/** The real production server (`api/server.ts`) in a child process, for slow tests and benchmarks. */
import { spawn, type ChildProcess } from 'node:child_process';
import { solve } from './pow.ts';

const root = `${import.meta.dirname}/../..`;

export interface RunningServer {
  base: string;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<unknown>;
}

export async function startServer(port: number, env: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, ['api/server.ts'], {
    cwd: root,
    env: { ...process.env, LOG_REQUESTS: 'false', ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) break;
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return { base, child, exited };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the server on port ${port} did not start`);
}

/** Fetches a challenge and solves it as the browser does: the `pow` field of a tip. */
export async function solvedPow(base: string): Promise<string> {
  return solve(await (await fetch(`${base}/api/challenge`)).json());
}
