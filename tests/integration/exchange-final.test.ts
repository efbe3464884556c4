import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPackageTo, importPackageFrom } from '../../main/cli/package-transfer';
import type { ServiceContext } from '../../main/services/context';
import { useLaptops } from '../helpers/exchange';
import { ratedInspection } from '../helpers/inspection-builder';
import { callOk, tableCounts } from '../helpers/services';

/**
 * A package can make a colleague's copy final (the status follows the copy
 * that is furthest along). It may do so only when the merged record passes
 * the same check list as finalising on that laptop: otherwise a final report
 * would hold work the lead never checked.
 */

const laptops = useLaptops();

async function finalInspection(an: ServiceContext) {
  const schools = await callOk<{ instellingsnummer: string }[]>(an, 'listSchools', {});
  const inspectionId = await ratedInspection(an, { instellingsnummer: schools[2].instellingsnummer, ratings: [{ indicatorId: 'km.1', level: 'beneden', text: 'Lessen starten laat.' }] });
  await callOk(an, 'decideAdvice', { inspectionId, chosen: '2A', motivation: '', guidanceObliged: false, reportDate: '2027-03-20' });
  return inspectionId;
}

const status = async (ctx: ServiceContext, id: string) => (await callOk(ctx, 'getInspection', { id })).inspection.status;

describe('a package that makes a copy final', () => {
  it('makes it final when the merged record passes the check list, and says so in the audit trail', async () => {
    const an = await laptops.laptop('An');
    const bart = await laptops.laptop('Bart');
    const inspectionId = await finalInspection(an.ctx);
    const early = join(laptops.dir(), 'early.dlpkg');
    await exportPackageTo(an.ctx, { inspectionId }, early);
    await importPackageFrom(bart.ctx, early);
    await callOk(an.ctx, 'finalizeInspection', { inspectionId, acknowledgeWarnings: true });
    const final = join(laptops.dir(), 'final.dlpkg');
    await exportPackageTo(an.ctx, { inspectionId }, final);
    await importPackageFrom(bart.ctx, final);
    expect(await status(bart.ctx, inspectionId)).toBe('final');
    const audit = await callOk(bart.ctx, 'listAudit', { inspectionId });
    expect(audit.find((r: { field: string; newValue: string }) => r.field === 'status' && r.newValue === 'final')).toMatchObject({ actor: 'Bart' });
  });

  it('is refused, changing nothing, when the colleague’s own work would leave the final report breaking a rule', async () => {
    const an = await laptops.laptop('An');
    const bart = await laptops.laptop('Bart');
    const inspectionId = await finalInspection(an.ctx);
    const early = join(laptops.dir(), 'early.dlpkg');
    await exportPackageTo(an.ctx, { inspectionId }, early);
    await importPackageFrom(bart.ctx, early);
    // Both change km.2 apart: the merge would leave an open conflict in a final report.
    await callOk(an.ctx, 'saveRating', { inspectionId, indicatorId: 'km.2', level: 'overstijgt', motivation: 'An zag meer.' });
    await callOk(bart.ctx, 'saveRating', { inspectionId, indicatorId: 'km.2', level: 'benadert', motivation: 'Bart zag minder.', opportunities: 'Afspraken gelijk trekken.' });
    await callOk(an.ctx, 'finalizeInspection', { inspectionId, acknowledgeWarnings: true });
    const final = join(laptops.dir(), 'final.dlpkg');
    await exportPackageTo(an.ctx, { inspectionId }, final);
    const before = await tableCounts(bart.ctx);
    const refused = await importPackageFrom(bart.ctx, final).then(
      () => null,
      (e: Error & { problems?: Array<{ code: string }> }) => e,
    );
    expect(refused?.message).toContain('maakt het verslag definitief, maar samen met het werk op deze laptop voldoet het niet aan de controlelijst');
    expect(refused?.message).toContain('conflict(en) uit het samenvoegen open');
    expect(await tableCounts(bart.ctx)).toEqual(before);
    expect(await status(bart.ctx, inspectionId)).not.toBe('final');
  });
});
