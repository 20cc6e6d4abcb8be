// /exams/new (assessor, admin): schedule an exam. The form checks what the server would refuse
// before sending (examForm.ts) and shows each problem beside its field; a server `invalid` that
// names a field is shown there too. Saved, it goes back home, where the list confirms it.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { apiSend, asApiError, type ApiRequestError } from '../../app/api';
import { endpoints } from '../../app/endpoints';
import { useApi } from '../../app/useApi';
import { useSession } from '../../app/useSession';
import { Layout } from '../../components/Layout';
import { ErrorNotice, errorText, Loading } from '../../components/Status';
import { uiLanguage } from '../../i18n/format';
import { AssessorPicker } from './AssessorPicker';
import { CandidatePicker } from './CandidatePicker';
import { checkDraft, defaultDraft, examFields, opensNow, serverFieldProblem, type ExamDraft, type FieldProblems } from './examForm';
import type { ExamCreatedState } from './ExamList';
import { ExamWindowFields } from './ExamWindowFields';
import { controlId, FieldProblemText, problemId } from './FieldProblemText';

function Back() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('classPage.breadcrumb')} className="breadcrumb">
      <Link to="/">
        <span aria-hidden="true">←</span> {t('examAssessor.create.back')}
      </Link>
    </nav>
  );
}

export function CreateExamPage() {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const { session } = useSession();
  const navigate = useNavigate();
  const scenes = useApi(endpoints.scenes());
  const [draft, setDraft] = useState<ExamDraft>(() => defaultDraft(Date.now()));
  const [checked, setChecked] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldProblems>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ApiRequestError>();
  const firstScene = scenes.state === 'ready' ? scenes.data[0]?.id : undefined;
  useEffect(() => {
    if (firstScene) setDraft((d) => (d.sceneId ? d : { ...d, sceneId: firstScene }));
  }, [firstScene]);

  const title = t('examAssessor.create.pageTitle');
  const role = session?.user.role;
  if (!session || (role !== 'assessor' && role !== 'admin')) {
    return (
      <Layout title={title}>
        <Back />
        <h1>{title}</h1>
        <p className="notice error" role="alert" data-testid="not-allowed">
          {t('examAssessor.create.notAllowed')}
        </p>
      </Layout>
    );
  }

  const update = (patch: Partial<ExamDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerProblems({});
  };
  // Problems show from the first save on, then follow every change.
  const problems: FieldProblems = { ...(checked ? checkDraft(draft, Date.now()).problems : {}), ...serverProblems };
  const problemCount = examFields.filter((f) => problems[f]).length;
  const focusFirstProblem = (found: FieldProblems) => {
    const first = examFields.find((f) => found[f]);
    if (first) document.getElementById(controlId(first))?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setSaveError(undefined);
    const { problems: found, request } = checkDraft(draft, Date.now());
    if (!request) {
      focusFirstProblem(found);
      return;
    }
    setSaving(true);
    try {
      const { exam } = await apiSend(endpoints.createExam(request));
      const state: ExamCreatedState = { createdExam: { id: exam.id, title: exam.title } };
      void navigate('/', { state });
    } catch (caught) {
      const error = asApiError(caught);
      const named = error.code === 'invalid' ? serverFieldProblem(error.message) : undefined;
      if (named) {
        setServerProblems({ [named.field]: named.problem });
        focusFirstProblem({ [named.field]: named.problem });
      } else setSaveError(error);
      setSaving(false);
    }
  };

  const invalid = (field: keyof FieldProblems) => (problems[field] ? true : undefined);
  return (
    <Layout title={title}>
      <Back />
      <div className="page-head">
        <h1>{title}</h1>
        <p className="lead">{t('examAssessor.create.intro')}</p>
      </div>
      {scenes.state === 'loading' && <Loading />}
      {scenes.state === 'error' && <ErrorNotice error={scenes.error} onRetry={scenes.retry} />}
      {scenes.state === 'ready' && (
        <form className="panel exam-form" onSubmit={(e) => void submit(e)} noValidate data-testid="exam-form">
          <div className="field">
            <label htmlFor={controlId('sceneId')}>{t('examAssessor.create.scene')}</label>
            <select id={controlId('sceneId')} value={draft.sceneId} onChange={(e) => update({ sceneId: e.target.value })} aria-invalid={invalid('sceneId')} aria-describedby={problemId('sceneId')} data-testid="exam-scene">
              {scenes.data.map((scene) => (
                <option key={scene.id} value={scene.id}>
                  {scene.title[language]}
                </option>
              ))}
            </select>
            <FieldProblemText id={problemId('sceneId')} problem={problems.sceneId} />
          </div>
          <div className="field">
            <label htmlFor={controlId('title')}>{t('examAssessor.create.examTitle')}</label>
            <input id={controlId('title')} type="text" value={draft.title} onChange={(e) => update({ title: e.target.value })} autoComplete="off" aria-invalid={invalid('title')} aria-describedby={problemId('title')} data-testid="exam-title" />
            <FieldProblemText id={problemId('title')} problem={problems.title} hint={t('examAssessor.create.examTitleHint')} />
          </div>
          <CandidatePicker picked={draft.candidateIds} onChange={(candidateIds) => update({ candidateIds })} problem={problems.candidateIds} />
          <AssessorPicker lead={{ id: session.user.id, name: session.user.name }} picked={draft.coAssessorIds} onChange={(coAssessorIds) => update({ coAssessorIds })} problem={problems.assessorIds} />
          <ExamWindowFields draft={draft} problems={problems} onChange={update} onOpenNow={() => update(opensNow(draft, Date.now()))} />
          <div className="form-row">
            <div className="filter">
              <label htmlFor={controlId('timeLimitMs')}>{t('examAssessor.create.timeLimit')}</label>
              <input id={controlId('timeLimitMs')} type="text" inputMode="decimal" size={6} value={draft.timeLimit} onChange={(e) => update({ timeLimit: e.target.value })} aria-invalid={invalid('timeLimitMs')} aria-describedby={problemId('timeLimitMs')} data-testid="time-limit" />
            </div>
            <div className="filter">
              <label htmlFor="exam-time-unit">{t('examAssessor.create.timeUnit')}</label>
              <select id="exam-time-unit" value={draft.timeUnit} onChange={(e) => update({ timeUnit: e.target.value === 'seconds' ? 'seconds' : 'minutes' })} data-testid="time-unit">
                <option value="minutes">{t('examAssessor.create.minutes')}</option>
                <option value="seconds">{t('examAssessor.create.seconds')}</option>
              </select>
            </div>
            <FieldProblemText id={problemId('timeLimitMs')} problem={problems.timeLimitMs} hint={t('examAssessor.create.timeLimitHint')} />
          </div>
          <div className="form-row">
            <div className="filter">
              <label htmlFor={controlId('judges')}>{t('examAssessor.create.judges')}</label>
              <select id={controlId('judges')} value={draft.judges} onChange={(e) => update({ judges: Number(e.target.value) })} aria-invalid={invalid('judges')} aria-describedby={problemId('judges')} data-testid="judges">
                {[1, 2, 3].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
            <FieldProblemText id={problemId('judges')} problem={problems.judges} hint={t('examAssessor.create.judgesHint')} />
          </div>
          {problemCount > 0 && (
            <p className="notice error" role="alert" data-testid="form-problems">
              {t('examAssessor.create.fixProblems', { count: problemCount })}
            </p>
          )}
          {saveError && (
            <p className="notice error" role="alert" data-testid="save-error">
              {t('examAssessor.create.saveFailed', { reason: saveError.code === 'invalid' ? t('examAssessor.problems.serverRefused') : errorText(t, saveError) })}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={saving} data-testid="save-exam">
              {saving ? t('examAssessor.create.saving') : t('examAssessor.create.save')}
            </button>
            <Link className="button ghost" to="/">
              {t('examAssessor.create.cancel')}
            </Link>
          </div>
        </form>
      )}
    </Layout>
  );
}
