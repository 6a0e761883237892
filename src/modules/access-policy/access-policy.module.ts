import { Global, Module } from '@nestjs/common';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';

/** Global: every read path of every content type asks the same policy. */
@Global()
@Module({ providers: [AccessPolicy], exports: [AccessPolicy] })
export class AccessPolicyModule {}
