// A PersonSummary from a full PersonDetail, so a person just created or loaded can continue the intake.
import type { PersonDetail, PersonSummary } from '../../../../shared/types/register.ts';
import { isFinalStatus } from '../../../../shared/reference/case-status.ts';

export function summaryOf(p: PersonDetail): PersonSummary {
  return {
    id: p.id,
    nik: p.nik,
    name: p.name,
    sex: p.sex,
    birthDate: p.birthDate,
    desaCode: p.desaCode,
    householdId: p.householdId,
    noKk: p.household?.noKk ?? null,
    dtsenStatus: p.dtsenStatus,
    openCases: p.cases.filter((c) => !isFinalStatus(c.status)).length,
    overdue: p.cases.some((c) => c.overdue),
  };
}
