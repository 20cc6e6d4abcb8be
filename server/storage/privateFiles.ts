// The database and the token secret are readable by this account only: the folder VocaXR
// creates is 0700, the files 0600. SQLite creates its files 0644 and gives -wal and -shm the
// database file's mode, so the database file is made (or narrowed) to 0600 before SQLite opens it.
import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';

export const privateFolderMode = 0o700;
export const privateFileMode = 0o600;

/**
 * Creates the folder (and any missing parents) as 0700. A folder that already exists is left
 * as it is: it may be the project folder or a shared one like /var/lib, and the files in it
 * are 0600 whatever the folder allows.
 */
export function ensurePrivateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: privateFolderMode });
}

/** Narrows an existing file to 0600; a missing file, Windows, or a file of another account is left alone. */
export function keepPrivate(file: string): void {
  if (process.platform === 'win32') return;
  let mode: number;
  try {
    mode = statSync(file).mode;
  } catch {
    return;
  }
  if ((mode & 0o077) === 0) return;
  try {
    chmodSync(file, privateFileMode);
  } catch {
    // Not ours to change (EPERM): the owner chose its mode.
  }
}

/** Creates the file empty as 0600 when missing, or narrows it when it exists. */
export function touchPrivate(file: string): void {
  closeSync(openSync(file, 'a', privateFileMode));
  keepPrivate(file);
}

/** A SQLite database's own files besides the main one. */
export const sqliteCompanions = (path: string): string[] => [`${path}-wal`, `${path}-shm`, `${path}-journal`];
