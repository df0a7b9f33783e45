import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The bridge to main did not answer: say so plainly and offer the one thing to try. */
export function StartupProblem({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <main className="screen-centered">
      <div className="card">
        <h1 ref={headingRef} tabIndex={-1}>
          {t('startup.title')}
        </h1>
        <p>{t('startup.body')}</p>
        <button type="button" className="button-primary" onClick={onRetry}>
          {t('startup.retry')}
        </button>
      </div>
    </main>
  );
}
