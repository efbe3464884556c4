import { z } from 'zod';
import { entityId } from '../schemas';

export const reportOperations = {
  previewReport: z.object({ inspectionId: entityId }).strict(),
  exportReport: z.object({ inspectionId: entityId, format: z.enum(['docx', 'pdf']) }).strict(),
  listReportExports: z.object({ inspectionId: entityId }).strict(),
};
