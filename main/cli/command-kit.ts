import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OperationName } from '../api/contract';
import { AppError } from '../api/envelope';
import type { OperationResult } from '../api/types';
import { dispatch } from '../host/dispatch';
import type { ServiceContext } from '../services/context';

/** What every CLI command module builds on: the command shape and the one way to call an operation. */
export type Flags = Record<string, string | boolean | undefined>;

export interface Command {
  usage: string;
  summary: string;
  run(ctx: ServiceContext, flags: Flags, print: (text: string) => void): Promise<void>;
}

/** Calls an operation through the same validation as the UI, and throws its error envelope. */
export async function call<K extends OperationName>(ctx: ServiceContext, name: K, input: unknown): Promise<OperationResult<K>> {
  const envelope = await dispatch(ctx, name, input);
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message, envelope.error.field);
  return envelope.value as OperationResult<K>;
}

export function requireFlag(flags: Flags, name: string): string {
  const value = flags[name];
  if (typeof value !== 'string' || value === '') throw new AppError('invalid_input', `--${name} ontbreekt`, name);
  return value;
}

export const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The --format flag of a report command: docx or pdf. */
export function reportFormat(flags: Flags): 'docx' | 'pdf' {
  const format = requireFlag(flags, 'format');
  if (format !== 'docx' && format !== 'pdf') throw new AppError('invalid_input', `--format moet docx of pdf zijn, niet "${format}"`, 'format');
  return format;
}

/** Writes a rendered report to --out and says what was written, with its version and hash. */
export function writeReport(flags: Flags, report: { bytes: Buffer; version: number; sha256: string }, print: (text: string) => void): void {
  const out = resolve(requireFlag(flags, 'out'));
  writeFileSync(out, report.bytes);
  print(`${out} geschreven (versie ${report.version}, ${report.bytes.length} bytes, SHA-256 ${report.sha256}).`);
}
