// Codebook management (issue 4 §7-8): the vault's codebook in the chosen codebook language, its
// versions, and the additive edits that each make a new version.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codebookText } from '../../codebook/codebook-text';
import { formatNumber } from '../../format/format-number';
import { useSession } from '../../session/session-context';
import '../../styles/codebook-admin.css';
import type { CodebookAction } from './codebook-actions';
import { CodebookDialogs } from './CodebookDialogs';
import { StageSection } from './StageSection';
import { useCodebook } from './use-codebook';
import { VersionHistory } from './VersionHistory';

export function CodebookScreen() {
  const { t, i18n } = useTranslation();
  const { settings } = useSession();
  const { data, loadError, notice, apply } = useCodebook();
  const [action, setAction] = useState<CodebookAction | null>(null);
  const [openStages, setOpenStages] = useState<ReadonlySet<string>>(new Set());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = data !== null;

  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  if (!data) {
    return (
      <main className="codebook-admin">
        <p role={loadError ? 'alert' : 'status'}>{loadError ? t(`errors.${loadError}`) : t('common.loading')}</p>
      </main>
    );
  }

  const { codebook, versions } = data;
  const text = codebookText(codebook, settings.codebookLanguage);
  const title = text.title();
  const toggle = (stageId: string) =>
    setOpenStages((open) => {
      const next = new Set(open);
      if (!next.delete(stageId)) next.add(stageId);
      return next;
    });
  const onAction = (next: CodebookAction) => {
    // A field added to a folded stage would otherwise appear out of sight.
    if (next.kind === 'addField') setOpenStages((open) => new Set(open).add(next.stageId));
    setAction(next);
  };

  return (
    <main className="codebook-admin">
      <div className="page-header">
        <h1 ref={headingRef} tabIndex={-1} lang={text.lang}>
          {title}
        </h1>
        <p className="count">{t('codebookAdmin.version', { version: formatNumber(codebook.version, i18n.language) })}</p>
        <span className="page-header-spacer" />
        <button type="button" onClick={() => setAction({ kind: 'relabel', target: { kind: 'title' }, name: title })}>
          {t('codebookAdmin.action.renameTitle')}
        </button>
      </div>
      <p className="side-note">{t('codebookAdmin.intro')}</p>
      <p role="status" className={notice?.kind === 'saved' ? 'message message-info' : 'cb-empty-status'}>
        {notice?.kind === 'saved' ? t('codebookAdmin.saved', { version: formatNumber(notice.version, i18n.language) }) : ''}
      </p>
      {notice?.kind === 'conflict' && (
        <p role="alert" className="message message-warning">
          {t('codebookAdmin.conflict', { version: formatNumber(codebook.version, i18n.language) })}
        </p>
      )}
      <div className="cb-layout">
        <div className="cb-stages">
          {codebook.stages.map((stage) => (
            <StageSection key={stage.id} stage={stage} text={text} open={openStages.has(stage.id)} onToggle={() => toggle(stage.id)} onAction={onAction} />
          ))}
        </div>
        <VersionHistory versions={versions} current={codebook.version} />
      </div>
      {action && (
        <CodebookDialogs action={action} codebook={codebook} text={text} language={settings.codebookLanguage} apply={apply} onClose={() => setAction(null)} />
      )}
    </main>
  );
}
