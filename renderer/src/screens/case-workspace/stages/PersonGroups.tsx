import { useTranslation } from 'react-i18next';
import type { PersonRole } from '../../../../../shared/domain/person';
import { FieldValueList } from './FieldValueList';
import type { PersonGroup } from './stage-view';

interface PersonGroupsProps {
  title: string;
  emptyText: string;
  groups: readonly PersonGroup[];
  role: PersonRole;
}

/** Victim or defendant fields, once per person, headed by the pseudonymous code only. */
export function PersonGroups({ title, emptyText, groups, role }: PersonGroupsProps) {
  const { t } = useTranslation();
  return (
    <section className="stage-section">
      <h3>{title}</h3>
      {groups.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        groups.map((group) => (
          <section key={group.person.id} className="person-group">
            <h4>
              {group.person.code} <span className="muted">({t(`role.${role}`)})</span>
            </h4>
            <FieldValueList entries={group.entries} />
          </section>
        ))
      )}
    </section>
  );
}
