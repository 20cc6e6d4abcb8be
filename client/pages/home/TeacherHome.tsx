// The teacher's landing: their classes, then who of their learners holds which certificate.
import { endpoints } from '../../app/endpoints';
import { ClassList } from './ClassList';
import { CertificateHolders } from '../certificates/CertificateHolders';

export function TeacherHome() {
  return (
    <>
      <ClassList titleKey="teacher.classesTitle" />
      <CertificateHolders endpoint={endpoints.institutionCertificates()} />
    </>
  );
}
