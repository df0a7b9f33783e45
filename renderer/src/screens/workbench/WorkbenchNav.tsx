// The four places of the workbench: the case list, the review overview, the cross-case table
// and the codebook. Alt+1…4 jump between them from anywhere (KeyboardEvent.code, so the
// shortcut works on Cyrillic layouts too).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export const SECTIONS = ['list', 'overview', 'table', 'codebook'] as const;
export type Section = (typeof SECTIONS)[number];

interface WorkbenchNavProps {
  current: Section;
  onSelect: (section: Section) => void;
}

export function WorkbenchNav({ current, onSelect }: WorkbenchNavProps) {
  const { t } = useTranslation();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const index = ['Digit1', 'Digit2', 'Digit3', 'Digit4'].indexOf(event.code);
      const section = SECTIONS[index];
      if (section) {
        event.preventDefault();
        onSelect(section);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onSelect]);

  return (
    <nav className="workbench-nav" aria-label={t('nav.label')}>
      {SECTIONS.map((section, i) => (
        <button
          key={section}
          type="button"
          className="workbench-nav-item"
          aria-current={current === section ? 'page' : undefined}
          aria-keyshortcuts={`Alt+${i + 1}`}
          onClick={() => onSelect(section)}
        >
          {t(`nav.${section}`)}
        </button>
      ))}
    </nav>
  );
}
