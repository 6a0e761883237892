// SPDX-License-Identifier: EUPL-1.2
import { graphql } from '../../graphql';

export const MyDataExportQuery = graphql(`
  query MyDataExport {
    myDataExport {
      id
      status
      requestedAt
      readyAt
      expiresAt
      downloadPath
    }
  }
`);

export const ExportMyDataMutation = graphql(`
  mutation ExportMyData {
    exportMyData {
      id
      status
      requestedAt
      readyAt
      expiresAt
      downloadPath
    }
  }
`);

export const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {
    deleteMyAccount(input: $input)
  }
`);
