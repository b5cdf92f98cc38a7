// The Unduh XLSX / Unduh PDF pair shared by the monthly report and the Dinsos recap.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type ReportDownloadFormat = 'xlsx' | 'pdf';

interface Props {
  busy: ReportDownloadFormat | null;
  onDownload(format: ReportDownloadFormat): void;
}

export function DownloadButtons({ busy, onDownload }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {(['xlsx', 'pdf'] as const).map((format) => (
        <Button
          key={format}
          variant="light"
          loading={busy === format}
          onClick={() => onDownload(format)}
          data-testid={`download-${format}`}
        >
          {t(`laporan.download.${format}`)}
        </Button>
      ))}
    </>
  );
}
