import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const TIMEOUT_MS = 10_000;

/** One face of a font file (a .ttc holds several; the PostScript name picks one). */
export interface FontFace {
  readonly file: string;
  readonly postscriptName: string;
  readonly bytes: Buffer;
}

/**
 * The three faces a document is set in: 宋体-like serif for 正文, its bold for the
 * masthead and title, and a 黑体-like bold sans for headings (GB/T 9704-2012 7.3).
 */
export interface DocumentFonts {
  readonly serif: FontFace;
  readonly serifBold: FontFace;
  readonly sansBold: FontFace;
}

export type FaceRole = keyof DocumentFonts;

interface FaceWanted {
  readonly role: FaceRole;
  /** In Debian's fonts-noto-cjk, all CJK regions in one collection per weight. */
  readonly debianFile: string;
  readonly postscriptName: string;
  /** fontconfig pattern for machines that have the faces elsewhere. */
  readonly pattern: string;
  readonly description: string;
}

const DEBIAN_DIR = '/usr/share/fonts/opentype/noto';

export const WANTED_FACES: readonly FaceWanted[] = [
  {
    role: 'serif',
    debianFile: 'NotoSerifCJK-Regular.ttc',
    postscriptName: 'NotoSerifCJKsc-Regular',
    pattern: 'Noto Serif CJK SC:style=Regular',
    description: '思源宋体常规（Noto Serif CJK SC Regular）',
  },
  {
    role: 'serifBold',
    debianFile: 'NotoSerifCJK-Bold.ttc',
    postscriptName: 'NotoSerifCJKsc-Bold',
    pattern: 'Noto Serif CJK SC:style=Bold',
    description: '思源宋体粗体（Noto Serif CJK SC Bold）',
  },
  {
    role: 'sansBold',
    debianFile: 'NotoSansCJK-Bold.ttc',
    postscriptName: 'NotoSansCJKsc-Bold',
    pattern: 'Noto Sans CJK SC:style=Bold',
    description: '思源黑体粗体（Noto Sans CJK SC Bold）',
  },
];

/**
 * No Chinese face to set a document in: a machine set-up problem, not the clerk's. The
 * caller answers it as problem+json; the message says what the administrator installs.
 */
export class DocumentFontsMissingError extends Error {
  readonly missing: readonly string[];
  /** `message` as built by `documentFontsMissing`, or as carried back from a worker. */
  constructor(missing: readonly string[], message: string) {
    super(message);
    this.name = 'DocumentFontsMissingError';
    this.missing = missing;
  }
}

export function documentFontsMissing(
  missing: readonly string[],
  directory: string | undefined,
): DocumentFontsMissingError {
  const remedy =
    directory === undefined
      ? '请在服务器上安装 Debian 软件包 fonts-noto-cjk（apt-get install fonts-noto-cjk）后重试'
      : `请将这些字体文件放入 DOCUMENT_FONTS_DIR 所指的目录 ${directory}（可从 Debian 软件包 fonts-noto-cjk 中取得），或取消该设置以使用系统字体`;
  return new DocumentFontsMissingError(
    missing,
    `服务器缺少生成文书所需的中文字体：${missing.join('、')}。${remedy}。`,
  );
}

export interface FontLocation {
  readonly file: string;
  readonly postscriptName: string;
}

/** In a configured directory: the Debian collection, or the single-face OTF Adobe ships. */
function inDirectory(directory: string, face: FaceWanted): FontLocation | null {
  for (const name of [face.debianFile, `${face.postscriptName}.otf`]) {
    const file = path.join(directory, name);
    if (existsSync(file)) return { file, postscriptName: face.postscriptName };
  }
  return null;
}

/**
 * fc-match always answers, with some other font when the wanted one is absent; its answer
 * counts only if the face it names is the wanted one.
 */
async function viaFontconfig(face: FaceWanted): Promise<FontLocation | null> {
  try {
    const { stdout } = await run('fc-match', ['-f', '%{file}\t%{postscriptname}\n', face.pattern], {
      timeout: TIMEOUT_MS,
    });
    const [file, postscriptName] = stdout.trim().split('\t');
    if (file && postscriptName === face.postscriptName && existsSync(file)) {
      return { file, postscriptName };
    }
  } catch {
    // no fontconfig on this machine: the faces are missing
  }
  return null;
}

/**
 * Where the three faces are: only in `directory` when one is configured (DOCUMENT_FONTS_DIR),
 * else in Debian's fonts-noto-cjk, else wherever fontconfig knows them.
 */
export async function locateDocumentFonts(options: {
  readonly directory?: string | undefined;
}): Promise<Record<FaceRole, FontLocation>> {
  const found: Partial<Record<FaceRole, FontLocation>> = {};
  const missing: string[] = [];
  for (const face of WANTED_FACES) {
    const location =
      options.directory === undefined
        ? (inDirectory(DEBIAN_DIR, face) ?? (await viaFontconfig(face)))
        : inDirectory(options.directory, face);
    if (location === null) missing.push(face.description);
    else found[face.role] = location;
  }
  if (missing.length > 0) throw documentFontsMissing(missing, options.directory);
  return found as Record<FaceRole, FontLocation>;
}

const loaded = new Map<string, Promise<DocumentFonts>>();

/**
 * The faces' bytes, read once per process (or worker thread) and directory: some 70 MB that
 * every document then shares (the PDF embeds only the glyphs it uses).
 */
export function loadDocumentFonts(
  options: { readonly directory?: string | undefined } = {},
): Promise<DocumentFonts> {
  const key = options.directory ?? '';
  let fonts = loaded.get(key);
  if (fonts === undefined) {
    fonts = (async () => {
      const locations = await locateDocumentFonts(options);
      const read = async (role: FaceRole): Promise<FontFace> => ({
        ...locations[role],
        bytes: await readFile(locations[role].file),
      });
      return {
        serif: await read('serif'),
        serifBold: await read('serifBold'),
        sansBold: await read('sansBold'),
      };
    })();
    // A failure is not cached: fonts installed afterwards are found on the next document.
    fonts.catch(() => loaded.delete(key));
    loaded.set(key, fonts);
  }
  return fonts;
}
