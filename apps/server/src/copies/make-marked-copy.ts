import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { lstat, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { copyProblems } from './copy-problems.ts';
import { isCopyId, type CopyMark } from './copy-mark.ts';
import { tagMedia } from './tag-media.ts';
import { watermarkImage, type ImageFormat } from './watermark-image.ts';
import { watermarkPdf } from './watermark-pdf.ts';

export interface MarkedCopy {
  /** `<workDir>/<copyId>.<ext>`; temporary, removed by {@link sweepCopies}. */
  readonly path: string;
  readonly sizeBytes: number;
  /** SHA-256 of the copy (not of the original), lowercase hex. */
  readonly sha256: string;
  readonly mediaType: string;
}

type Plan =
  | { readonly kind: 'image'; readonly format: ImageFormat; readonly extension: string }
  | { readonly kind: 'pdf'; readonly extension: 'pdf' }
  | { readonly kind: 'media'; readonly extension: string };

const IMAGES: Readonly<Record<string, { format: ImageFormat; extension: string }>> = {
  'image/jpeg': { format: 'jpeg', extension: 'jpg' },
  'image/jpg': { format: 'jpeg', extension: 'jpg' },
  'image/pjpeg': { format: 'jpeg', extension: 'jpg' },
  'image/png': { format: 'png', extension: 'png' },
  'image/tiff': { format: 'tiff', extension: 'tif' },
  'image/webp': { format: 'webp', extension: 'webp' },
};

/** The container ffmpeg writes is chosen by extension, so the type decides it first. */
const MEDIA_EXTENSIONS: Readonly<Record<string, string>> = {
  'video/mp4': 'mp4',
  'video/x-m4v': 'm4v',
  'video/quicktime': 'mov',
  'video/x-matroska': 'mkv',
  'video/webm': 'webm',
  'video/x-msvideo': 'avi',
  'video/avi': 'avi',
  'video/mp2t': 'ts',
  'video/mpeg': 'mpg',
  'video/3gpp': '3gp',
  'video/x-flv': 'flv',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/aac': 'aac',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/vnd.wave': 'wav',
  'audio/ogg': 'ogg',
  'audio/opus': 'opus',
  'audio/flac': 'flac',
  'audio/x-flac': 'flac',
  'audio/amr': 'amr',
  'audio/webm': 'webm',
};

function normalizeMediaType(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}

function planFor(mediaType: string, fileName: string): Plan {
  const image = IMAGES[mediaType];
  if (image !== undefined) return { kind: 'image', ...image };
  if (mediaType === 'application/pdf') return { kind: 'pdf', extension: 'pdf' };
  if (/^(video|audio)\/[a-z0-9.+-]+$/.test(mediaType)) {
    const fromName = path.extname(fileName).slice(1).toLowerCase();
    const extension =
      MEDIA_EXTENSIONS[mediaType] ?? (/^[a-z0-9]{2,5}$/.test(fromName) ? fromName : undefined);
    if (extension !== undefined) return { kind: 'media', extension };
  }
  throw copyProblems.unsupportedType(mediaType);
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

/**
 * A marked copy of one original for one download (issue 7): the original is read in place
 * when it is a local file, else streamed from the store (S3) into `workDir`; the copy is made as
 * `<copyId>.<ext>`, the spooled original removed. The original in the store is only read.
 * On any failure nothing is left in `workDir`; unsupported types, damaged files and a
 * missing ffmpeg are problems of type `copy-not-possible`.
 */
export async function makeMarkedCopy(options: {
  readonly open: () => Promise<Readable>;
  /** The original as a local file (the filesystem store): read in place, not spooled. */
  readonly localPath?: string | undefined;
  readonly mediaType: string;
  readonly fileName: string;
  readonly mark: CopyMark;
  readonly workDir: string;
}): Promise<MarkedCopy> {
  const { mark } = options;
  // The id names files; anything but a UUID could point outside workDir.
  if (!isCopyId(mark.copyId)) throw new Error(`copyId must be a UUID: ${mark.copyId}`);
  const mediaType = normalizeMediaType(options.mediaType);
  const plan = planFor(mediaType, options.fileName);

  const workDir = path.resolve(options.workDir);
  await mkdir(workDir, { recursive: true });
  const spool = path.join(workDir, `${mark.copyId}.spool`);
  const copy = path.join(workDir, `${mark.copyId}.${plan.extension}`);
  try {
    const source = options.localPath ?? spool;
    if (options.localPath === undefined) {
      await pipeline(await options.open(), createWriteStream(spool, { flags: 'wx' }));
    }
    switch (plan.kind) {
      case 'pdf':
        await writeFile(copy, await watermarkPdf(await readFile(source), mark), { flag: 'wx' });
        break;
      case 'image':
        await watermarkImage({ inputPath: source, outputPath: copy, format: plan.format, mark });
        break;
      case 'media':
        await tagMedia({ inputPath: source, outputPath: copy, mark });
        break;
    }
    await rm(spool, { force: true });
    const [{ size }, sha256] = await Promise.all([stat(copy), sha256Of(copy)]);
    return { path: copy, sizeBytes: size, sha256, mediaType };
  } catch (error) {
    await Promise.all(
      [spool, copy, `${copy}.work`].map((file) => rm(file, { recursive: true, force: true })),
    );
    throw error;
  }
}

/** Names {@link makeMarkedCopy} gives its files: `<uuid>.<ext>`, `.spool`, `.<ext>.work`. */
const COPY_ENTRY = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}\.[a-z0-9.]+$/i;

/**
 * Removes copies (and leftovers of interrupted ones) last written more than `olderThanMs`
 * ago; returns how many entries went. Copies are served for a limited time and then are
 * only disk usage. Other files in `workDir` are never touched.
 */
export async function sweepCopies(
  workDir: string,
  olderThanMs: number,
  now: number = Date.now(),
): Promise<number> {
  let names: string[];
  try {
    names = await readdir(workDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let removed = 0;
  for (const name of names.filter((entry) => COPY_ENTRY.test(entry))) {
    const entry = path.join(workDir, name);
    try {
      if ((await lstat(entry)).mtimeMs >= now - olderThanMs) continue;
    } catch {
      continue; // removed meanwhile
    }
    await rm(entry, { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}
