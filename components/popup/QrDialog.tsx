import { useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { drawQr, qrFileName, qrPng, qrSvg } from '@/utils/popup/qr';

interface QrDialogProps {
  name: string;
  /** A vetted https tracked link: the only kind that gets a code. */
  link: string;
  onClose: () => void;
}

interface Files {
  png: string;
  svg: string;
}

const PREVIEW_SIZE = 220;

/**
 * A scannable code of one tracked link, to download as PNG (print) or SVG (design tools).
 * Both files are made when the dialog opens, so the downloads are plain links: the click
 * itself starts the download, which browsers allow for every click, not just the first.
 */
export function QrDialog({ name, link, onClose }: QrDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const titleId = useId();
  const [error, setError] = useState<string | null>(null);
  const [files, setFiles] = useState<Files | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // (Unmounting removes the dialog from the page, which takes it out of the top layer too.)
  }, []);

  useEffect(() => {
    let live = true;
    let made: Files | null = null;
    Promise.all([drawQr(canvas.current!, link, PREVIEW_SIZE), qrPng(link), qrSvg(link)])
      .then(([, png, svg]) => {
        made = { png: URL.createObjectURL(png), svg: URL.createObjectURL(svg) };
        if (live) setFiles(made);
        else revoke(made);
      })
      .catch(() => live && setError(i18n.t('popup_qr_failed')));
    return () => {
      live = false;
      if (made) revoke(made);
    };
  }, [link]);

  return (
    <dialog
      ref={dialog}
      className="qr-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === dialog.current) dialog.current.close();
      }}
    >
      <h2 id={titleId}>{i18n.t('popup_qr_link', { name })}</h2>
      <p className="qr-dialog__link">{link}</p>
      <canvas ref={canvas} width={PREVIEW_SIZE} height={PREVIEW_SIZE} role="img" aria-label={i18n.t('popup_qr_image', { link })} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="qr-dialog__actions">
        {files && (
          <>
            <a className="btn btn--small" href={files.png} download={qrFileName(name, 'png')}>
              {i18n.t('popup_download_png')}
            </a>
            <a className="btn btn--small" href={files.svg} download={qrFileName(name, 'svg')}>
              {i18n.t('popup_download_svg')}
            </a>
          </>
        )}
        <button type="button" className="btn btn--small btn--primary" onClick={() => dialog.current?.close()}>
          {i18n.t('popup_close')}
        </button>
      </div>
    </dialog>
  );
}

function revoke(files: Files) {
  URL.revokeObjectURL(files.png);
  URL.revokeObjectURL(files.svg);
}
