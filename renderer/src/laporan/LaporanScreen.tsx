// Laporan: pick a month (default the previous one); a kecamatan/desa office sees its monthly report, Dinsos the recap of every kecamatan.
import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context.tsx';
import { formatMonth } from '../format-month.ts';
import { zoneOfRegion } from '../format.ts';
import { hrefTo, replaceHref, type Route } from '../nav/route.ts';
import { localDay } from '../../../shared/time/office-zone.ts';
import { isMonth, previousMonth, recentMonths } from './months.ts';
import { MonthlyReport } from './MonthlyReport.tsx';
import { RecapView } from './RecapView.tsx';

export function LaporanScreen({ route }: { route: Route }) {
  const { t } = useTranslation();
  const office = useApp().status.office;
  const zone = zoneOfRegion(office?.regionCode);
  const today = localDay(Date.now(), zone.iana);
  const fromAddress = route.query.get('month');
  const [month, setMonth] = useState(isMonth(fromAddress) ? fromAddress : previousMonth(today));
  const months = useMemo(() => recentMonths(today, 24, month), [today, month]);
  useEffect(() => replaceHref(hrefTo('laporan', [], { month })), [month]);
  const dinsos = office?.type === 'dinsos';

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={1} size="h2">{t('nav.laporan')}</Title>
          <Text size="sm" c="dimmed">
            {dinsos ? t('laporan.explainDinsos') : t('laporan.explain')}
          </Text>
        </Stack>
        <Select
          label={t('laporan.month')}
          data={months.map((m) => ({ value: m, label: formatMonth(m) }))}
          value={month}
          onChange={(v) => isMonth(v) && setMonth(v)}
          allowDeselect={false}
          searchable
          w={220}
          data-testid="report-month"
        />
      </Group>
      {dinsos ? <RecapView key={month} month={month} /> : <MonthlyReport key={month} month={month} />}
    </Stack>
  );
}
