import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bashCompletion, zshCompletion } from '../../../main/cli/completion';
import { UsageError } from '../../../main/cli/errors';
import { commandHelp, generalHelp, PROGRAM, readmeCommandList, usageLine } from '../../../main/cli/help';
import { parseCommandArgs } from '../../../main/cli/parse';
import { commandTable } from '../../../main/cli/registry';
import { GROUPS, type OptionSpec } from '../../../main/cli/spec';
import { REPO_ROOT } from '../../helpers/services';

/** Splits an example the way a shell would (double quotes only, which is all the examples use). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

const readmeSection = () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  return readme.slice(readme.indexOf('## Command line'), readme.indexOf('## Where data lives'));
};

describe('the command table', () => {
  it('names each command once, in a known journey, with an example that parses', () => {
    const names = commandTable.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const spec of commandTable) {
      expect(Object.keys(GROUPS)).toContain(spec.group);
      const [name, ...args] = shellWords(spec.example.split(' > ')[0]);
      expect(name).toBe(spec.name);
      expect(() => parseCommandArgs(spec, args, 'nl'), spec.example).not.toThrow();
      expect(spec.summary.nl && spec.summary.en).toBeTruthy();
      for (const option of Object.values(spec.options)) expect(option.description.nl && option.description.en).toBeTruthy();
    }
  });

  it('lists every command in --help under its journey, and gives each its own help with the example', () => {
    for (const lang of ['nl', 'en'] as const) {
      const help = generalHelp(commandTable, lang);
      for (const spec of commandTable) {
        const groupAt = help.indexOf(`\n${GROUPS[spec.group][lang]}:\n`);
        expect(groupAt, spec.group).toBeGreaterThan(0);
        expect(help.slice(groupAt, help.indexOf('\n\n', groupAt + 1)), spec.name).toMatch(new RegExp(`\n  ${spec.name} +\\S`));
        const own = commandHelp(spec, lang);
        expect(own.split('\n')[0]).toBe(`${PROGRAM} ${usageLine(spec)}`);
        expect(own).toContain(`${PROGRAM} ${spec.example}`);
      }
    }
  });

  it('is what the README lists, line for line, as --help prints each usage', () => {
    const readmeLines = readmeSection()
      .split('\n')
      .filter((l) => l.startsWith(`${PROGRAM} `) && !l.includes('completion bash >') && !l.includes('completion zsh >'));
    const expected = readmeCommandList(commandTable).split('\n').filter((l) => !l.startsWith('#'));
    expect(readmeLines).toEqual(expected);
    expect(expected).toEqual(commandTable.map((spec) => commandHelp(spec, 'nl').split('\n')[0]));
  });

  it('documents the same exit codes in the README as in --help', () => {
    const help = generalHelp(commandTable, 'en');
    const rows = [...readmeSection().matchAll(/^\| (\d) \| (.+) \|$/gm)].map((m) => Number(m[1]));
    expect(rows).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const code of rows) expect(help).toMatch(new RegExp(`^  ${code}  `, 'm'));
  });
});

describe('shell completion from the table', () => {
  const script = bashCompletion(commandTable, 'doorlicht');
  /** Asks bash itself what it would offer after the given words. */
  const complete = (words: string[]) =>
    execFileSync('bash', ['-c', `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _doorlicht_complete; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);

  it('offers every command, and for each command exactly its options', () => {
    expect(complete(['doorlicht', '']).sort()).toEqual([...commandTable.map((c) => c.name), 'help'].sort());
    for (const spec of commandTable) {
      const offered = complete(['doorlicht', spec.name, '--']).sort();
      expect(offered, spec.name).toEqual(['--data-dir', '--json', '--lang', '--progress', '--help', ...Object.keys(spec.options).map((o) => `--${o}`)].sort());
    }
  });

  it('offers the values of an option with fixed values', () => {
    for (const spec of commandTable) {
      for (const [name, option] of Object.entries(spec.options) as Array<[string, OptionSpec]>) {
        if (option.type !== 'enum') continue;
        expect(complete(['doorlicht', spec.name, `--${name}`, '']).sort(), `${spec.name} --${name}`).toEqual([...option.values].sort());
      }
    }
  });

  it('writes a zsh function that names every command and option', () => {
    const zsh = zshCompletion(commandTable, 'doorlicht');
    expect(zsh.startsWith('#compdef doorlicht')).toBe(true);
    for (const spec of commandTable) {
      expect(zsh).toContain(`'${spec.name}:`);
      for (const name of Object.keys(spec.options)) expect(zsh).toMatch(new RegExp(`    ${spec.name}\\)[\\s\\S]*?'--${name}\\[`));
    }
  });
});

describe('parsing', () => {
  const spec = commandTable.find((c) => c.name === 'observation')!;
  const base = ['--inspection', 'i', '--class', '3B', '--at', '2026-11-02T09:10', '--off-task', '0'];

  it('takes a whole number, or refuses it as usage (exit 2) naming the option, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (typed) => {
        try {
          const { options } = parseCommandArgs(spec, [...base, `--on-task=${typed}`], 'nl');
          expect(Number.isSafeInteger(options['on-task'])).toBe(true);
          expect(String(options['on-task'])).toBe(String(Number(typed)));
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
          expect((error as UsageError).field).toBe('on-task');
        }
      }),
    );
  });

  it('refuses dates that do not exist', () => {
    const sample = commandTable.find((c) => c.name === 'sample')!;
    const args = (date: string) => ['--inspection', 'i', '--label', 'D', '--measure', 'temporary_exclusion', '--guidance', 'yes', '--date', date];
    expect(parseCommandArgs(sample, args('2028-02-29'), 'nl').options.date).toBe('2028-02-29');
    expect(() => parseCommandArgs(sample, args('2027-02-29'), 'nl')).toThrow(/--date moet een bestaande datum/);
    expect(() => parseCommandArgs(sample, args('2027-02-29'), 'en')).toThrow(/--date must be a real date/);
  });

  it('takes repeats and commas for a list of ids, and a bare file name for the positional option', () => {
    const evidence = commandTable.find((c) => c.name === 'evidence')!;
    const { options } = parseCommandArgs(evidence, ['--inspection', 'i', '--source', 'data', '--role', 'inspector', '--date', '2026-11-02', '--indicator', 'km.1,km.2', '--indicator', 'tb.1'], 'nl');
    expect(options.indicator).toEqual(['km.1', 'km.2', 'tb.1']);
    const restore = commandTable.find((c) => c.name === 'restore')!;
    expect(parseCommandArgs(restore, ['reserve.sqlite'], 'nl').options.file).toBe('reserve.sqlite');
    expect(() => parseCommandArgs(restore, ['a', 'b'], 'nl')).toThrow(UsageError);
  });
});
