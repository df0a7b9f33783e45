import { useId } from 'react';
import { useFocusLater } from '../../../hooks/use-focus-later';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../../../shared/domain/person';
import { removeById, replaceById, type ListChange } from '../list-change';
import { AddPersonForm } from './AddPersonForm';
import { PersonItem } from './PersonItem';

interface PersonsPanelProps {
  caseId: string;
  persons: readonly PersonSummary[];
  onPersonsChange: ListChange<PersonSummary>;
  /** Deleting a person deletes what was coded for them too. */
  onPersonRemoved: (id: string) => void;
}

/** The case's persons by code and role; an identity is shown only on an explicit request. */
export function PersonsPanel({ caseId, persons, onPersonsChange, onPersonRemoved }: PersonsPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [headingRef, focusHeading] = useFocusLater<HTMLHeadingElement>();
  return (
    <section className="side-panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('persons.title')} <span className="muted">({persons.length})</span>
      </h2>
      <p className="side-note">{t('persons.privacyNote')}</p>
      {persons.length === 0 ? (
        <p className="muted">{t('persons.none')}</p>
      ) : (
        <ul className="item-list">
          {persons.map((person) => (
            <PersonItem
              key={person.id}
              person={person}
              onChanged={(next) => onPersonsChange((list) => replaceById(list, next))}
              onDeleted={() => {
                onPersonsChange((list) => removeById(list, person.id));
                onPersonRemoved(person.id);
                focusHeading();
              }}
            />
          ))}
        </ul>
      )}
      <AddPersonForm caseId={caseId} onAdded={(added) => onPersonsChange((list) => replaceById(list, added))} />
    </section>
  );
}
