import type { CommandSpec, OptionSpec } from './spec';
import { GLOBAL_OPTIONS } from './parse';

/**
 * Shell completion generated from the command table, so it never disagrees
 * with `--help`. The CLI is completed under a program name (default
 * `doorlicht`, e.g. `alias doorlicht='npm run --silent cli --'`).
 */

const words = (options: Record<string, OptionSpec>) => Object.keys(options).map((o) => `--${o}`);

function valuesOf(option: OptionSpec): string[] | 'files' | null {
  if (option.type === 'enum') return [...option.values];
  if (option.type === 'file') return 'files';
  return null;
}

export function bashCompletion(table: readonly CommandSpec[], program: string): string {
  const fn = `_${program.replace(/[^A-Za-z0-9_]/g, '_')}_complete`;
  const cases = table.map((c) => {
    const all = { ...GLOBAL_OPTIONS, ...c.options };
    const valueCases = Object.entries(all)
      .map(([name, o]) => [name, valuesOf(o)] as const)
      .filter(([, v]) => v !== null)
      .map(([name, v]) => `        --${name}) ${v === 'files' ? 'COMPREPLY=($(compgen -f -- "$cur"))' : `COMPREPLY=($(compgen -W "${(v as string[]).join(' ')}" -- "$cur"))`}; return ;;`);
    const positional = c.positional ? ' COMPREPLY+=($(compgen -f -- "$cur"));' : '';
    return [
      `    ${c.name})`,
      '      case "$prev" in',
      ...valueCases,
      '      esac',
      `      COMPREPLY=($(compgen -W "${words(all).join(' ')}" -- "$cur"));${positional} return ;;`,
    ].join('\n');
  });
  return [
    `# bash completion for ${program}: source this file, or put it in ~/.local/share/bash-completion/completions/${program}`,
    `${fn}() {`,
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
    '  if [ "$COMP_CWORD" -eq 1 ]; then',
    `    COMPREPLY=($(compgen -W "${table.map((c) => c.name).join(' ')} help" -- "$cur")); return`,
    '  fi',
    '  case "${COMP_WORDS[1]}" in',
    ...cases,
    `    help) COMPREPLY=($(compgen -W "${table.map((c) => c.name).join(' ')}" -- "$cur")); return ;;`,
    '  esac',
    '}',
    `complete -F ${fn} ${program}`,
    '',
  ].join('\n');
}

const zshQuote = (s: string) => s.replace(/'/g, "'\\''").replace(/[[\]:]/g, '\\$&');

export function zshCompletion(table: readonly CommandSpec[], program: string): string {
  const fn = `_${program.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const commandList = table.map((c) => `    '${c.name}:${zshQuote(c.summary.nl)}'`);
  const cases = table.map((c) => {
    const all = { ...GLOBAL_OPTIONS, ...c.options };
    const specs = Object.entries(all).map(([name, o]) => {
      const values = valuesOf(o);
      const action = o.type === 'boolean' ? '' : values === 'files' ? ':file:_files' : values ? `:value:(${values.join(' ')})` : ':value:';
      return `        '--${name}[${zshQuote(o.description.nl)}]${action}'`;
    });
    if (c.positional) specs.push("        '1:file:_files'");
    return [`    ${c.name})`, '      _arguments \\', `${specs.join(' \\\n')}`, '      ;;'].join('\n');
  });
  return [
    `#compdef ${program}`,
    `# zsh completion for ${program}: put this file as _${program} in a folder on $fpath`,
    `${fn}() {`,
    '  local -a commands',
    '  commands=(',
    ...commandList,
    '  )',
    '  if (( CURRENT == 2 )); then',
    "    _describe 'opdracht' commands",
    '    return',
    '  fi',
    '  local cmd=$words[2]',
    '  shift words; (( CURRENT-- ))',
    '  case $cmd in',
    ...cases,
    '  esac',
    '}',
    `compdef ${fn} ${program}`,
    '',
  ].join('\n');
}
