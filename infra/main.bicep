// HcsBot in Azure: one resource group holding
//   - a user-assigned managed identity (the bot's app id; the web app's storage identity),
//   - a storage account with the Table service (Entra ID only, no shared keys),
//   - a Log Analytics workspace and workspace-based Application Insights,
//   - a Linux App Service plan and web app running .NET 10,
//   - an Azure Bot (UserAssignedMSI) with the Microsoft Teams channel.
// No secret is created, stored or passed anywhere. docs/deploy.md walks through deploying it.
// Output names follow the Agents Toolkit's convention: arm/deploy writes each one into env/.env.<env>.

targetScope = 'resourceGroup'

@description('Azure region for the regional resources (the Azure Bot itself is global).')
param location string = resourceGroup().location

@description('Prefix for resource names: letters, digits and hyphens, for example hcsbot-dev.')
@minLength(3)
@maxLength(16)
param resourceBaseName string

@description('App Service plan size. Always On needs B1 or larger.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServicePlanSku string = 'B1'

@description('Storage replication.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Azure Bot pricing tier. The Teams channel is a standard channel, free on F0.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Bot name shown in the Azure portal.')
@maxLength(42)
param botDisplayName string = 'HcsBot'

@description('Days to keep logs in Log Analytics.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Tags applied to every resource.')
param tags { *: string } = {
  application: 'HcsBot'
}

// Names that must be unique across Azure get a suffix derived from the resource group, so the same
// base name can be deployed to several subscriptions or groups without clashing.
var uniqueSuffix = uniqueString(resourceGroup().id)
var identityName = '${resourceBaseName}-id'
// Storage account names allow only lowercase letters and digits, 24 at most: 11 from the base name + 13.
var storageAccountName = '${take(toLower(replace(resourceBaseName, '-', '')), 11)}${uniqueSuffix}'
var workspaceName = '${resourceBaseName}-log'
var appInsightsName = '${resourceBaseName}-appi'
var planName = '${resourceBaseName}-plan'
var webAppName = '${resourceBaseName}-${uniqueSuffix}'
var botName = '${resourceBaseName}-bot-${uniqueSuffix}'

module identity 'modules/identity.bicep' = {
  name: 'hcsbot-identity'
  params: {
    location: location
    name: identityName
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'hcsbot-storage'
  params: {
    location: location
    name: storageAccountName
    skuName: storageSku
    dataContributorIdentityName: identityName
    tags: tags
  }
  // The module looks the identity up by name, so it must exist first.
  dependsOn: [
    identity
  ]
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'hcsbot-monitoring'
  params: {
    location: location
    workspaceName: workspaceName
    appInsightsName: appInsightsName
    retentionInDays: logRetentionInDays
    tags: tags
  }
}

module webApp 'modules/webapp.bicep' = {
  name: 'hcsbot-webapp'
  params: {
    location: location
    planName: planName
    webAppName: webAppName
    skuName: appServicePlanSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: identity.outputs.tenantId
    storageTableEndpoint: storage.outputs.tableEndpoint
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'hcsbot-bot'
  params: {
    name: botName
    displayName: botDisplayName
    skuName: botSku
    webAppHostName: webApp.outputs.defaultHostName
    identityClientId: identity.outputs.clientId
    identityId: identity.outputs.id
    tenantId: identity.outputs.tenantId
    tags: tags
  }
}

@description('Public URL of the web app.')
output WEB_APP_URL string = 'https://${webApp.outputs.defaultHostName}'

@description('The bot\'s app id: the managed identity\'s client id. The Teams manifest\'s botId.')
output BOT_ID string = identity.outputs.clientId

@description('Host name of the web app, for the Teams manifest\'s validDomains.')
output BOT_DOMAIN string = webApp.outputs.defaultHostName

@description('Base URL the Azure Bot posts to (with /api/messages appended).')
output BOT_ENDPOINT string = 'https://${webApp.outputs.defaultHostName}'

@description('Microsoft Entra tenant of the bot identity.')
output BOT_TENANT_ID string = identity.outputs.tenantId

@description('Resource id of the web app, for the Agents Toolkit\'s zip deploy.')
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.outputs.id

@description('Name of the web app, for az webapp deploy.')
output BOT_AZURE_APP_SERVICE_NAME string = webApp.outputs.name

@description('Table service endpoint of the storage account.')
output STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint

@description('Client id of the managed identity (the same value as BOT_ID).')
output IDENTITY_CLIENT_ID string = identity.outputs.clientId
