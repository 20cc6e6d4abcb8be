// Routes: /login is public; everything else needs a session (kept across reloads).
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { lazy, Suspense, type ReactNode } from 'react';
import { SessionProvider, useSession } from './useSession';
import { LoginPage } from '../pages/LoginPage';
import { HomePage } from '../pages/HomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { Loading } from '../components/Status';

// The workshop (scene rules, 3D runtime) loads as its own chunks, never with login and home.
const WorkshopPage = lazy(() => import('../pages/WorkshopPage').then((m) => ({ default: m.WorkshopPage })));
// Teacher class pages and learner progress (charts, scene names) load as their own chunks too.
const ClassPage = lazy(() => import('../pages/teacher/ClassPage').then((m) => ({ default: m.ClassPage })));
const SessionReviewPage = lazy(() => import('../pages/review/SessionReviewPage').then((m) => ({ default: m.SessionReviewPage })));
const ReplayPage = lazy(() => import('../pages/review/ReplayPage').then((m) => ({ default: m.ReplayPage })));
const ProgressPage = lazy(() => import('../pages/progress/ProgressPage').then((m) => ({ default: m.ProgressPage })));

function RequireSession({ children }: { children: ReactNode }) {
  const { session, checking } = useSession();
  const location = useLocation();
  if (checking) return <Loading />;
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

/** A signed-in page that loads as its own chunk. */
function LazyPage({ children }: { children: ReactNode }) {
  return (
    <RequireSession>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </RequireSession>
  );
}

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route
            path="/"
            element={
              <RequireSession>
                <HomePage />
              </RequireSession>
            }
          />
          <Route path="/workshop/:sceneId" element={<LazyPage><WorkshopPage /></LazyPage>} />
          <Route path="/classes/:classId" element={<LazyPage><ClassPage /></LazyPage>} />
          <Route path="/learners/:learnerId/progress" element={<LazyPage><ProgressPage /></LazyPage>} />
          <Route path="/sessions/:sessionId" element={<LazyPage><SessionReviewPage /></LazyPage>} />
          <Route path="/sessions/:sessionId/replay" element={<LazyPage><ReplayPage /></LazyPage>} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
