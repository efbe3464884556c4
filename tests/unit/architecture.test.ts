import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/services';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);

describe('the house rules, checked', () => {
  it('the renderer reaches the main process only through main/api (the contract and its re-exported vocabulary)', () => {
    const offending = sources(join(REPO_ROOT, 'renderer/src')).flatMap((file) =>
      imports(file)
        .filter((spec) => /(^|\/)main\//.test(spec) && !/(^|\/)main\/api\//.test(spec))
        .map((spec) => `${relative(REPO_ROOT, file)}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('main/domain is pure: no Electron, SQL, file system, network or process', () => {
    const forbidden = /^(electron|sqlite3|pg|node:(fs|path|child_process|net|http|https|os|worker_threads)|fs|path)$/;
    const offending = sources(join(REPO_ROOT, 'main/domain')).flatMap((file) =>
      imports(file)
        .filter((spec) => forbidden.test(spec) || /\.\.\/(db|services|host|app|cli|exchange|import)\//.test(spec))
        .map((spec) => `${relative(REPO_ROOT, file)}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});
