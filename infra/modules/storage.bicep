// Table storage for HcsBot's data, reachable only with Microsoft Entra ID: shared keys are
// disabled, so there is no connection string or account key to leak.

@description('Azure region for the storage account.')
param location string

@description('Storage account name: 3 to 24 lowercase letters and digits, unique across Azure.')
@minLength(3)
@maxLength(24)
param name string

@description('Replication for the account. Zone-redundant keeps learner history through a zone outage.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string

@description('Name of the user-assigned managed identity (in this resource group) that reads and writes the tables.')
param dataContributorIdentityName string

@description('Tags applied to every resource.')
param tags { *: string }

// Built-in role "Storage Table Data Contributor": read, write and delete tables and entities.
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource dataContributor 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: dataContributorIdentityName
}

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-06-01' = {
  parent: storage
  name: 'default'
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  // Deterministic name, known before deployment starts: redeploying finds the same assignment
  // instead of failing on a duplicate.
  name: guid(storage.id, dataContributor.id, storageTableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: dataContributor.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

output name string = storage.name
output tableEndpoint string = storage.properties.primaryEndpoints.table
output tableServiceName string = tableService.name
