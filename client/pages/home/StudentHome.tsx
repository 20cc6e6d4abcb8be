import { SceneCatalogue } from './SceneCatalogue';

export function StudentHome() {
  return <SceneCatalogue titleKey="student.catalogueTitle" actionLabelKey="student.practise" />;
}
