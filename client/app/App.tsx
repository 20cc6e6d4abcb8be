// Routes: /login and the certificate pages (/verify, /lookup) are public; everything else needs a session (kept across reloads). Every page
// renders inside RouteFrame: one loading state, one error state, focus to the h1 on navigation.
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { lazy, type ReactNode } from 'react';
import { SessionProvider, useSession } from './useSession';
import { RouteFrame } from './RouteFrame';
import { LoginPage } from '../pages/LoginPage';
import { HomePage } from '../pages/HomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { Layout } from '../components/Layout';
import { Loading } from '../components/Status';

// The workshop (scene rules, 3D runtime) loads as its own chunks, never with login and home.
const WorkshopPage = lazy(() => import('../pages/WorkshopPage').then((m) => ({ default: m.WorkshopPage })));
// Teacher class pages and learner progress (charts, scene names) load as their own chunks too.
const ClassPage = lazy(() => import('../pages/teacher/ClassPage').then((m) => ({ default: m.ClassPage })));
const SessionReviewPage = lazy(() => import('../pages/review/SessionReviewPage').then((m) => ({ default: m.SessionReviewPage })));
const ReplayPage = lazy(() => import('../pages/review/ReplayPage').then((m) => ({ default: m.ReplayPage })));
const CreateExamPage = lazy(() => import('../pages/exams/CreateExamPage').then((m) => ({ default: m.CreateExamPage })));
const ProgressPage = lazy(() => import('../pages/progress/ProgressPage').then((m) => ({ default: m.ProgressPage })));
// The proctor dashboard and the live 3D spectator (docs/proctoring.md).
const ProctorPage = lazy(() => import('../pages/proctor/ProctorPage').then((m) => ({ default: m.ProctorPage })));
const SpectatePage = lazy(() => import('../pages/proctor/SpectatePage').then((m) => ({ default: m.SpectatePage })));
// The judges' pages: an exam's results and sign-off, a candidate's marking (PROTOCOL §7).
const ResultsPage = lazy(() => import('../pages/marking/ResultsPage').then((m) => ({ default: m.ResultsPage })));
const MarkingPage = lazy(() => import('../pages/marking/MarkingPage').then((m) => ({ default: m.MarkingPage })));
// Public certificate pages (PROTOCOL §8): no sign-in, reached by a QR code or a link.
const VerifyPage = lazy(() => import('../pages/certificates/VerifyPage').then((m) => ({ default: m.VerifyPage })));
const VerifyCredentialPage = lazy(() => import('../pages/certificates/VerifyCredentialPage').then((m) => ({ default: m.VerifyCredentialPage })));
const LookupPage = lazy(() => import('../pages/certificates/LookupPage').then((m) => ({ default: m.LookupPage })));

function RequireSession({ children }: { children: ReactNode }) {
  const { session, checking } = useSession();
  const location = useLocation();
  if (checking)
    return (
      <Layout>
        <Loading />
      </Layout>
    );
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

const signedIn = (page: ReactNode) => <RequireSession>{page}</RequireSession>;

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<RouteFrame />}>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/verify" element={<VerifyCredentialPage />} />
            <Route path="/verify/:id" element={<VerifyPage />} />
            <Route path="/lookup" element={<LookupPage />} />
            <Route path="/" element={signedIn(<HomePage />)} />
            <Route path="/workshop/:sceneId" element={signedIn(<WorkshopPage />)} />
            <Route path="/classes/:classId" element={signedIn(<ClassPage />)} />
            <Route path="/exams/new" element={signedIn(<CreateExamPage />)} />
            <Route path="/learners/:learnerId/progress" element={signedIn(<ProgressPage />)} />
            <Route path="/sessions/:sessionId" element={signedIn(<SessionReviewPage />)} />
            <Route path="/sessions/:sessionId/replay" element={signedIn(<ReplayPage />)} />
            <Route path="/exams/:examId/proctor" element={signedIn(<ProctorPage />)} />
            <Route path="/exams/:examId/proctor/spectate/:sessionId" element={signedIn(<SpectatePage />)} />
            <Route path="/exams/:examId/results" element={signedIn(<ResultsPage />)} />
            <Route path="/exams/:examId/candidates/:learnerId/marking" element={signedIn(<MarkingPage />)} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
