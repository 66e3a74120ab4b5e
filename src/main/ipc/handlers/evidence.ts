import type { evidenceContract } from '../../../shared/contract/evidence';
import { attachEvidence, listEvidence, openEvidence, removeEvidence } from '../../actions/evidenceActions';
import { EvidenceFileStore } from '../../evidence/evidenceFileStore';
import type { FeatureHandlers, HandlerDeps } from '../handlerDeps';

/** Evidence: photos and receipts on a case, kept under `<dataDir>/evidence`. */
export function evidenceHandlers({ db, dataDir, sync }: HandlerDeps) {
  const files = new EvidenceFileStore(dataDir);
  return {
    listEvidence: ({ caseId }) => listEvidence(db, files, caseId),
    attachEvidence: ({ caseId, fileName, dataBase64 }, context) => attachEvidence(db, files, { caseId, fileName, bytes: Buffer.from(dataBase64, 'base64') }, context),
    openEvidence: ({ evidenceId }) => openEvidence(db, files, evidenceId, (row) => sync().fetchEvidence(row)),
    removeEvidence: ({ evidenceId }, context) => removeEvidence(db, files, evidenceId, context),
  } satisfies FeatureHandlers<typeof evidenceContract>;
}
