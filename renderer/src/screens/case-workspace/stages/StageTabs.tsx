import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookStage } from '../../../../../shared/codebook/codebook-schema';
import type { StageProgress } from '../../../../../shared/codebook/evaluate-case';
import type { CodebookText } from '../../../codebook/codebook-text';

interface StageTabsProps {
  idPrefix: string;
  stages: readonly CodebookStage[];
  selected: number;
  onSelect: (index: number) => void;
  progress: readonly StageProgress[];
  text: CodebookText;
}

export function stageTabId(prefix: string, index: number): string {
  return `${prefix}-tab-${index}`;
}

export function stagePanelId(prefix: string): string {
  return `${prefix}-panel`;
}

/** One tab per codebook stage: a single Tab stop, arrows move and select (roving tabindex). */
export function StageTabs({ idPrefix, stages, selected, onSelect, progress, text }: StageTabsProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLDivElement>(null);

  const select = (index: number) => {
    const count = stages.length;
    const next = (index + count) % count;
    onSelect(next);
    listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(stageTabId(idPrefix, next))}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: selected + 1,
      ArrowRight: selected + 1,
      ArrowUp: selected - 1,
      ArrowLeft: selected - 1,
      Home: 0,
      End: stages.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  };

  return (
    <div ref={listRef} role="tablist" aria-orientation="vertical" aria-label={t('stage.tablist')} className="stage-tabs" onKeyDown={onKeyDown}>
      {stages.map((stage, i) => {
        const p = progress.find((x) => x.stageId === stage.id) ?? { answered: 0, applicable: 0, problems: 0 };
        const isSelected = i === selected;
        return (
          <button
            key={stage.id}
            type="button"
            role="tab"
            id={stageTabId(idPrefix, i)}
            aria-selected={isSelected}
            aria-controls={isSelected ? stagePanelId(idPrefix) : undefined}
            tabIndex={isSelected ? 0 : -1}
            className="stage-tab"
            onClick={() => select(i)}
          >
            <span className="stage-tab-label" lang={text.lang}>
              {text.stageLabel(stage)}
            </span>
            <span className={p.problems > 0 ? 'stage-tab-progress stage-tab-problems' : 'stage-tab-progress'}>
              <span className="visually-hidden">
                {t('stage.progress', { coded: p.answered, total: p.applicable })}
                {p.problems > 0 && ` ${t('coding.stageProblems', { count: p.problems })}`}
              </span>
              <span aria-hidden="true">
                {p.answered}/{p.applicable}
                {p.problems > 0 && ' !'}
              </span>
            </span>
          </button>
        );
      })}
    </div>
  );
}
