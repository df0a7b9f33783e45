import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/domain/person';

/** A revealed identity, as plain text. */
export function PersonIdentityView({ id, person }: { id: string; person: Person }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('identity.fullName'), person.fullName ?? ''],
    [t('identity.aliases'), person.aliases.join('; ')],
    [t('identity.dateOfBirth'), person.dateOfBirth ?? ''],
    [t('identity.sex'), person.sex ? t(`sex.${person.sex}`) : ''],
    [t('identity.citizenship'), person.citizenship ?? ''],
    [t('identity.idNumbers'), person.idNumbers.join('; ')],
    [t('identity.addresses'), person.addresses.join('; ')],
    [t('identity.phones'), person.phones.join('; ')],
    [t('identity.emails'), person.emails.join('; ')],
    [t('identity.otherIdentifiers'), person.otherIdentifiers.join('; ')],
  ];
  const recorded = rows.filter(([, value]) => value !== '');
  return (
    <div id={id} className="identity">
      {recorded.length === 0 ? (
        <p className="muted">{t('identity.nothingRecorded')}</p>
      ) : (
        <dl className="identity-list">
          {recorded.map(([label, value]) => (
            <div key={label} className="identity-row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
