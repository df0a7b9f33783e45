import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary, CaseUpdate } from '../../../../shared/domain/case';
import { errorCode } from '../../api/api-error';
import { dossier } from '../../api/client';
import { CASE_STATUSES } from '../../domain/enums';
import { formatTime } from '../../format/format-date';
import { useLatest } from '../../hooks/use-latest';
import { errorText } from '../../i18n/error-text';

interface CaseHeaderProps {
  summary: CaseSummary;
  headingId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onBack: () => void;
  onReload: () => void;
  onChange: (summary: CaseSummary) => void;
}

/** A title edit is saved this long after typing stops, so an idle lock never finds it unsaved. */
const TITLE_AUTOSAVE_MS = 1500;

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'conflict' } | { kind: 'error'; text: string };

/** Ref, title and status. Every save names the revision it was based on (CONFLICT if stale). */
export function CaseHeader({ summary, headingId, headingRef, onBack, onReload, onChange }: CaseHeaderProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const statusId = useId();
  const [title, setTitle] = useState(summary.title);
  const [dirty, setDirty] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  // Saves run one after another and always name the latest known revision: an autosave timer
  // set before the previous save answered must not conflict with our own change.
  const latest = useLatest(summary);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<number | null>(null);
  const titleRef = useLatest(title);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  // A reloaded case shows its stored title, unless the user has an unsaved edit in the field.
  useEffect(() => {
    if (!dirty) setTitle(summary.title);
  }, [summary.title, dirty]);

  const update = (patch: Omit<CaseUpdate, 'id' | 'expectedRevision'>): Promise<boolean> => {
    const run = queue.current.then(async () => {
      setSave({ kind: 'saving' });
      try {
        const current = latest.current;
        const updated = await dossier.cases.update({ id: current.id, ...patch, expectedRevision: current.revision });
        latest.current = updated;
        onChange(updated);
        setSave({ kind: 'saved', at: new Date() });
        return true;
      } catch (err) {
        setSave(errorCode(err) === 'CONFLICT' ? { kind: 'conflict' } : { kind: 'error', text: errorText(t, err) });
        return false;
      }
    });
    queue.current = run;
    return run;
  };

  const saveTitle = async () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const typed = titleRef.current;
    if (typed === latest.current.title) {
      setDirty(false);
      return;
    }
    // Still dirty if the user typed on while this save was under way.
    if ((await update({ title: typed })) && titleRef.current === typed) setDirty(false);
  };

  const changeTitle = (value: string) => {
    setTitle(value);
    setDirty(true);
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void saveTitle(), TITLE_AUTOSAVE_MS);
  };

  const onTitleKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void saveTitle();
    } else if (event.key === 'Escape' && dirty) {
      event.preventDefault();
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
      setTitle(summary.title);
      setDirty(false);
    }
  };

  const reload = () => {
    setSave({ kind: 'idle' });
    onReload();
  };

  return (
    <header className="workspace-header">
      <button type="button" className="button-back" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {t('workspace.back')}
      </button>
      <h1 id={headingId} ref={headingRef} tabIndex={-1} className="case-ref">
        <span className="case-ref-caption">{t('workspace.case')}</span> {summary.ref}
      </h1>
      <div className="field field-grow field-inline">
        <label htmlFor={titleId}>{t('workspace.caseTitle')}</label>
        <input
          id={titleId}
          value={title}
          maxLength={500}
          onChange={(e) => changeTitle(e.target.value)}
          onBlur={() => dirty && void saveTitle()}
          onKeyDown={onTitleKey}
          autoComplete="off"
        />
      </div>
      <div className="field field-inline">
        <label htmlFor={statusId}>{t('workspace.status')}</label>
        <select id={statusId} value={summary.status} onChange={(e) => {
            const status = CASE_STATUSES.find((s) => s === e.target.value);
            if (status) void update({ status });
          }}>
          {CASE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`caseStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="save-state" role="status">
        {save.kind === 'saving' && t('save.saving')}
        {save.kind === 'saved' && t('save.savedAt', { time: formatTime(save.at, i18n.language) })}
      </div>
      {save.kind === 'conflict' && (
        <p className="message message-error header-message" role="alert">
          {t('workspace.conflict')}{' '}
          <button type="button" className="button-link" onClick={reload}>
            {t('workspace.reload')}
          </button>
        </p>
      )}
      {save.kind === 'error' && (
        <p className="message message-error header-message" role="alert">
          {save.text}
        </p>
      )}
    </header>
  );
}
