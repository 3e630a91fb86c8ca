import { readFileSync } from 'node:fs';
import type { FriendlyError, Result } from '../domain/errors.ts';

/**
 * What the command prints, or the one message for stderr and the exit code. A success may add a
 * note for stderr (what was written where) and an exit code other than 0 (some files unreadable).
 */
export type CliOutcome =
  | { readonly ok: true; readonly stdout: string; readonly note?: string; readonly code?: number }
  | { readonly ok: false; readonly stderr: string; readonly code: number };

export function refuse(message: string, code = 2): CliOutcome {
  return { ok: false, stderr: message, code };
}

export function explain(error: FriendlyError): string {
  return `${error.title}: ${error.message}${error.hint ? `\n${error.hint}` : ''}`;
}

/** Why a file system call failed, in a few words. */
export function whyNot(error: unknown, otherwise = 'it cannot be read'): string {
  const code = (error as { code?: string }).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EISDIR'
      ? 'it is a folder'
      : code === 'ENOTDIR'
        ? 'part of the path is a file, not a folder'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : otherwise;
}

/** A file's text ("-" reads standard input), or why it cannot be read. */
export function readInput(path: string, stdin: () => string): Result<string, string> {
  try {
    return { ok: true, value: path === '-' ? stdin() : readFileSync(path, 'utf8') };
  } catch (error) {
    return { ok: false, error: `Cannot read "${path}": ${whyNot(error)}.` };
  }
}
