import { useTranslation } from 'react-i18next';
import type { PassphraseProblem } from '../../strength/passphrase-rules';

/** Why the passphrase cannot be used yet, in the interface language. */
export function PassphraseProblemText({ problem, estimatorFailed }: { problem: PassphraseProblem; estimatorFailed: boolean }) {
  const { t } = useTranslation();
  switch (problem.kind) {
    case 'empty':
      return <>{t('passphraseProblem.empty')}</>;
    case 'tooShort':
      return <>{t('passphraseProblem.tooShort', { min: problem.min })}</>;
    case 'tooRepetitive':
      return <>{t('passphraseProblem.tooRepetitive')}</>;
    case 'checking':
      return <>{estimatorFailed ? t('passphraseProblem.estimatorFailed') : t('passphraseProblem.checking')}</>;
    case 'tooWeak':
      return <>{t('passphraseProblem.tooWeak')}</>;
    case 'mismatch':
      return <>{t('passphraseProblem.mismatch')}</>;
  }
}
