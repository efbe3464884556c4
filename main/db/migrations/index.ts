import { schools } from './001-schools';
import { inspections } from './002-inspections';
import { auditAndExports } from './003-audit-and-exports';
import type { Migration } from './types';

/** Every schema step, in order. Append new steps; never edit a step that has shipped. */
export const migrations: readonly Migration[] = [schools, inspections, auditAndExports];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1].version;
