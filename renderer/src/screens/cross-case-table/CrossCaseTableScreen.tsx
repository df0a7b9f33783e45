interface CrossCaseTableScreenProps {
  onOpenCase: (caseId: string, stageId: string | null) => void;
}

export function CrossCaseTableScreen(_props: CrossCaseTableScreenProps) {
  return <main />;
}
