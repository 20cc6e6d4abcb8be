// Candidates of a new exam, picked class by class: choose a class, search its students by name,
// tick them or "select all" of those shown. Picks from several classes add up; the count and
// the names picked so far stay in view.
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicUser } from '../../../scenes/protocol/rest';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { ErrorNotice, Loading } from '../../components/Status';
import { allPicked, matchingPeople, toggleAll, toggleOne } from './candidatePick';
import type { FieldProblem } from './examForm';
import { controlId, FieldProblemText, problemId } from './FieldProblemText';

interface PickProps {
  picked: string[];
  onChange(picked: string[]): void;
}

function ClassStudents({ classId, code, query, picked, onChange, onNames }: PickProps & { classId: string; code: string; query: string; onNames(students: PublicUser[]): void }) {
  const { t } = useTranslation();
  const students = useApi(endpoints.classStudents(classId));
  const loaded = students.state === 'ready' ? students.data : undefined;
  useEffect(() => {
    if (loaded) onNames(loaded);
  }, [loaded, onNames]);
  if (students.state === 'loading') return <Loading />;
  if (students.state === 'error') return <ErrorNotice error={students.error} subject="class" onRetry={students.retry} />;
  if (students.data.length === 0) return <p className="empty">{t('examAssessor.create.noStudents')}</p>;
  const shown = matchingPeople(students.data, query);
  if (shown.length === 0) return <p className="empty">{t('examAssessor.create.noMatch', { query })}</p>;
  const shownIds = shown.map((s) => s.id);
  return (
    <div className="pick-group">
      <label className="pick-item pick-all">
        <input type="checkbox" checked={allPicked(picked, shownIds)} onChange={() => onChange(toggleAll(picked, shownIds))} data-testid="select-all" />
        {t('examAssessor.create.selectAll', { count: shown.length })}
      </label>
      <ul className="pick-list" aria-label={t('examAssessor.create.studentsOf', { code })}>
        {shown.map((student) => (
          <li key={student.id}>
            <label className="pick-item">
              <input type="checkbox" checked={picked.includes(student.id)} onChange={(e) => onChange(toggleOne(picked, student.id, e.target.checked))} />
              {student.name}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CandidatePicker({ picked, onChange, problem }: PickProps & { problem: FieldProblem | undefined }) {
  const { t } = useTranslation();
  const searchId = useId();
  const classes = useApi(endpoints.classes());
  const [classId, setClassId] = useState('');
  const [query, setQuery] = useState('');
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  // Stable, so the class list's effect runs once per load, not on every render.
  const rememberNames = useCallback((students: PublicUser[]) => setNames((known) => new Map([...known, ...students.map((s) => [s.id, s.name] as const)])), []);
  // One class only (the usual small college): open it at once.
  const only = classes.state === 'ready' && classes.data.length === 1 ? classes.data[0]!.id : undefined;
  useEffect(() => {
    if (only) setClassId((current) => current || only);
  }, [only]);
  const chosen = classes.state === 'ready' ? classes.data.find((c) => c.id === classId) : undefined;
  const pickedNames = picked.map((id) => names.get(id)).filter((name): name is string => name !== undefined);

  return (
    <fieldset className="form-group" aria-describedby={problemId('candidateIds')} data-testid="candidate-picker">
      <legend>{t('examAssessor.create.candidatesLegend')}</legend>
      {classes.state === 'loading' && <Loading />}
      {classes.state === 'error' && <ErrorNotice error={classes.error} onRetry={classes.retry} />}
      {classes.state === 'ready' && classes.data.length === 0 && <p className="empty">{t('examAssessor.create.noClasses')}</p>}
      {classes.state === 'ready' && classes.data.length > 0 && (
        <>
          <div className="pick-tools">
            <div className="filter">
              <label htmlFor={controlId('candidateIds')}>{t('examAssessor.create.classLabel')}</label>
              <select id={controlId('candidateIds')} value={classId} onChange={(e) => setClassId(e.target.value)} aria-invalid={problem ? true : undefined} data-testid="class-select">
                <option value="">{t('examAssessor.create.chooseClass')}</option>
                {classes.data.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.code} — {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="filter">
              <label htmlFor={searchId}>{t('examAssessor.create.searchLabel')}</label>
              <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" data-testid="candidate-search" />
            </div>
          </div>
          {chosen && <ClassStudents key={chosen.id} classId={chosen.id} code={chosen.code} query={query} picked={picked} onChange={onChange} onNames={rememberNames} />}
        </>
      )}
      <p className="picked" aria-live="polite" data-testid="picked-count">
        <strong>{picked.length === 0 ? t('examAssessor.create.pickedNone') : t('examAssessor.create.picked', { count: picked.length })}</strong>
        {pickedNames.length > 0 && <span className="muted">: {pickedNames.join(', ')}</span>}
      </p>
      <FieldProblemText id={problemId('candidateIds')} problem={problem} />
    </fieldset>
  );
}
