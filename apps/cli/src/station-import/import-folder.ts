import path from 'node:path';
import { sha256OfFile } from './hash-file.ts';
import { ImportState } from './import-state.ts';
import { createProgressBar, formatBytes, type ProgressBar } from './progress-bar.ts';
import { scanFolder, type FoundFile } from './scan-folder.ts';
import { ServerError, type ServerSession } from './server-session.ts';
import { createUpload, sendFrom, uploadOffset } from './tus-upload.ts';

/** What the server answers for an imported file (the fields the station prints). */
interface ImportedFile {
  readonly created: boolean;
  readonly status: 'matched' | 'unassigned' | 'registered' | 'incident' | 'dismissed';
  readonly case: { readonly caseNumber: string } | null;
  /** The incident (事件) it was placed on since an earlier run, if it was. */
  readonly incident?: { readonly name: string } | null;
  readonly placement: { readonly basis: string };
}

export type FileOutcome = 'placed' | 'unassigned' | 'already' | 'failed';

export interface ImportSummary {
  readonly counts: Readonly<Record<FileOutcome, number>>;
  readonly skipped: number;
}

export interface ImportOptions {
  readonly session: ServerSession;
  readonly folder: string;
  readonly deviceSerial: string;
  readonly statePath: string;
  /** 连续工作、异地执法、偏远地区: the camera comes back from such work. */
  readonly awayReason?: string;
  /** The camera's clock as read at docking, and the station's at that moment. */
  readonly clock?: { readonly cameraClockAt: string; readonly stationClockAt: string };
  readonly progress?: (totalBytes: number) => ProgressBar;
}

/** Network trouble and a server busy with the previous request are worth another try. */
const ATTEMPTS = 5;
function retryable(error: unknown): boolean {
  if (!(error instanceof ServerError)) return true;
  return error.status === 409 || error.status === 423 || error.status >= 500;
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function resultLine(
  file: FoundFile,
  imported: ImportedFile,
): { outcome: FileOutcome; line: string } {
  if (!imported.created) {
    const where =
      imported.case !== null
        ? `，案件 ${imported.case.caseNumber}`
        : imported.incident
          ? `，事件「${imported.incident.name}」`
          : '';
    return {
      outcome: 'already',
      line: `= 此前已导入  ${file.relativePath}（${statusText(imported.status)}${where}）`,
    };
  }
  if (imported.case !== null) {
    return {
      outcome: 'placed',
      line: `✓ 已分配到 ${imported.case.caseNumber}  ${file.relativePath}\n    ${imported.placement.basis}`,
    };
  }
  return {
    outcome: 'unassigned',
    line: `○ 待分配  ${file.relativePath}\n    ${imported.placement.basis}`,
  };
}

function statusText(status: ImportedFile['status']): string {
  return {
    matched: '待登记',
    unassigned: '待分配',
    registered: '已登记',
    incident: '已分配到事件',
    dismissed: '已排除',
  }[status];
}

/**
 * `liuhen import`: every recording under a docked camera's folder, hashed, uploaded (tus,
 * resumable, verified by the server against the declared SHA-256) and registered as an
 * imported file, which the server places on its case or in the inbox. Files the server
 * already holds are not sent again; a run cut short resumes where the server's durable
 * offset says.
 */
export async function importFolder(options: ImportOptions): Promise<ImportSummary> {
  const { session } = options;
  const scan = await scanFolder(options.folder);
  const state = await ImportState.open(options.statePath);
  const total = scan.files.reduce((sum, file) => {
    const known = state.recall(file.relativePath, file.sizeBytes, file.modifiedAt.getTime());
    return sum + file.sizeBytes * (known === undefined ? 2 : 1);
  }, 0);
  const bar = (options.progress ?? createProgressBar)(total);
  const counts: Record<FileOutcome, number> = { placed: 0, unassigned: 0, already: 0, failed: 0 };

  const register = (file: FoundFile, sha256: string) =>
    session.json<ImportedFile>('POST', '/api/v1/imported-files', {
      sha256,
      deviceSerial: options.deviceSerial,
      originalPath: file.relativePath,
      fileModifiedAt: file.modifiedAt.toISOString(),
      ...(options.awayReason === undefined ? {} : { awayReason: options.awayReason }),
      ...options.clock,
    });

  async function upload(file: FoundFile, sha256: string, index: string): Promise<void> {
    const key = file.relativePath;
    const base = { sizeBytes: file.sizeBytes, modifiedMs: file.modifiedAt.getTime(), sha256 };
    for (let attempt = 1; ; attempt += 1) {
      // What this attempt added to the bar, taken back if it fails: the retry starts from
      // the server's durable offset, not from what was sent.
      let counted = 0;
      const count = (bytes: number) => {
        counted += bytes;
        bar.advance(bytes);
      };
      try {
        let location = state.recall(key, base.sizeBytes, base.modifiedMs)?.uploadUrl;
        let offset = location === undefined ? undefined : await uploadOffset(session, location);
        if (location === undefined || offset === undefined) {
          location = await createUpload(session, {
            sizeBytes: file.sizeBytes,
            fileName: path.posix.basename(file.relativePath),
            mediaType: file.mediaType,
            sha256,
          });
          offset = 0;
          await state.remember(key, { ...base, uploadUrl: location });
        } else if (offset > 0) {
          bar.print(
            `↻ 续传  ${file.relativePath}：服务器已保存 ${formatBytes(offset)}，从此处继续`,
          );
        }
        bar.label(`上传 ${index} ${file.relativePath}`);
        count(offset);
        await sendFrom(
          session,
          location,
          { path: file.absolutePath, sizeBytes: file.sizeBytes },
          offset,
          count,
        );
        return;
      } catch (error) {
        bar.advance(-counted);
        if (attempt >= ATTEMPTS || !retryable(error)) throw error;
        bar.print(`! ${file.relativePath}：${(error as Error).message}，${attempt * 2} 秒后重试`);
        await pause(attempt * 2000);
      }
    }
  }

  for (const [position, file] of scan.files.entries()) {
    const index = `${position + 1}/${scan.files.length}`;
    try {
      const remembered = state.recall(file.relativePath, file.sizeBytes, file.modifiedAt.getTime());
      let sha256 = remembered?.sha256;
      if (sha256 === undefined) {
        bar.label(`校验 ${index} ${file.relativePath}`);
        sha256 = await sha256OfFile(file.absolutePath, (bytes) => bar.advance(bytes));
        await state.remember(file.relativePath, {
          sizeBytes: file.sizeBytes,
          modifiedMs: file.modifiedAt.getTime(),
          sha256,
        });
      }
      let imported: ImportedFile;
      try {
        imported = await register(file, sha256);
        bar.advance(file.sizeBytes);
      } catch (error) {
        if (!(error instanceof ServerError) || error.slug !== 'evidence-not-stored') throw error;
        await upload(file, sha256, index);
        imported = await register(file, sha256);
      }
      const { outcome, line } = resultLine(file, imported);
      counts[outcome] += 1;
      bar.print(line);
    } catch (error) {
      counts.failed += 1;
      bar.print(`✗ 失败  ${file.relativePath}：${(error as Error).message}`);
    }
  }
  bar.done();
  return { counts, skipped: scan.skipped.length };
}
