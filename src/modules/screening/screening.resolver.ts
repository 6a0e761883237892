// SPDX-License-Identifier: EUPL-1.2
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Members } from 'src/graph/auth/access.decorators';
import {
  ScreeningFindingType,
  ScreenTextArgs,
} from 'src/modules/screening/dto/screening-finding.type';
import { ScreeningService } from 'src/modules/screening/screening.service';

@Resolver()
export class ScreeningResolver {
  constructor(private readonly screening: ScreeningService) {}

  @Query(() => [ScreeningFindingType], {
    description:
      'Screens a draft for personal data and organisation names while the author types. The text is neither stored nor logged.',
  })
  @Members()
  screenText(@Args() { text }: ScreenTextArgs): ScreeningFindingType[] {
    return this.screening.screen(text).map((finding) => ({ ...finding, field: null }));
  }
}
