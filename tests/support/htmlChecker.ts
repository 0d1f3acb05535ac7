import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The W3C Nu HTML checker shipped by the vnu-jar package (needs Java 17+). */
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export type CheckerMessage = { type: string; subType?: string; message: string; extract?: string; lastLine?: number };

/**
 * Checks several HTML documents in one run of the checker (one JVM start for all of them) and
 * returns its messages per document name.
 */
export const checkHtml = (documents: { name: string; html: string }[]): Map<string, CheckerMessage[]> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  try {
    const files = documents.map((document, index) => {
      const file = path.join(dir, `${index}.html`);
      writeFileSync(file, document.html);
      return { file, name: document.name };
    });
    const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--stdout', '--exit-zero-always', ...files.map((entry) => entry.file)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`the Nu checker did not run: ${run.error?.message ?? run.stderr}`);
    const { messages } = JSON.parse(run.stdout) as { messages: (CheckerMessage & { url?: string })[] };
    const byName = new Map<string, CheckerMessage[]>(documents.map((document) => [document.name, []]));
    for (const message of messages) {
      const entry = files.find((candidate) => message.url?.endsWith(`/${path.basename(candidate.file)}`));
      // A message that names no document (the checker itself failing) must not go unnoticed.
      const name = entry?.name ?? '(checker)';
      byName.set(name, [...(byName.get(name) ?? []), message]);
    }
    return byName;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** Errors only (the checker's "error" and "non-document-error" types); warnings are informative. */
export const errorsOf = (messages: CheckerMessage[]) =>
  messages.filter((message) => message.type === 'error' || message.type === 'non-document-error').map((message) => `${message.message} «${message.extract ?? ''}»`);
