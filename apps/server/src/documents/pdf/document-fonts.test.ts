import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DocumentFontsMissingError,
  documentFontsMissing,
  WANTED_FACES,
  loadDocumentFonts,
  locateDocumentFonts,
} from './document-fonts.ts';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'liuhen-fonts-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('document fonts', () => {
  it("finds Debian's Noto CJK SC faces and reads them once per process", async () => {
    const first = await loadDocumentFonts();
    expect(first.serif.postscriptName).toBe('NotoSerifCJKsc-Regular');
    expect(first.serifBold.postscriptName).toBe('NotoSerifCJKsc-Bold');
    expect(first.sansBold.postscriptName).toBe('NotoSansCJKsc-Bold');
    expect(first.serif.bytes.length).toBeGreaterThan(1_000_000);
    expect(await loadDocumentFonts()).toBe(first);
  });

  it('takes the faces from a configured directory only', async () => {
    const error = await locateDocumentFonts({ directory }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentFontsMissingError);
    expect((error as DocumentFontsMissingError).missing).toHaveLength(3);
    expect((error as Error).message).toContain('fonts-noto-cjk');
    expect((error as Error).message).toContain(directory);

    const system = await locateDocumentFonts({});
    for (const face of WANTED_FACES) {
      await symlink(
        system[face.role].file,
        path.join(directory, path.basename(system[face.role].file)),
      );
    }
    const found = await locateDocumentFonts({ directory });
    for (const face of WANTED_FACES) {
      expect(found[face.role]).toEqual({
        file: path.join(directory, face.debianFile),
        postscriptName: face.postscriptName,
      });
    }
  });

  it('tells the administrator in Chinese which Debian package to install', () => {
    const error = documentFontsMissing(['思源宋体常规（Noto Serif CJK SC Regular）'], undefined);
    expect(error.message).toMatch(/缺少生成文书所需的中文字体.*apt-get install fonts-noto-cjk/);
    expect(error.name).toBe('DocumentFontsMissingError');
  });
});
