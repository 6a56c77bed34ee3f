import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importUsage } from './import-usage.ts';
import { askCredentials } from '../station-import/ask-credentials.ts';
import { importFolder } from '../station-import/import-folder.ts';
import { ServerSession } from '../station-import/server-session.ts';

const SERIAL = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;
const CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** 连续工作、异地执法、偏远地区 (the server's AWAY_REASONS). */
const AWAY_REASONS = ['continuous_work', 'away_from_unit', 'remote_area'];

/** Where the run's progress is kept: per server, folder and camera, outside the camera's folder. */
function defaultStatePath(server: string, folder: string, device: string): string {
  const key = createHash('sha256')
    .update(`${server}\n${folder}\n${device}`)
    .digest('hex')
    .slice(0, 16);
  const directory = process.env.LIUHEN_STATE_DIR ?? path.join(homedir(), '.liuhen', 'import');
  return path.join(directory, `${key}.json`);
}

export async function importCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        device: { type: 'string' },
        server: { type: 'string' },
        state: { type: 'string' },
        'camera-clock': { type: 'string' },
        'away-reason': { type: 'string' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n用法: ${importUsage}\n`);
    return 2;
  }
  const [folderArgument, ...extra] = parsed.positionals;
  const device = parsed.values.device;
  if (folderArgument === undefined || extra.length > 0 || device === undefined) {
    process.stderr.write(`请指定一个文件夹和记录仪序列号。\n\n用法: ${importUsage}\n`);
    return 2;
  }
  if (!SERIAL.test(device)) {
    process.stderr.write(`记录仪序列号只能包含字母、数字、点、下划线和连字符：${device}\n`);
    return 2;
  }
  const folder = path.resolve(folderArgument);
  if (!(await stat(folder).catch(() => undefined))?.isDirectory()) {
    process.stderr.write(`文件夹不存在或不是文件夹：${folder}\n`);
    return 2;
  }
  // Read the moment the operator gives the camera's time, so the two readings are together.
  const stationClockAt = new Date().toISOString();
  const cameraClock = parsed.values['camera-clock'];
  if (cameraClock !== undefined && !CLOCK.test(cameraClock)) {
    process.stderr.write(
      `记录仪时钟应为带时区的日期时间，例如 2026-03-03T09:30:00+08:00：${cameraClock}\n`,
    );
    return 2;
  }
  const awayReason = parsed.values['away-reason'];
  if (awayReason !== undefined && !AWAY_REASONS.includes(awayReason)) {
    process.stderr.write(`未能及时存储的原因应为 ${AWAY_REASONS.join('、')} 之一：${awayReason}\n`);
    return 2;
  }
  const server = parsed.values.server ?? process.env.LIUHEN_SERVER ?? 'http://127.0.0.1:3000';
  const credentials = await askCredentials();
  if (credentials === undefined) {
    process.stderr.write('请设置 LIUHEN_USERNAME 和 LIUHEN_PASSWORD，或在终端中运行以输入账号。\n');
    return 2;
  }

  let session: ServerSession;
  try {
    session = await ServerSession.signIn(server, credentials.username, credentials.password);
  } catch (error) {
    process.stderr.write(`无法登录 ${server}：${(error as Error).message}\n`);
    return 1;
  }
  const statePath = parsed.values.state ?? defaultStatePath(server, folder, device);
  process.stdout.write(`导入 ${folder}（记录仪 ${device}）到 ${server}\n`);
  const { counts, skipped } = await importFolder({
    session,
    folder,
    deviceSerial: device,
    statePath,
    ...(awayReason === undefined ? {} : { awayReason }),
    ...(cameraClock === undefined
      ? {}
      : { clock: { cameraClockAt: new Date(cameraClock).toISOString(), stationClockAt } }),
  });
  const total = counts.placed + counts.unassigned + counts.already + counts.failed;
  process.stdout.write(
    `共 ${total} 个文件：已分配到案件 ${counts.placed}，待分配 ${counts.unassigned}，` +
      `此前已导入 ${counts.already}，失败 ${counts.failed}` +
      (skipped > 0 ? `；跳过 ${skipped} 个非音像文件` : '') +
      '。\n',
  );
  if (counts.failed > 0)
    process.stdout.write(
      '有文件失败：排除原因后再次运行同一命令即可续传，已完成的不会重复导入。\n',
    );
  return counts.failed > 0 ? 1 : 0;
}
