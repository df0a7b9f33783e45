interface ReviewOverviewScreenProps {
  /** Opens the case at that stage (a click on a heat-map cell). */
  onOpenCase: (caseId: string, stageId: string | null) => void;
}

export function ReviewOverviewScreen(_props: ReviewOverviewScreenProps) {
  return <main />;
}
