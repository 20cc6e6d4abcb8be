// React access to the mounted workshop's runtime object (one per WorkshopCanvas).
import { createContext, useContext } from 'react';
import type { WorkshopRuntime } from './workshopRuntime';

export const WorkshopRuntimeContext = createContext<WorkshopRuntime | null>(null);

export function useWorkshopRuntime(): WorkshopRuntime {
  const runtime = useContext(WorkshopRuntimeContext);
  if (!runtime) throw new Error('useWorkshopRuntime: not inside a WorkshopCanvas');
  return runtime;
}
