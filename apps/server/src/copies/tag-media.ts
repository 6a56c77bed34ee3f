import { rm } from 'node:fs/promises';
import path from 'node:path';
import { copyProblems } from './copy-problems.ts';
import { markText, type CopyMark } from './copy-mark.ts';
import { ffmpegPath, runTool } from './run-tool.ts';

/** Remuxing copies bytes only, but a long recording is gigabytes. */
const DEFAULT_TIMEOUT_MS = 30 * 60_000;

/** ISO-BMFF family: without use_metadata_tags the mp4 muxer drops keys it has no atom for. */
const MP4_FAMILY = new Set(['.mp4', '.m4v', '.m4a', '.mov', '.3gp', '.3g2']);

/** The tags a copy carries; ffprobe lists them under the format (MKV shows keys in capitals). */
export function mediaTags(mark: CopyMark): Record<string, string> {
  const { chinese, ascii } = markText(mark);
  return {
    comment: `${ascii} | ${chinese}`,
    liuhen_copy_id: mark.copyId,
    liuhen_requester: `${mark.requesterUsername} (${mark.requesterName})`,
    liuhen_grant: mark.grant === null ? 'own-permission' : mark.grant.id,
    liuhen_issued_at: mark.issuedAt.toISOString(),
  };
}

/**
 * A copy of a recording with the mark in its metadata: every stream copied bit for bit
 * (`-c copy`, nothing re-encoded, so the copy's picture and sound are the original's), the
 * original's metadata kept (its creation time matters as evidence), the mark added. The
 * container is the one the output path's extension names, normally the original's. WAV
 * has room only for the comment; MP4/MOV, MKV, MP3 and Ogg keep every key.
 */
export async function tagMedia(options: {
  readonly inputPath: string;
  readonly outputPath: string;
  readonly mark: CopyMark;
  readonly timeoutMs?: number;
}): Promise<void> {
  const metadata = Object.entries(mediaTags(options.mark)).flatMap(([key, value]) => [
    '-metadata',
    `${key}=${value}`,
  ]);
  const mp4 = MP4_FAMILY.has(path.extname(options.outputPath).toLowerCase());
  try {
    await runTool(
      ffmpegPath(),
      [
        '-v',
        'error',
        '-i',
        path.resolve(options.inputPath),
        '-map',
        '0',
        '-c',
        'copy',
        // Body cameras add data streams (GPS, timecode) that ffmpeg cannot classify.
        '-copy_unknown',
        '-map_metadata',
        '0',
        ...metadata,
        ...(mp4 ? ['-movflags', '+use_metadata_tags'] : []),
        '-y',
        path.resolve(options.outputPath),
      ],
      { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, onFailure: copyProblems.damagedMedia },
    );
  } catch (error) {
    // A half-written copy is no copy.
    await rm(options.outputPath, { force: true });
    throw error;
  }
}
