// The role-aware home: each role lands on its own page under a shared greeting.
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/useSession';
import { Layout } from '../components/Layout';
import { StudentHome } from './home/StudentHome';
import { TeacherHome } from './home/TeacherHome';
import { AssessorHome } from './home/AssessorHome';
import { AdminHome } from './home/AdminHome';

const homes = { student: StudentHome, teacher: TeacherHome, assessor: AssessorHome, admin: AdminHome };

export function HomePage() {
  const { t } = useTranslation();
  const { session } = useSession();
  if (!session) return null;
  const RoleHome = homes[session.user.role];
  return (
    <Layout title={t('pageTitles.home')}>
      <div className="page-head">
        <h1 data-testid="greeting">{t('home.greeting', { name: session.user.name })}</h1>
        <p className="lead">{t(`${session.user.role}.subtitle`)}</p>
      </div>
      <RoleHome />
    </Layout>
  );
}
