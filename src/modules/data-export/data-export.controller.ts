// SPDX-License-Identifier: EUPL-1.2
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { secondFactorBlock } from 'src/graph/auth/mfa-rules';
import { ViewerSource } from 'src/graph/auth/viewer-source';
import { ErrorCode } from 'src/graph/errors/error-code';
import { isUuid } from 'src/common/uuid';
import {
  DataExportService,
  DownloadRefusal,
  DownloadRefused,
} from 'src/modules/data-export/data-export.service';

const REFUSAL_STATUS: Record<DownloadRefusal, { status: number; code: ErrorCode }> = {
  [DownloadRefusal.BAD_SIGNATURE]: { status: 403, code: ErrorCode.FORBIDDEN },
  [DownloadRefusal.NOT_YOURS]: { status: 404, code: ErrorCode.NOT_FOUND },
  [DownloadRefusal.GONE]: { status: 410, code: ErrorCode.INVALID_STATE },
};

/**
 * The download of a data export: `GET /exports/<id>?expires=…&sig=…` with the member's own
 * access token (`Authorization: Bearer`). The link alone is not enough, so a link that leaks
 * (a proxy log, a shared screen) is useless to anyone else; the web client fetches it with
 * the token and saves the answer as a file. Outside the GraphQL guard, so it checks sign-in
 * and the second-factor rule itself.
 */
@Controller('exports')
export class DataExportController {
  constructor(
    private readonly viewers: ViewerSource,
    private readonly exports: DataExportService,
  ) {}

  @Get(':id')
  async download(
    @Param('id') id: string,
    @Query('expires') expires: unknown,
    @Query('sig') sig: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const token = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const viewer = token ? await this.viewers.viewerFromToken(token) : null;
    if (!viewer) return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in to continue');
    if (secondFactorBlock(viewer.mfa, { exempt: false, stepUp: false }) === 'MFA_REQUIRED') {
      return sendError(res, 403, ErrorCode.MFA_REQUIRED, 'Set up a second factor first');
    }
    if (!isUuid(id)) return sendError(res, 404, ErrorCode.NOT_FOUND, 'Data export not found');
    try {
      const archive = await this.exports.download(
        viewer,
        id,
        typeof expires === 'string' ? expires : undefined,
        typeof sig === 'string' ? sig : undefined,
      );
      const day = new Date().toISOString().slice(0, 10);
      res
        .status(200)
        .setHeader('Content-Type', 'application/zip')
        .setHeader('Content-Disposition', `attachment; filename="samrad-export-${day}.zip"`)
        .setHeader('Content-Length', String(archive.byteLength))
        .end(archive);
    } catch (error) {
      if (!(error instanceof DownloadRefused)) throw error;
      const { status, code } = REFUSAL_STATUS[error.refusal];
      sendError(res, status, code, MESSAGES[error.refusal]);
    }
  }
}

const MESSAGES: Record<DownloadRefusal, string> = {
  [DownloadRefusal.BAD_SIGNATURE]: 'This download link is not valid',
  [DownloadRefusal.NOT_YOURS]: 'Data export not found',
  [DownloadRefusal.GONE]: 'This export was already downloaded or has expired; request a new one',
};

function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
