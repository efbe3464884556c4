import { type Command, call, json, requireFlag } from './command-kit';

/** Sync with Doorlicht Centraal: the same operations as Instellingen → Centrale server. */
export const syncCommands: Record<string, Command> = {
  enrol: {
    usage: 'enrol --server URL --code CODE [--json]',
    summary: 'meldt deze werkbank aan bij de centrale server met een eenmalige code; drukt het toestel-id af',
    async run(ctx, flags, print) {
      const enrolled = await call(ctx, 'enrolDevice', { server: requireFlag(flags, 'server'), code: requireFlag(flags, 'code') });
      print(flags.json ? json(enrolled) : `Aangemeld bij ${enrolled.server} als ${enrolled.name} (${enrolled.role}). Toestel-id: ${enrolled.deviceId}`);
    },
  },
  sync: {
    usage: 'sync [--json]',
    summary: 'synchroniseert met de centrale server: verstuurt wat nieuw is, haalt op wat er veranderde',
    async run(ctx, flags, print) {
      const result = await call(ctx, 'syncNow', {});
      if (flags.json) return print(json(result));
      print(`Verstuurd: ${result.pushed}, opgehaald: ${result.pulled}, conflicten: ${result.conflicts}${result.schools ? `, scholen: ${result.schools}` : ''}.`);
      for (const r of result.refused) print(`Niet samengevoegd: inspectie ${r.inspectionId}: ${r.message}`);
    },
  },
};
