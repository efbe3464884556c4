import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { addUser, followSchool, revokeDevice, ROLES, type Role } from './accounts';
import { migrate, openPool } from './db';
import { CentralError } from './errors';
import { jsonLogger } from './log';
import { importFigures, importSchools } from './schools';
import { serve } from './server';

/**
 * npm run central -- init|serve|add-user|revoke-device|follow-school|import-schools|import-figures.
 * Options may also come from a JSON config file (--config F: database, port, host, tlsCert, tlsKey);
 * the command line wins.
 */
const USAGE = `Gebruik: npm run central -- <opdracht> [opties]
  init           --database URL
  serve          --database URL --port N [--host H] [--tls-cert F --tls-key F] [--config F]
  add-user       --database URL --name "…" --role ${ROLES.join('|')} [--team T]… [--school NR]…
  revoke-device  --database URL --device ID
  follow-school  --database URL --user ID --school NR
  import-schools --database URL --file scholen.json
  import-figures --database URL --file cijfers.json`;

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      database: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'tls-cert': { type: 'string' }, 'tls-key': { type: 'string' },
      config: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, team: { type: 'string', multiple: true },
      school: { type: 'string', multiple: true }, device: { type: 'string' }, user: { type: 'string' }, file: { type: 'string' }, json: { type: 'boolean' },
    },
    strict: true,
  });
  const config = values.config ? (JSON.parse(readFileSync(values.config, 'utf8')) as Record<string, string | number | undefined>) : {};
  const database = values.database ?? (config.database as string | undefined) ?? process.env.DOORLICHT_CENTRAL_DATABASE;
  if (!command || command === 'help') fail(USAGE, command ? 0 : 2);
  if (!database) fail(`--database ontbreekt\n${USAGE}`);
  const pool = openPool(database);
  const out = (value: Record<string, unknown>, text: string) => process.stdout.write(values.json ? `${JSON.stringify(value)}\n` : `${text}\n`);
  try {
    switch (command) {
      case 'init': {
        const r = await migrate(pool);
        return out(r, r.from === r.to ? `Schema is al op versie ${r.to}.` : `Schema van versie ${r.from} naar ${r.to}.`);
      }
      case 'serve': {
        await migrate(pool);
        const port = Number(values.port ?? config.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port moet een poortnummer zijn');
        const running = await serve({ pool, port, host: values.host ?? (config.host as string | undefined), tlsCert: values['tls-cert'] ?? (config.tlsCert as string | undefined), tlsKey: values['tls-key'] ?? (config.tlsKey as string | undefined), log: jsonLogger() });
        const stop = () => void running.close().then(() => pool.end()).then(() => process.exit(0));
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
        return await new Promise(() => {});
      }
      case 'add-user': {
        const { userId, code } = await addUser(pool, { name: values.name ?? '', role: (values.role ?? '') as Role, teams: values.team, schools: values.school });
        return out({ userId, code }, `Gebruiker ${userId} aangemaakt. Eenmalige aanmeldcode: ${code}`);
      }
      case 'revoke-device': {
        await revokeDevice(pool, values.device ?? '');
        return out({ revoked: values.device }, `Toestel ${values.device} is ingetrokken.`);
      }
      case 'follow-school': {
        await followSchool(pool, Number(values.user), values.school?.[0] ?? '');
        return out({ user: Number(values.user), school: values.school?.[0] }, `Gebruiker ${values.user} volgt school ${values.school?.[0]}.`);
      }
      case 'import-schools': {
        if (!values.file) fail('--file ontbreekt');
        const n = await importSchools(pool, JSON.parse(readFileSync(values.file, 'utf8')), values.file);
        return out({ schools: n }, `${n} scholen ingelezen of bijgewerkt.`);
      }
      case 'import-figures': {
        if (!values.file) fail('--file ontbreekt');
        const n = await importFigures(pool, JSON.parse(readFileSync(values.file, 'utf8')), values.file);
        return out({ figures: n }, `${n} rijen schooljaarcijfers ingelezen of bijgewerkt.`);
      }
      default:
        fail(`Onbekende opdracht '${command}'\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof CentralError) fail(error.message, 1);
    const message = (error as Error).message;
    if (/ECONNREFUSED|ENOENT.*\.s\.PGSQL|does not exist/.test(message)) fail(`De databank is niet bereikbaar: ${message}`, 1);
    throw error;
  } finally {
    if (command !== 'serve') await pool.end();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => fail(`Onverwachte fout: ${(error as Error).message}`, 1));
