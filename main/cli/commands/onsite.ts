import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { z } from 'zod';
import { EVIDENCE_SOURCES } from '../../domain/framework';
import { EVIDENCE_ROLES, MAX_ATTACHMENT_BYTES } from '../../domain/onsite/evidence';
import { ENTRY_KINDS } from '../../domain/onsite/entries';
import { call, refusal, sizeOfFile } from '../command-kit';
import { short, table } from '../format';
import { humanDate, type Lang, tr } from '../i18n';
import { idOption, inspectionOption, textOption } from '../options';
import { attachmentShape, changeShape, evidenceShape, onsiteShape } from '../shapes';
import { defineCommand } from '../spec';
import { entryCommands } from './onsite-entries';

const MIME_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.txt': 'text/plain',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Reads an attachment after checking it exists and fits, so a refused file changes nothing. */
function readAttachment(path: string, lang: Lang) {
  const file = resolve(path);
  const size = sizeOfFile(file, 'attach', lang);
  if (size > MAX_ATTACHMENT_BYTES) {
    throw refusal(lang, 'invalid_input', { nl: `De bijlage ${basename(file)} is te groot (${size} bytes; hoogstens ${MAX_ATTACHMENT_BYTES}).`, en: `The attachment ${basename(file)} is too large (${size} bytes; at most ${MAX_ATTACHMENT_BYTES}).` }, 'attach');
  }
  return { fileName: basename(file), mimeType: MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', base64: readFileSync(file).toString('base64') };
}

/** On site: the inspection's entries, evidence with its attachment, removal, undo and the audit trail. */
export const onsiteCommands = [
  defineCommand({
    name: 'onsite',
    group: 'onsite',
    summary: { nl: 'alles wat op school is vastgelegd: bewijs, observaties, tuchtdossiers, bevragingen en de samenvatting', en: 'everything recorded on site: evidence, observations, disciplinary files, surveys and the summary' },
    example: 'onsite --inspection ID --json',
    options: { inspection: inspectionOption },
    output: onsiteShape,
    run: ({ ctx }, o) => call(ctx, 'getOnsite', { inspectionId: o.inspection }),
    text(r, out) {
      const l = out.lang;
      out.line(tr(l, { nl: `Bewijs (${r.evidence.length}):`, en: `Evidence (${r.evidence.length}):` }));
      for (const e of r.evidence) out.line(`  ${e.id}  ${humanDate(l, e.date)}  ${e.source}/${e.role}  ${e.indicatorIds.join(',')}  ${short(e.note)}`);
      out.line(tr(l, { nl: `Observaties (${r.observations.length}):`, en: `Observations (${r.observations.length}):` }));
      for (const o of r.observations) out.line(`  ${o.id}  ${o.observedAt}  ${o.className} ${o.subject}  ${tr(l, { nl: 'taakgericht', en: 'on task' })} ${o.onTask}/${o.onTask + o.offTask}`);
      out.line(tr(l, { nl: `Tuchtdossiers (${r.files.length}):`, en: `Disciplinary files (${r.files.length}):` }));
      for (const f of r.files) out.line(`  ${f.id}  ${f.label}  ${f.measure}  ${humanDate(l, f.measureDate)}`);
      out.line(tr(l, { nl: `Bevragingen (${r.tallies.length}):`, en: `Surveys (${r.tallies.length}):` }));
      for (const t of r.tallies) out.line(`  ${t.id}  ${t.question}  ${t.groupName}  ${t.agree}/${t.respondents}`);
      const s = r.summary.sample;
      out.line(tr(l, { nl: `Steekproef: ${s.compliant} van ${s.files} dossiers in orde.`, en: `Sample: ${s.compliant} of ${s.files} files in order.` }));
    },
  }),
  defineCommand({
    name: 'evidence',
    group: 'onsite',
    summary: { nl: 'legt bewijs vast bij één of meer indicatoren, met een bijlage als u wilt', en: 'records evidence for one or more indicators, with an attachment if you like' },
    example: 'evidence --inspection ID --source document_analysis --role leadership --date 2026-11-02 --indicator km.1,km.2 --note "Schoolreglement" --attach reglement.pdf',
    options: {
      inspection: inspectionOption,
      id: idOption,
      source: { type: 'enum', values: EVIDENCE_SOURCES, required: true, description: { nl: 'bron', en: 'source' } },
      role: { type: 'enum', values: EVIDENCE_ROLES, required: true, description: { nl: 'van wie (een rol, nooit een naam)', en: 'from whom (a role, never a name)' } },
      date: { type: 'date', required: true, description: { nl: 'datum', en: 'date' } },
      indicator: { type: 'string', multiple: true, commas: true, required: true, placeholder: 'INDICATOR', description: { nl: 'indicator-id (herhaal of scheid met komma’s)', en: 'indicator id (repeat or comma-separate)' } },
      note: textOption('notitie', 'note'),
      attach: { type: 'file', description: { nl: 'een bestand om bij te voegen (hoogstens 10 MB)', en: 'a file to attach (at most 10 MB)' } },
    },
    output: z.object({ evidence: evidenceShape, attachment: attachmentShape.nullable() }),
    async run({ ctx, lang }, o) {
      const file = o.attach === undefined ? null : readAttachment(o.attach, lang);
      const evidence = await call(ctx, 'saveEvidence', { inspectionId: o.inspection, id: o.id, source: o.source, role: o.role, date: o.date, note: o.note ?? '', indicatorIds: o.indicator });
      if (!file) return { evidence, attachment: null };
      try {
        const attachment = await call(ctx, 'addAttachment', { inspectionId: o.inspection, evidenceId: evidence.id, ...file });
        return { evidence, attachment };
      } catch (error) {
        // A new item whose file is refused is taken away again, so the command is all or nothing.
        if (!o.id) await call(ctx, 'deleteEntry', { inspectionId: o.inspection, kind: 'evidence', id: evidence.id });
        throw error;
      }
    },
    text(r, out) {
      out.line(tr(out.lang, { nl: `Bewijs ${r.evidence.id} bewaard bij ${r.evidence.indicatorIds.join(', ')}.`, en: `Evidence ${r.evidence.id} saved for ${r.evidence.indicatorIds.join(', ')}.` }));
      if (r.attachment) out.line(tr(out.lang, { nl: `Bijlage ${r.attachment.fileName} (${r.attachment.bytes} bytes, SHA-256 ${r.attachment.sha256}).`, en: `Attachment ${r.attachment.fileName} (${r.attachment.bytes} bytes, SHA-256 ${r.attachment.sha256}).` }));
    },
  }),
  ...entryCommands,
  defineCommand({
    name: 'remove',
    group: 'onsite',
    summary: { nl: 'verwijdert een item (bewijs, observatie, tuchtdossier, bevraging); undo zet het terug', en: 'removes an item (evidence, observation, disciplinary file, survey); undo puts it back' },
    example: 'remove --inspection ID --kind observation --id ID',
    options: {
      inspection: inspectionOption,
      kind: { type: 'enum', values: ENTRY_KINDS, required: true, description: { nl: 'soort item', en: 'kind of item' } },
      id: { ...idOption, required: true, description: { nl: 'id van het item', en: 'id of the item' } },
    },
    output: z.object({ id: z.string() }),
    run: ({ ctx }, o) => call(ctx, 'deleteEntry', { inspectionId: o.inspection, kind: o.kind, id: o.id }),
    text(r, out) {
      out.line(tr(out.lang, { nl: `${r.id} verwijderd.`, en: `${r.id} removed.` }));
    },
  }),
  defineCommand({
    name: 'undo',
    group: 'onsite',
    summary: { nl: 'maakt uw laatste wijziging in deze inspectie ongedaan', en: 'undoes your latest change in this inspection' },
    example: 'undo --inspection ID',
    options: { inspection: inspectionOption },
    output: z.object({ undone: z.object({ entity: z.string(), entityId: z.string(), fields: z.array(z.string()), at: z.string() }) }),
    run: ({ ctx }, o) => call(ctx, 'undoLastChange', { inspectionId: o.inspection }),
    text(r, out) {
      out.line(tr(out.lang, { nl: `Ongedaan: ${r.undone.entity} ${r.undone.entityId} (${r.undone.fields.join(', ')}).`, en: `Undone: ${r.undone.entity} ${r.undone.entityId} (${r.undone.fields.join(', ')}).` }));
    },
  }),
  defineCommand({
    name: 'audit',
    group: 'onsite',
    summary: { nl: 'de wijzigingen in deze inspectie, nieuwste eerst (wie, wanneer, wat)', en: 'the changes in this inspection, newest first (who, when, what)' },
    example: 'audit --inspection ID',
    options: { inspection: inspectionOption },
    output: z.array(changeShape),
    run: ({ ctx }, o) => call(ctx, 'listAudit', { inspectionId: o.inspection }),
    text(rows, out) {
      const head = out.lang === 'nl' ? ['Wanneer', 'Wie', 'Wat', 'Veld', 'Nieuw'] : ['When', 'Who', 'What', 'Field', 'New'];
      out.line(table(head, rows.map((r) => [r.at.slice(0, 16).replace('T', ' '), r.actor, `${r.entity}${r.undone ? ' (undo)' : ''}`, r.field, short(r.newValue ?? '', 40)])));
    },
  }),
];
