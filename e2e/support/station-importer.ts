import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface ImporterRun {
  readonly serverUrl: string;
  readonly folder: string;
  /** The camera's serial, as the station reads it off the docked device. */
  readonly serial: string;
  readonly username: string;
  readonly password: string;
  /** Where the run keeps its progress file, out of the home folder. */
  readonly stateDir: string;
}

/** `liuhen import` as the station operator runs it; resolves with what it printed. */
export function runStationImporter(
  run: ImporterRun,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        'apps/cli/src/liuhen.ts',
        'import',
        run.folder,
        '--server',
        run.serverUrl,
        '--device',
        run.serial,
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          LIUHEN_USERNAME: run.username,
          LIUHEN_PASSWORD: run.password,
          LIUHEN_STATE_DIR: run.stateDir,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}
