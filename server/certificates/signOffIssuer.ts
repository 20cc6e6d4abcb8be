// The sign-off hook's implementation (server/exams/certificateIssuer.ts → §8): turns a passed,
// signed-off attempt into the certificate service's input, naming the standard the way the
// credential's achievement states it (Vietnamese, as printed on the certificate).
import { findScene } from '../../scenes/registry';
import type { SceneRules } from '../../scenes/types';
import type { CertificateIssuer, SignedOffAttempt } from '../exams/certificateIssuer';
import type { Store } from '../storage/store';
import type { CertificateService } from './certificateService';
import { CertificateIssueError } from './certificateService';

/** The achievement's criteria narrative: what the server measured, what judges marked, and what passes. */
export function criteriaNarrative(scene: SceneRules): string {
  const measured = scene.rubric.criteria.map((c) => `${scene.names[c.id]?.vi ?? c.id} (${c.weight})`).join('; ');
  const judged = scene.judgementAspects.map((a) => `${a.descriptor.vi} (${a.max})`).join(' ');
  const judgementPoints = scene.judgementAspects.reduce((sum, a) => sum + a.max, 0);
  return [
    `Đo trên máy chủ từ nhật ký thao tác, theo tiêu chuẩn ${scene.summary.title.vi} phiên bản ${scene.rubric.rubricVersion}: ${measured}.`,
    judged && `Giám khảo chấm ${judgementPoints} điểm nhận định: ${judged}`,
    `Đạt khi điểm cuối cùng từ ${scene.rubric.passMark} trở lên và không có lỗi nghiêm trọng.`,
  ]
    .filter(Boolean)
    .join(' ');
}

export function signOffIssuer(store: Store, certificates: CertificateService): CertificateIssuer {
  return {
    async issueFor(signedOff: SignedOffAttempt) {
      const scene = findScene(signedOff.exam.sceneId);
      if (!scene) throw new CertificateIssueError(`no scene "${signedOff.exam.sceneId}" to name the achievement`);
      const overview = await store.directory.getInstitutionOverview(signedOff.exam.institutionId);
      if (!overview) throw new CertificateIssueError(`no institution "${signedOff.exam.institutionId}"`);
      if (!signedOff.sealedHead) throw new CertificateIssueError('the attempt has no sealed log head (it has not ended)');
      return certificates.issueCertificate({
        institution: { id: overview.institution.id, name: overview.institution.name },
        learner: signedOff.learner,
        exam: { id: signedOff.exam.id, title: signedOff.exam.title },
        standard: {
          id: scene.summary.id,
          name: scene.summary.title.vi,
          version: scene.rubric.rubricVersion,
          description: `${scene.summary.title.vi} — ${scene.summary.title.en}`,
          criteriaNarrative: criteriaNarrative(scene),
        },
        sessionId: signedOff.sessionId,
        sealedHead: signedOff.sealedHead,
        final: signedOff.final,
        passed: signedOff.passed,
        signedOffAt: signedOff.signedOffAt,
        ...(signedOff.origin ? { origin: signedOff.origin } : {}),
      });
    },
  };
}
