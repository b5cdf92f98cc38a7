// Every workflow step has an action name, and only going back or ending early is not the primary button.
import { describe, expect, it } from 'vitest';
import { CASE_TRANSITIONS } from '../../../../shared/reference/case-status.ts';
import { actionOf, emphasisOf } from '../../../../renderer/src/layanan/detail/workflow-words.ts';
import { idFrontDesk } from '../../../../renderer/src/i18n/id-front-desk.ts';

describe('workflow words', () => {
  it('names each transition as an action the UI has words for', () => {
    for (const tr of CASE_TRANSITIONS) {
      expect(idFrontDesk.frontDesk.actions[actionOf(tr.from, tr.to)], `${tr.from}→${tr.to}`).toBeTruthy();
    }
    expect(actionOf('ASESMEN', 'REKOMENDASI')).toBe('submitRecommendation');
    expect(actionOf('REKOMENDASI', 'DITETAPKAN')).toBe('decide');
    expect(actionOf('REKOMENDASI', 'ASESMEN')).toBe('backToAssessment');
    expect(actionOf('VERIFIKASI', 'ASESMEN')).toBe('startAssessment');
  });

  it('makes the step forward primary, going back plain and ending early red', () => {
    expect(emphasisOf('REKOMENDASI', 'DITETAPKAN')).toBe('forward');
    expect(emphasisOf('REKOMENDASI', 'ASESMEN')).toBe('back');
    expect(emphasisOf('REKOMENDASI', 'TIDAK_LAYAK')).toBe('exit');
    expect(emphasisOf('DITERIMA', 'DIBATALKAN')).toBe('exit');
  });
});
