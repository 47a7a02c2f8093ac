// The Azure Bot registration: Teams sends activities to the web app's /api/messages, and the bot
// proves who it is with the user-assigned managed identity (msaAppType UserAssignedMSI).

@description('Name of the Azure Bot resource (unique across Azure).')
@minLength(2)
@maxLength(64)
param name string

@description('Name shown for the bot in the Azure portal.')
param displayName string

@description('Pricing tier: F0 is free for the Teams channel, which is a standard channel.')
@allowed([
  'F0'
  'S1'
])
param skuName string

@description('Host name of the web app, without scheme or path.')
param webAppHostName string

@description('Client id of the managed identity: the bot\'s app id.')
param identityClientId string

@description('Resource id of the managed identity.')
param identityId string

@description('Microsoft Entra tenant of the identity.')
param tenantId string

@description('Tags applied to every resource.')
param tags { *: string }

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global' // Azure Bot is a global resource
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${webAppHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

output name string = bot.name
output messagingEndpoint string = bot.properties.endpoint
output teamsChannelName string = teamsChannel.name
