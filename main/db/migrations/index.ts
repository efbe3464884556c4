import { schools } from './001-schools';
import { inspections } from './002-inspections';
import { auditAndExports } from './003-audit-and-exports';
import { importLog } from './004-import-log';
import { onsite } from './005-onsite';
import { taskforce } from './006-taskforce';
import { advice } from './007-advice';
import { exchange } from './008-exchange';
import { authorsAndRules } from './009-authors-and-rules';
import { signalCacheState } from './010-signal-cache-state';
import { trajectories } from './011-trajectories';
import { centralSync } from './012-central-sync';
import { demoMarks } from './013-demo-marks';
import { visitRecords } from './014-visit-records';
import { progressReportState } from './015-progress-report-state';
import type { Migration } from './types';

/** Every schema step, in order. Append new steps; never edit a step that has shipped. */
export const migrations: readonly Migration[] = [schools, inspections, auditAndExports, importLog, onsite, taskforce, advice, exchange, authorsAndRules, signalCacheState, trajectories, centralSync, demoMarks, visitRecords, progressReportState];

export const LATEST_SCHEMA_VERSION = Math.max(...migrations.map((m) => m.version));
