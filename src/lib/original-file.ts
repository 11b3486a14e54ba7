import { urls, originalFilePath } from './urls.ts';

export { originalFilePath };

/**
 * The original file of a document (the PDF or text the editor put in `seeds/`), published beside the
 * site at `/filer/<document-id>.<ext>`. Ingest writes it to `content/filer/`, the build copies it to `dist/filer/`.
 */
export const ORIGINALS_DIR = 'filer';

/**
 * Site URL of the original, opening a PDF at a page where one is given (`#page=14`, which browsers' PDF viewers follow).
 * @example originalFileUrl('plan-x', 'pdf', 14) // '/filer/plan-x.pdf#page=14'
 */
export function originalFileUrl(documentId: string, ext: string, page?: number): string {
  const url = urls.originalFile(documentId, ext);
  return ext === 'pdf' && page ? `${url}#page=${page}` : url;
}

/** A file size as the site shows it: `312 kB`, `4,1 MB`. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
