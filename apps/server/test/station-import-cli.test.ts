import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOTSTRAP_ADMIN_USERNAME } from '../src/identity/bootstrap-admin.ts';
import { makeSampleVideo } from '../src/media/make-sample-video.ts';
import { HttpSession, PROCESS_PASSWORD } from './support/http-session.ts';
import { sha256OfFile, writePseudoRandomFile } from './support/pseudo-random-file.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';
import { tusOffset } from './support/tus-over-http.ts';

/**
 * Issue 6 Build 6, through the real command against the real server in its own process:
 * `liuhen import <folder>` hashes, uploads over tus and registers every recording of a
 * docked camera; the server places each on its case or in the inbox. Run again, it imports
 * nothing twice; killed half-way through a large file, it resumes from the server's durable
 * offset.
 */

const cli = path.resolve(import.meta.dirname, '../../cli/bin/liuhen.js');
const MiB = 1024 * 1024;
const HOUR = 3_600_000;

function startCli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [cli, 'import', ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output: () => output };
}

async function runCli(args: string[], env: Record<string, string>) {
  const run = startCli(args, env);
  const { code } = await run.exited;
  return { code, output: run.output() };
}

/**
 * Watches the station's state file for its upload address and the server for that upload's
 * durable offset, until the offset is past `above` (and short of the whole file).
 */
async function durableOffsetOnceAbove(
  session: HttpSession,
  stateDir: string,
  station: ReturnType<typeof startCli>,
  above: number,
  size: number,
): Promise<number> {
  for (;;) {
    const [stateFile] = await readdir(stateDir).catch(() => [] as string[]);
    const state =
      stateFile === undefined
        ? undefined
        : await readFile(path.join(stateDir, stateFile), 'utf8')
            .then((text) => JSON.parse(text))
            .catch(() => undefined);
    const location = state?.files?.['long.mp4']?.uploadUrl as string | undefined;
    if (location !== undefined) {
      const offset = await tusOffset(session, location).catch(() => 0);
      if (offset >= above && offset < size) return offset;
    }
    const ended = await Promise.race([
      station.exited.then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 20)),
    ]);
    if (ended)
      throw new Error(`the station finished before it could be killed:\n${station.output()}`);
  }
}

describe('liuhen import (collection station) against a running server', () => {
  let work: string;
  let server: ServerProcess;
  let testDatabase: TestDatabase;
  let officer: HttpSession;
  let caseId: string;
  let caseNumber: string;
  let env: Record<string, string>;
  let camera: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'liuhen-station-'));
    testDatabase = await createTestDatabase();
    server = await startServerProcess({
      dataDir: path.join(work, 'data'),
      env:
        testDatabase.target.driver === 'postgres' ? { DATABASE_URL: testDatabase.target.url } : {},
    });
    const admin = new HttpSession(server.url);
    await admin.firstSignIn(BOOTSTRAP_ADMIN_USERNAME, server.oneTimePassword!, PROCESS_PASSWORD);
    const agency = await admin.json('POST', '/api/v1/agencies', {
      name: '常山县综合行政执法局',
      code: '常综执',
    });
    await admin.json('PUT', `/api/v1/agencies/${agency.id}/profile`, { profileId: 'seed-004' });
    const department = await admin.json('POST', `/api/v1/agencies/${agency.id}/departments`, {
      name: '执法一中队',
    });
    const people: Record<string, string> = {};
    for (const [username, displayName, certificate] of [
      ['cs.zhang', '张三', 'cs-001'],
      ['cs.li', '李四', 'cs-002'],
    ] as const) {
      const created = await admin.json('POST', '/api/v1/users', {
        username,
        displayName,
        agencyId: agency.id,
        departmentId: department.id,
        roles: ['officer'],
        certificateNumber: certificate,
      });
      people[username] = created.user.id;
      const session = new HttpSession(server.url);
      await session.firstSignIn(username, created.oneTimePassword, PROCESS_PASSWORD);
      if (username === 'cs.zhang') officer = session;
    }
    const bodyCamera = await admin.json('POST', `/api/v1/agencies/${agency.id}/body-cameras`, {
      serial: 'DSJ-0001',
      model: 'DSJ-V9',
    });
    await admin.json('POST', `/api/v1/body-cameras/${bodyCamera.id}/assignments`, {
      holderId: people['cs.zhang'],
      from: new Date(Date.now() - 48 * HOUR).toISOString(),
    });
    const opened = await officer.json('POST', '/api/v1/cases', {
      name: '某某贸易有限公司未按规定设置店招案',
      actType: 'penalty',
      procedure: 'ordinary',
      launchMode: 'ex_officio',
      departmentId: department.id,
      parties: [
        {
          kind: 'organisation',
          name: '常山县某某贸易有限公司',
          creditCode: '91350100M000100Y43',
          legalRepresentative: '赵六',
        },
      ],
      officers: [
        { userId: people['cs.zhang'], role: 'handler' },
        { userId: people['cs.li'], role: 'assisting' },
      ],
    });
    caseId = opened.id;
    caseNumber = opened.caseNumber;

    camera = path.join(work, 'DSJ-0001');
    await mkdir(path.join(camera, 'VIDEO', '20261123'), { recursive: true });
    await makeSampleVideo({
      directory: path.join(camera, 'VIDEO', '20261123'),
      name: 'DSJ0001_090000.mp4',
      seconds: 2,
      capturedAt: new Date(Date.now() - HOUR),
    });
    await writeFile(path.join(camera, 'DEVICE.LOG'), 'battery 80%\n');
    env = {
      LIUHEN_USERNAME: 'cs.zhang',
      LIUHEN_PASSWORD: PROCESS_PASSWORD,
      LIUHEN_STATE_DIR: path.join(work, 'state'),
    };
  }, 120_000);

  afterAll(async () => {
    await server?.kill('SIGTERM');
    await testDatabase?.drop();
    await rm(work, { recursive: true, force: true });
  });

  it('imports a docked folder, places the recording on its case, and imports nothing twice', async () => {
    const first = await runCli([camera, '--device', 'DSJ-0001', '--server', server.url], env);
    expect(first.output).toContain(`✓ 已分配到 ${caseNumber}  VIDEO/20261123/DSJ0001_090000.mp4`);
    expect(first.output).toContain('记录仪由张三领用');
    expect(first.output).toContain('跳过 1 个非音像文件');
    expect(first.code).toBe(0);

    const pending = await officer.json('GET', `/api/v1/cases/${caseId}/imported-files`);
    expect(pending.items).toHaveLength(1);
    expect(pending.items[0]).toMatchObject({
      status: 'matched',
      deviceSerial: 'DSJ-0001',
      originalPath: 'VIDEO/20261123/DSJ0001_090000.mp4',
      holder: { displayName: '张三' },
      placement: { kind: 'automatic' },
    });

    const again = await runCli([camera, '--device', 'DSJ-0001', '--server', server.url], env);
    expect(again.code).toBe(0);
    expect(again.output).toContain('= 此前已导入  VIDEO/20261123/DSJ0001_090000.mp4（待登记');
    expect(again.output).toContain('此前已导入 1');
    const all = await officer.json('GET', '/api/v1/imported-files');
    expect(all.items).toHaveLength(1);
  }, 120_000);

  it('puts the files of a camera nobody registered into the inbox', async () => {
    const other = path.join(work, 'DSJ-0999');
    await mkdir(other);
    await makeSampleVideo({ directory: other, name: 'clip.mp4', seconds: 1 });
    const run = await runCli([other, '--device', 'DSJ-0999', '--server', server.url], env);
    expect(run.code).toBe(0);
    expect(run.output).toContain('○ 待分配  clip.mp4');
    expect(run.output).toContain('记录仪 DSJ-0999 未在本单位登记');
    const inbox = await officer.json('GET', '/api/v1/imported-files?status=unassigned');
    expect(inbox.items.map((item: { fileName: string }) => item.fileName)).toEqual(['clip.mp4']);
    expect(inbox.items[0].dueAt).not.toBeNull();
  }, 120_000);

  it('refuses bad arguments and a wrong password with a message, and changes nothing', async () => {
    const noBodyCamera = await runCli([camera, '--server', server.url], env);
    expect(noBodyCamera.code).toBe(2);
    expect(noBodyCamera.output).toContain('请指定一个文件夹和记录仪序列号');
    const badSerial = await runCli([camera, '--device', '记录仪 1', '--server', server.url], env);
    expect(badSerial.code).toBe(2);
    const wrong = await runCli([camera, '--device', 'DSJ-0001', '--server', server.url], {
      ...env,
      LIUHEN_PASSWORD: 'not-the-password',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.output).toContain('用户名或密码错误');
    const noCredentials = await runCli([camera, '--device', 'DSJ-0001'], {
      LIUHEN_STATE_DIR: env.LIUHEN_STATE_DIR!,
    });
    expect(noCredentials.code).toBe(2);
    expect(noCredentials.output).toContain('LIUHEN_USERNAME');
  }, 60_000);

  it('resumes a large file from the durable offset after the station is killed', async () => {
    const folder = path.join(work, 'DSJ-0001-large');
    await mkdir(folder);
    const size = 384 * MiB;
    const file = path.join(folder, 'long.mp4');
    const { sha256 } = await writePseudoRandomFile(file, size, 'station-resume');
    const stateDir = path.join(work, 'state-resume');
    const runEnv = { ...env, LIUHEN_STATE_DIR: stateDir };
    const args = [folder, '--device', 'DSJ-0001', '--server', server.url];

    const first = startCli(args, runEnv);
    const durableAtKill = await durableOffsetOnceAbove(officer, stateDir, first, 64 * MiB, size);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = await runCli(args, runEnv);
    expect(second.code).toBe(0);
    const resumedAt = second.output.match(
      /↻ 续传 {2}long\.mp4：服务器已保存 (\d+(?:\.\d)?) MB，从此处继续/,
    );
    expect(resumedAt, second.output).not.toBeNull();
    expect(Number(resumedAt![1]) * MiB).toBeGreaterThanOrEqual(durableAtKill - 0.1 * MiB);
    expect(second.output).toContain('○ 待分配  long.mp4');
    const stored = (await officer.json('GET', '/api/v1/imported-files')).items.find(
      (item: { fileName: string }) => item.fileName === 'long.mp4',
    );
    expect(stored).toMatchObject({ sha256, sizeBytes: size });
    expect(await sha256OfFile(file)).toBe(sha256);
  }, 240_000);
});
