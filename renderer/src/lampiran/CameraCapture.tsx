// Takes a photo of a document or a house with the PC's webcam or document camera (getUserMedia), in the desktop app and the web host alike.
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cameraErrorKey, frameToJpeg } from './camera-frame.ts';

interface Props {
  onCapture(file: File): void;
  onClose(): void;
}

/** The largest frame the camera offers up to Full HD: the intake downscales to 1600 px anyway. */
const CONSTRAINTS: MediaStreamConstraints = {
  video: { width: { ideal: 1920 }, height: { ideal: 1080 }, facingMode: 'environment' },
  audio: false,
};

export function CameraCapture({ onCapture, onClose }: Props) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement | null>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live: MediaStream | null = null;
    let cancelled = false;
    if (!navigator.mediaDevices?.getUserMedia) {
      setError(t('lampiran.camera.unavailable'));
      return;
    }
    navigator.mediaDevices.getUserMedia(CONSTRAINTS).then(
      (s) => {
        if (cancelled) return s.getTracks().forEach((tr) => tr.stop());
        live = s;
        setStream(s);
      },
      (err: unknown) => setError(t(cameraErrorKey(err))),
    );
    return () => {
      cancelled = true;
      live?.getTracks().forEach((tr) => tr.stop());
    };
  }, [t]);

  useEffect(() => {
    if (video.current && stream) video.current.srcObject = stream;
  }, [stream]);

  const take = async (): Promise<void> => {
    const v = video.current;
    if (!v) return;
    const file = await frameToJpeg(v);
    if (file) onCapture(file);
    else setError(t('lampiran.camera.noFrame'));
  };

  return (
    <Modal opened onClose={onClose} title={t('lampiran.camera.title')} size="lg">
      <Stack>
        {error && (
          <Alert color="red" data-testid="camera-error">
            {error}
          </Alert>
        )}
        {!error && (
          <video
            ref={video}
            autoPlay
            playsInline
            muted
            style={{ width: '100%', background: '#000' }}
            data-testid="camera-video"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void take()} disabled={!stream || !!error} data-testid="camera-take">
            {t('lampiran.camera.take')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
