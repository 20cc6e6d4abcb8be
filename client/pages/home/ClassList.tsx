// A list of classes, each opening its class page and expandable to its learners (loaded on
// first expand).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClassListItem } from '../../../scenes/protocol/rest';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { ErrorNotice, Loading } from '../../components/Status';

function ClassStudents({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const students = useApi(endpoints.classStudents(classId));
  if (students.state === 'loading') return <Loading />;
  if (students.state === 'error') return <ErrorNotice error={students.error} subject="class" onRetry={students.retry} />;
  if (students.data.length === 0) return <p className="empty">{t('teacher.noStudents')}</p>;
  return (
    <ul className="people">
      {students.data.map((s) => (
        <li key={s.id}>{s.name}</li>
      ))}
    </ul>
  );
}

function ClassCard({ item }: { item: ClassListItem }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = `class-${item.id}`;
  return (
    <li className="card class-card">
      <h3>
        <span className="code">{item.code}</span> {item.name}
      </h3>
      <p className="muted">
        {t('teacher.students', { count: item.studentCount })}
        {item.teacherNames.length > 0 && ` · ${t('admin.teachers')}: ${item.teacherNames.join(', ')}`}
      </p>
      <div className="class-card-actions">
        <Link
          className="button primary"
          to={`/classes/${encodeURIComponent(item.id)}`}
          aria-label={t('classPage.openLabel', { code: item.code, name: item.name })}
          data-testid={`open-class-${item.code}`}
        >
          {t('classPage.open')}
        </Link>
        <button type="button" className="button ghost" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          {open ? t('teacher.hideStudents') : t('teacher.showStudents')}
        </button>
      </div>
      <div id={panelId} hidden={!open}>
        {open && <ClassStudents classId={item.id} />}
      </div>
    </li>
  );
}

export function ClassList({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  const classes = useApi(endpoints.classes());
  return (
    <section aria-labelledby="classes-title" className="section">
      <h2 id="classes-title">{t(titleKey)}</h2>
      {classes.state === 'loading' && <Loading />}
      {classes.state === 'error' && <ErrorNotice error={classes.error} onRetry={classes.retry} />}
      {classes.state === 'ready' && classes.data.length === 0 && <p className="empty">{t('teacher.noClasses')}</p>}
      {classes.state === 'ready' && classes.data.length > 0 && (
        <ul className="card-grid" data-testid="class-list">
          {classes.data.map((c) => (
            <ClassCard key={c.id} item={c} />
          ))}
        </ul>
      )}
    </section>
  );
}
