// A problem at a control, in the interface language.
import { useTranslation } from 'react-i18next';
import type { FormProblem } from './form-problems';

export function useProblemText(problems: readonly FormProblem[]) {
  const { t } = useTranslation();
  return (at: string): string | null => {
    const problem = problems.find((p) => p.at === at);
    if (!problem) return null;
    return problem.kind === 'server' ? t('codebookAdmin.problem.server', { message: problem.message }) : t(`codebookAdmin.problem.${problem.kind}`);
  };
}
