import { z } from 'zod';
import { EXIT_CODES } from './errors';
import { type Lang, tr } from './i18n';
import { GLOBAL_OPTIONS } from './parse';
import { type CommandSpec, GROUPS, type GroupId, type OptionSpec } from './spec';

/** `--help`, per-command help and the README's command list, all drawn from the command table. */

export const PROGRAM = 'npm run cli --';

function placeholder(name: string, option: OptionSpec): string {
  if (option.placeholder) return option.placeholder;
  // A long list of values is named in the usage line and spelled out under the options.
  if (option.type === 'enum') return option.values.join('|').length > 40 ? name.toUpperCase() : option.values.join('|');
  if (option.type === 'date') return 'JJJJ-MM-DD';
  if (option.type === 'integer') return 'N';
  if (option.type === 'file') return 'BESTAND';
  return name.toUpperCase();
}

/** `name FILE --inspection ID [--json]`: required options first, in table order. */
export function usageLine(spec: CommandSpec): string {
  const parts = [spec.name];
  const entries = Object.entries(spec.options);
  if (spec.positional) {
    const option = spec.options[spec.positional];
    parts.push(option.required ? placeholder(spec.positional, option) : `[${placeholder(spec.positional, option)}]`);
  }
  for (const [name, option] of entries) {
    if (name === spec.positional) continue;
    const text = option.type === 'boolean' ? `--${name}` : `--${name} ${placeholder(name, option)}${'multiple' in option && option.multiple ? '…' : ''}`;
    parts.push(option.required ? text : `[${text}]`);
  }
  parts.push('[--json]');
  return parts.join(' ');
}

export function generalHelp(table: readonly CommandSpec[], lang: Lang): string {
  const lines = [lang === 'nl' ? `Gebruik: ${PROGRAM} <opdracht> [opties]` : `Usage: ${PROGRAM} <command> [options]`, ''];
  for (const group of Object.keys(GROUPS) as GroupId[]) {
    const members = table.filter((c) => c.group === group);
    if (!members.length) continue;
    lines.push(`${tr(lang, GROUPS[group])}:`);
    const width = Math.max(...members.map((c) => c.name.length));
    for (const c of members) lines.push(`  ${c.name.padEnd(width)}  ${tr(lang, c.summary)}`);
    lines.push('');
  }
  lines.push(lang === 'nl' ? 'Opties bij elke opdracht:' : 'Options of every command:');
  lines.push(...optionLines(GLOBAL_OPTIONS, lang));
  lines.push('', lang === 'nl' ? 'Afsluitcodes:' : 'Exit codes:');
  for (const { code, meaning } of Object.values(EXIT_CODES)) lines.push(`  ${code}  ${tr(lang, meaning)}`);
  lines.push('', lang === 'nl' ? `Meer over één opdracht: ${PROGRAM} help OPDRACHT (of OPDRACHT --help)` : `More about one command: ${PROGRAM} help COMMAND (or COMMAND --help)`);
  return lines.join('\n');
}

function optionLines(options: Record<string, OptionSpec>, lang: Lang): string[] {
  const rows = Object.entries(options).map(([name, o]) => {
    const left = o.type === 'boolean' ? `--${name}` : `--${name} ${placeholder(name, o)}`;
    const values = o.type === 'enum' && placeholder(name, o) !== o.values.join('|') ? `: ${o.values.join(', ')}` : '';
    return [left, `${tr(lang, o.description)}${values}${o.required ? (lang === 'nl' ? ' (verplicht)' : ' (required)') : ''}`];
  });
  // A long list of values gets its own line, and the description goes under it.
  const width = Math.min(28, Math.max(...rows.map((r) => r[0].length)));
  return rows.flatMap(([left, right]) => (left.length > width ? [`  ${left}`, `  ${' '.repeat(width)}  ${right}`] : [`  ${left.padEnd(width)}  ${right}`]));
}

export function commandHelp(spec: CommandSpec, lang: Lang): string {
  const lines = [`${PROGRAM} ${usageLine(spec)}`, '', tr(lang, spec.summary), ''];
  if (Object.keys(spec.options).length) lines.push(lang === 'nl' ? 'Opties:' : 'Options:', ...optionLines(spec.options, lang), '');
  lines.push(lang === 'nl' ? 'Voorbeeld:' : 'Example:', `  ${PROGRAM} ${spec.example}`, '');
  lines.push(lang === 'nl' ? 'Vorm van --json:' : 'Shape of --json:', `  ${shapeText(z.toJSONSchema(spec.output, { unrepresentable: 'any' }) as JsonSchema)}`);
  return lines.join('\n');
}

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
}

/** A compact, TypeScript-like reading of a schema, two levels deep. */
export function shapeText(schema: JsonSchema, depth = 0): string {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map((s) => shapeText(s, depth)).join(' | ');
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type;
  if (type === 'array') return `${schema.items ? wrap(shapeText(schema.items, depth)) : 'unknown'}[]`;
  if (type === 'object' && schema.properties) {
    if (depth >= 2) return '{…}';
    const required = new Set(schema.required ?? []);
    const fields = Object.entries(schema.properties).map(([k, v]) => `${k}${required.has(k) ? '' : '?'}: ${shapeText(v, depth + 1)}`);
    return `{ ${fields.join('; ')} }`;
  }
  if (type === 'object') return 'object';
  if (type === 'integer') return 'number';
  return type ?? 'unknown';
}

const wrap = (s: string) => (s.includes(' | ') ? `(${s})` : s);

/** The README's command list: one line per command, checked against this by a test. */
export function readmeCommandList(table: readonly CommandSpec[]): string {
  const lines: string[] = [];
  for (const group of Object.keys(GROUPS) as GroupId[]) {
    const members = table.filter((c) => c.group === group);
    if (!members.length) continue;
    lines.push(`# ${GROUPS[group].en}`);
    for (const c of members) lines.push(`${PROGRAM} ${usageLine(c)}`);
  }
  return lines.join('\n');
}
