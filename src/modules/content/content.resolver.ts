// SPDX-License-Identifier: EUPL-1.2
import { Query, Resolver } from '@nestjs/graphql';
import { Public } from 'src/graph/auth/access.decorators';
import { OptionalViewer } from 'src/graph/auth/current-viewer.decorator';
import type { Viewer } from 'src/graph/auth/viewer';
import { INTAKE_NOTICE } from 'src/modules/content/intake-notice';

@Resolver()
export class ContentResolver {
  @Query(() => [String], {
    description:
      'What a writer must not post (third-party personal data, classified material, suspected espionage), in the viewer’s language; show it above every editor.',
  })
  @Public()
  intakeNotice(@OptionalViewer() viewer: Viewer | null): readonly string[] {
    return INTAKE_NOTICE[viewer?.locale ?? 'SV'];
  }
}
