import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { z } from 'zod';
import type { StoredMediaInfo } from '../db/schema.ts';

const run = promisify(execFile);

const ffprobeOutput = z.object({
  format: z
    .object({
      duration: z.string().optional(),
      format_name: z.string().optional(),
      tags: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
  streams: z
    .array(
      z.object({
        codec_type: z.string().optional(),
        codec_name: z.string().optional(),
        width: z.number().optional(),
        height: z.number().optional(),
        tags: z.record(z.string(), z.string()).optional(),
      }),
    )
    .optional(),
});

const PROBE_TIMEOUT_MS = 30_000;

function creationTime(tags: Record<string, string> | undefined): string | undefined {
  const value = tags?.creation_time;
  if (value === undefined) return undefined;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}

/**
 * Duration, codecs, frame size and the device's creation time, read with ffprobe (issue 6
 * Build 3). Media facts help the officer fill the AV record; they are never required: a
 * machine without ffprobe, or a file ffprobe cannot read, gives null and the officer enters
 * the capture times by hand.
 */
export async function describeMedia(
  filePath: string,
  ffprobe = process.env.FFPROBE_PATH ?? 'ffprobe',
): Promise<StoredMediaInfo | null> {
  let stdout: string;
  try {
    ({ stdout } = await run(
      ffprobe,
      ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', filePath],
      { timeout: PROBE_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024 },
    ));
  } catch {
    return null;
  }
  const parsed = ffprobeOutput.safeParse(JSON.parse(stdout));
  if (!parsed.success) return null;
  const { format, streams = [] } = parsed.data;
  const video = streams.find((stream) => stream.codec_type === 'video');
  const audio = streams.find((stream) => stream.codec_type === 'audio');
  if (video === undefined && audio === undefined) return null;
  const duration = format?.duration === undefined ? Number.NaN : Number(format.duration);
  const capturedAt = creationTime(format?.tags) ?? creationTime(video?.tags);
  const info: StoredMediaInfo = {
    ...(Number.isFinite(duration) ? { durationSeconds: Math.round(duration * 1000) / 1000 } : {}),
    ...(video?.codec_name === undefined ? {} : { videoCodec: video.codec_name }),
    ...(audio?.codec_name === undefined ? {} : { audioCodec: audio.codec_name }),
    ...(video?.width === undefined ? {} : { width: video.width }),
    ...(video?.height === undefined ? {} : { height: video.height }),
    ...(format?.format_name === undefined ? {} : { formatName: format.format_name }),
    ...(capturedAt === undefined ? {} : { capturedAt }),
  };
  return info;
}
