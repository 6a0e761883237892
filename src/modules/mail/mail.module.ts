// SPDX-License-Identifier: EUPL-1.2
import { Global, Module } from '@nestjs/common';
import { MailTransport } from 'src/modules/mail/mail-transport';

@Global()
@Module({ providers: [MailTransport], exports: [MailTransport] })
export class MailModule {}
