// The action a referral letter asks of its destination, derived from the destination (referrals store no such field).
import { DESTINATIONS, findItem } from '../../../shared/reference/index.ts';

/*
 * The referrals table records destination and reason only, so the letter states the service it asks
 * for from the destination's code: agencies by their remit, programs by eligibility and enrolment.
 * A future free-text field on the referral would take precedence over this text.
 */
const BY_DESTINATION: Record<string, string> = {
  DISDUKCAPIL:
    'Penerbitan atau perbaikan dokumen kependudukan (KK, KTP-el, akta) dan perekaman/perbaikan NIK, agar warga dapat didaftarkan dan diusulkan ke DTSEN.',
  PUSKESMAS: 'Pemeriksaan dan pelayanan kesehatan sesuai kebutuhan warga.',
  RSUD: 'Pemeriksaan, perawatan dan pelayanan kesehatan lanjutan sesuai kebutuhan warga.',
  DINKES: 'Fasilitasi pembiayaan dan akses layanan kesehatan bagi warga.',
  BPJS_KESEHATAN: 'Aktivasi atau reaktivasi kepesertaan PBI Jaminan Kesehatan warga.',
  DINAS_PENDIDIKAN: 'Fasilitasi akses pendidikan dan bantuan pendidikan bagi warga.',
  SEKOLAH_MADRASAH: 'Penerimaan, pendampingan atau fasilitasi bantuan pendidikan bagi warga.',
  DINAS_PERKIM: 'Verifikasi kondisi rumah dan pertimbangan bantuan rehabilitasi rumah tidak layak huni.',
  DISNAKER: 'Fasilitasi pelatihan kerja, penempatan kerja atau penanganan masalah ketenagakerjaan warga.',
  UPTD_PPA: 'Penanganan, pendampingan dan perlindungan bagi warga sebagai korban atau pihak rentan.',
  BALAI_REHSOS: 'Asesmen dan layanan rehabilitasi sosial bagi warga.',
  LKS: 'Pengasuhan, pendampingan atau layanan kesejahteraan sosial bagi warga.',
  PEMDES: 'Fasilitasi surat keterangan, musyawarah desa dan bantuan pemerintah desa bagi warga.',
  POLISI: 'Penanganan dan perlindungan hukum sesuai kewenangan.',
  DINSOS_KABKOTA:
    'Penanganan lanjutan dan penetapan layanan kesejahteraan sosial sesuai kewenangan Dinas Sosial.',
};

const GENERIC = 'Penanganan lebih lanjut sesuai tugas dan kewenangan instansi yang Bapak/Ibu pimpin.';

export function requestedActionFor(destination: string): string {
  const own = BY_DESTINATION[destination];
  if (own) return own;
  const dest = findItem(DESTINATIONS, destination);
  if (dest?.kind === 'program') {
    return `Verifikasi kelayakan dan pertimbangan kepesertaan warga dalam ${dest.label} sesuai ketentuan program.`;
  }
  return GENERIC;
}
