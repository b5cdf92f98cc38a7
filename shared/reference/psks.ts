// The 12 PSKS (Potensi dan Sumber Kesejahteraan Sosial) of Permensos 8/2012, mapped by the TKSK.
import { defineList, type ReferenceItem } from './list.ts';

export const PSKS = defineList<ReferenceItem>('psks', 1, 'Permensos 8/2012', [
  { code: 'PSKS-01', label: 'Pekerja Sosial Profesional' },
  { code: 'PSKS-02', label: 'Pekerja Sosial Masyarakat (PSM)' },
  { code: 'PSKS-03', label: 'Taruna Siaga Bencana (Tagana)' },
  { code: 'PSKS-04', label: 'Lembaga Kesejahteraan Sosial (LKS)' },
  { code: 'PSKS-05', label: 'Karang Taruna' },
  { code: 'PSKS-06', label: 'Lembaga Konsultasi Kesejahteraan Keluarga (LK3)' },
  { code: 'PSKS-07', label: 'Keluarga Pioner' },
  { code: 'PSKS-08', label: 'Wahana Kesejahteraan Sosial Berbasis Masyarakat (WKSBM)' },
  { code: 'PSKS-09', label: 'Wanita Pemimpin Kesejahteraan Sosial' },
  { code: 'PSKS-10', label: 'Penyuluh Sosial' },
  { code: 'PSKS-11', label: 'Tenaga Kesejahteraan Sosial Kecamatan (TKSK)' },
  { code: 'PSKS-12', label: 'Dunia Usaha' },
]);
