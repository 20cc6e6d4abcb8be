import { ClassList } from './ClassList';

export function TeacherHome() {
  return <ClassList titleKey="teacher.classesTitle" />;
}
