// The window grants the camera (video only) to its own page and nothing else.
import { describe, expect, it } from 'vitest';
import { allowsCamera } from '../../../electron/main/media-permission.ts';

const APP = 'file:///app/renderer/index.html';
const trusted = (url: string): boolean => url === APP;

describe('camera permission', () => {
  it('grants video capture to the app page', () => {
    expect(allowsCamera('media', APP, ['video'], trusted)).toBe(true);
  });

  it('refuses the microphone, other permissions, unknown media types and other pages', () => {
    expect(allowsCamera('media', APP, ['video', 'audio'], trusted)).toBe(false);
    expect(allowsCamera('media', APP, ['audio'], trusted)).toBe(false);
    expect(allowsCamera('media', APP, undefined, trusted)).toBe(false);
    expect(allowsCamera('geolocation', APP, ['video'], trusted)).toBe(false);
    expect(allowsCamera('media', 'https://example.org/', ['video'], trusted)).toBe(false);
  });
});
