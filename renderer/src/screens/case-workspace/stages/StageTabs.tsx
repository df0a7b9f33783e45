import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookStage } from '../../../../../shared/codebook/codebook-schema';
import type { Coding } from '../../../../../shared/domain/coding';
import type { PersonSummary } from '../../../../../shared/domain/person';
import { buildStageView } from './stage-view';

interface StageTabsProps {
  idPrefix: string;
  stages: readonly CodebookStage[];
  selected: number;
  onSelect: (index: number) => void;
  codings: readonly Coding[];
  persons: readonly PersonSummary[];
}

export function stageTabId(prefix: string, index: number): string {
  return `${prefix}-tab-${index}`;
}

export function stagePanelId(prefix: string): string {
  return `${prefix}-panel`;
}

/** One tab per codebook stage: a single Tab stop, arrows move and select (roving tabindex). */
export function StageTabs({ idPrefix, stages, selected, onSelect, codings, persons }: StageTabsProps) {
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
        const view = buildStageView(stage, codings, persons);
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
            <span className="stage-tab-label">{stage.label}</span>
            <span className="stage-tab-progress">
              <span className="visually-hidden">{t('stage.progress', { coded: view.coded, total: view.total })}</span>
              <span aria-hidden="true">
                {view.coded}/{view.total}
              </span>
            </span>
          </button>
        );
      })}
    </div>
  );
}
