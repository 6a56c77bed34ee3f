import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The fonts Chinese offices use are not on a test machine; fontconfig is told which of the
 * installed Noto CJK faces stands in for each, so the converted PDF (and the PNG a person
 * looks at) shows a Song face where the document asks for 仿宋 and 小标宋 rather than
 * whatever sans-serif LibreOffice falls back to. Only the LibreOffice child sees this file.
 */
const FONTS_CONF = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <match target="pattern">
    <test name="family"><string>方正小标宋简体</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit>
    <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>
  </match>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
`;

const MISSING =
  'LibreOffice (soffice) is not installed: the DOCX tests open every draft in it. ' +
  'Install the Debian package libreoffice-writer-nogui (scripts/ensure-test-prereqs.sh does).';

/** A ceiling, not a measure: one batch takes about 1.5 s here, far longer on a loaded machine. */
export const CONVERSION_TIMEOUT_MS = 180_000;

async function assertInstalled(command: string, hint: string): Promise<void> {
  try {
    await run(command, ['--version'], { timeout: 60_000 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(hint, { cause: error });
    // Installed but said something odd on --version: the conversion itself will tell.
  }
}

/**
 * Converts DOCX files to PDF in one LibreOffice run (its start-up is most of the cost), and
 * returns the PDFs' paths in the order given. Throws unless every file became a PDF:
 * soffice exits 0 even when it could not load a file, so each output is checked.
 *
 * Safe beside other conversions (other test files, other people's tests on this machine):
 * each call has its own fresh user profile. LibreOffice allows one process per profile and
 * hands a second start with the same profile to the first (which then converts nothing for
 * the caller); with different profiles two runs are independent (tried here: two batches at
 * once, both complete in the time of one).
 */
export async function convertDocxToPdf(docxPaths: readonly string[], outDir: string) {
  await assertInstalled('soffice', MISSING);
  const profile = await mkdtemp(join(tmpdir(), 'liuhen-soffice-'));
  try {
    const fontsConf = join(profile, 'fonts.conf');
    await writeFile(fontsConf, FONTS_CONF);
    const args = [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${join(profile, 'user')}`,
      // Read as Word 2007+ only: by extension alone LibreOffice imports an unreadable .docx
      // as plain text and "converts" it without complaint.
      '--infilter=MS Word 2007 XML',
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      outDir,
      ...docxPaths,
    ];
    const { code, stderr, stdout } = await spawnInGroup('soffice', args, {
      ...process.env,
      FONTCONFIG_FILE: fontsConf,
    });
    const pdfs = docxPaths.map((path) => join(outDir, `${basename(path, extname(path))}.pdf`));
    const missing = pdfs.filter((pdf) => !existsSync(pdf));
    if (code !== 0 || missing.length > 0) {
      throw new Error(
        `LibreOffice did not convert ${missing.map((pdf) => basename(pdf)).join(', ') || 'all files'} ` +
          `(exit ${code}).\nstdout: ${stdout}\nstderr: ${stderr}`,
      );
    }
    return pdfs;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * Runs a command in its own process group, so a timeout ends soffice.bin too (the soffice
 * script starts it as a child) and only the processes this call started.
 */
function spawnInGroup(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${CONVERSION_TIMEOUT_MS} ms)`;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, CONVERSION_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The PDF's text, pages in order, as pdftotext (poppler-utils) reads it. */
export async function pdfText(pdf: string): Promise<string> {
  await assertInstalled('pdftotext', 'pdftotext is not installed: apt-get install poppler-utils.');
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], {
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

/** Page 1 of the PDF as a PNG at 60 dpi, for a person to look at; returns its path. */
export async function pdfFirstPagePng(pdf: string, pngPathWithoutExtension: string) {
  await run(
    'pdftoppm',
    ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, pngPathWithoutExtension],
    {
      timeout: 60_000,
    },
  );
  return `${pngPathWithoutExtension}.png`;
}
