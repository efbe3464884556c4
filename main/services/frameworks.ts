import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../api/envelope';
import type { SqlExecutor } from '../db/connection';
import { getStoredFramework, storeFramework } from '../db/repositories/frameworks';
import { type Framework, parseFramework } from '../domain/framework';

export class FrameworkFileError extends Error {}

interface LoadedFramework {
  framework: Framework;
  content: string;
  sha256: string;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The framework files shipped in `resources/frameworks/`, validated when loaded. */
export class FrameworkLibrary {
  /** Parsed pinned texts by content: the write path reads the framework on every change. */
  private readonly parsed = new Map<string, Framework>();

  private constructor(private readonly loaded: readonly LoadedFramework[]) {}

  static loadFromDir(dir: string): FrameworkLibrary {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    const loaded = files.map((file) => FrameworkLibrary.parseFile(join(dir, file), readFileSync(join(dir, file), 'utf8')));
    if (loaded.length === 0) throw new FrameworkFileError(`Geen referentiekader gevonden in ${dir}`);
    return new FrameworkLibrary(loaded);
  }

  static parseFile(path: string, content: string): LoadedFramework {
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (error) {
      throw new FrameworkFileError(`${path}: geen geldige JSON (${(error as Error).message})`);
    }
    const result = parseFramework(data);
    if (!result.ok) throw new FrameworkFileError(`${path}: ${result.problems.slice(0, 5).join('; ')}`);
    return { framework: result.framework, content, sha256: createHash('sha256').update(content).digest('hex') };
  }

  /** The newest version of a framework (default: the first id shipped). */
  latest(frameworkId?: string): LoadedFramework {
    const candidates = this.loaded.filter((l) => frameworkId === undefined || l.framework.id === frameworkId);
    if (candidates.length === 0) throw new AppError('not_found', `Onbekend referentiekader: ${frameworkId}`, 'frameworkId');
    const id = candidates[0].framework.id;
    return candidates
      .filter((l) => l.framework.id === id)
      .reduce((best, l) => (compareVersions(l.framework.version, best.framework.version) > 0 ? l : best));
  }

  /** The file shipped for exactly this id and version, if any. */
  shipped(id: string, version: string): LoadedFramework | undefined {
    return this.loaded.find((l) => l.framework.id === id && l.framework.version === version);
  }

  /** Pins the version an inspection begins with, so later files never change it. */
  async pin(tx: SqlExecutor, loaded: LoadedFramework): Promise<void> {
    const stored = await getStoredFramework(tx, loaded.framework.id, loaded.framework.version);
    if (stored && stored.sha256 !== loaded.sha256) {
      throw new AppError('conflict', `Referentiekader ${loaded.framework.id} ${loaded.framework.version} in de database verschilt van het meegeleverde bestand; er wordt geen inspectie mee begonnen.`);
    }
    await storeFramework(tx, {
      id: loaded.framework.id,
      version: loaded.framework.version,
      content: loaded.content,
      sha256: loaded.sha256,
    });
  }

  /** The exact framework text an inspection was begun with. */
  async pinned(db: SqlExecutor, id: string, version: string): Promise<Framework> {
    const stored = await getStoredFramework(db, id, version);
    if (!stored) throw new AppError('not_found', `Referentiekader ${id} ${version} ontbreekt in de database`);
    let framework = this.parsed.get(stored.content);
    if (!framework) {
      framework = FrameworkLibrary.parseFile(`${id}@${version}`, stored.content).framework;
      this.parsed.set(stored.content, framework);
    }
    return framework;
  }
}
