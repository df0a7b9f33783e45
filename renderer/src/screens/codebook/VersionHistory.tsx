import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookVersionInfo } from '../../../../shared/codebook/codebook-changes';
import { formatDateTime } from '../../format/format-date';
import { formatNumber } from '../../format/format-number';

interface VersionHistoryProps {
  versions: readonly CodebookVersionInfo[];
  current: number;
}

/** Every version the vault holds, oldest first, with how many cases are coded under each. */
export function VersionHistory({ versions, current }: VersionHistoryProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const lng = i18n.language;
  return (
    <section className="cb-versions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('codebookAdmin.versions.title')}</h2>
      <table className="cb-version-table">
        <thead>
          <tr>
            <th scope="col">{t('codebookAdmin.versions.version')}</th>
            <th scope="col">{t('codebookAdmin.versions.created')}</th>
            <th scope="col">{t('codebookAdmin.versions.cases')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.uuid} aria-current={v.version === current ? 'true' : undefined}>
              <td>
                {formatNumber(v.version, lng)}
                {v.version === current && <span className="badge cb-badge-since">{t('codebookAdmin.versions.current')}</span>}
              </td>
              <td>{formatDateTime(v.createdAt, lng)}</td>
              <td>{formatNumber(v.cases, lng)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
