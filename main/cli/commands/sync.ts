import { z } from 'zod';
import { call } from '../command-kit';
import { tr } from '../i18n';
import { defineCommand } from '../spec';

/** Sync with Doorlicht Centraal: the same operations as Instellingen → Centrale server. */
export const syncCommands = [
  defineCommand({
    name: 'enrol',
    group: 'exchange',
    summary: { nl: 'meldt deze werkbank aan bij de centrale server met een eenmalige code; geeft het toestel-id', en: 'enrols this workbench with the central server using a one-time code; gives the device id' },
    example: 'enrol --server https://centraal.example --code ABCD-1234',
    options: {
      server: { type: 'string', required: true, placeholder: 'URL', description: { nl: 'het adres van de centrale server', en: 'the central server address' } },
      code: { type: 'string', required: true, placeholder: 'CODE', description: { nl: 'de eenmalige aanmeldcode', en: 'the one-time enrolment code' } },
    },
    output: z.object({ deviceId: z.string(), server: z.string(), name: z.string(), role: z.string() }).passthrough(),
    run: ({ ctx }, o) => call(ctx, 'enrolDevice', { server: o.server, code: o.code }),
    text(r, out) {
      out.line(tr(out.lang, { nl: `Aangemeld bij ${r.server} als ${r.name} (${r.role}). Toestel-id: ${r.deviceId}`, en: `Enrolled with ${r.server} as ${r.name} (${r.role}). Device id: ${r.deviceId}` }));
    },
  }),
  defineCommand({
    name: 'sync',
    group: 'exchange',
    summary: { nl: 'synchroniseert met de centrale server: verstuurt wat nieuw is, haalt op wat er veranderde', en: 'syncs with the central server: sends what is new, fetches what changed' },
    example: 'sync --json',
    options: {},
    output: z.object({ pushed: z.number(), pulled: z.number(), conflicts: z.number() }).passthrough(),
    run: ({ ctx }) => call(ctx, 'syncNow', {}),
    text(r, out) {
      out.line(tr(out.lang, { nl: `Verstuurd: ${r.pushed}, opgehaald: ${r.pulled}, conflicten: ${r.conflicts}.`, en: `Sent: ${r.pushed}, fetched: ${r.pulled}, conflicts: ${r.conflicts}.` }));
      const refused = (r as { refused?: Array<{ inspectionId: string; message: string }> }).refused ?? [];
      for (const x of refused) out.line(tr(out.lang, { nl: `Niet samengevoegd: inspectie ${x.inspectionId}: ${x.message}`, en: `Not merged: inspection ${x.inspectionId}: ${x.message}` }));
      const files = r as { filesSent?: number; filesReceived?: number; fileErrors?: Array<{ sha256: string; message: string }> };
      if (files.filesSent || files.filesReceived) out.line(tr(out.lang, { nl: `Bijlagen verstuurd: ${files.filesSent ?? 0}, opgehaald: ${files.filesReceived ?? 0}.`, en: `Attachment files sent: ${files.filesSent ?? 0}, fetched: ${files.filesReceived ?? 0}.` }));
      for (const x of files.fileErrors ?? []) out.line(tr(out.lang, { nl: `Bijlage niet bewaard: ${x.sha256}: ${x.message}`, en: `Attachment file not stored: ${x.sha256}: ${x.message}` }));
    },
  }),
];
