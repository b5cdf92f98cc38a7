// Why a camera could not be opened, told in the clerk's words: permission, no device, busy, anything else.
import { describe, expect, it } from 'vitest';
import { cameraErrorKey } from '../../../renderer/src/lampiran/camera-frame.ts';
import { id } from '../../../renderer/src/i18n/id.ts';

const named = (name: string): DOMException => new DOMException('x', name);

describe('camera errors', () => {
  it('maps each getUserMedia failure to its own message', () => {
    expect(cameraErrorKey(named('NotAllowedError'))).toBe('lampiran.camera.denied');
    expect(cameraErrorKey(named('NotFoundError'))).toBe('lampiran.camera.none');
    expect(cameraErrorKey(named('NotReadableError'))).toBe('lampiran.camera.busy');
    expect(cameraErrorKey(new Error('boom'))).toBe('lampiran.camera.failed');
    expect(cameraErrorKey('not an error')).toBe('lampiran.camera.failed');
  });

  it('every message exists in Indonesian', () => {
    const camera: Record<string, string> = id.lampiran.camera;
    for (const key of ['denied', 'none', 'busy', 'failed', 'unavailable', 'noFrame']) {
      expect(camera[key]).toMatch(/\w/);
    }
  });
});
