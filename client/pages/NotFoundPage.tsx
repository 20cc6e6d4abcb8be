import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Layout } from '../components/Layout';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Layout title={t('notFound.title')}>
      <section className="card narrow">
        <h1>{t('notFound.title')}</h1>
        <Link className="button primary" to="/">
          {t('notFound.back')}
        </Link>
      </section>
    </Layout>
  );
}
