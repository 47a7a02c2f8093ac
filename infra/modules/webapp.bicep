// The Linux App Service that hosts HcsBot (.NET 10): POST /api/messages for Teams, GET /health.

@description('Azure region for the plan and the web app.')
param location string

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app; it becomes <name>.azurewebsites.net, so it must be unique across Azure.')
param webAppName string

@description('App Service plan size. Always On needs Basic (B1) or larger.')
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
param skuName string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of that identity: the bot\'s app id and the identity used for storage.')
param identityClientId string

@description('Microsoft Entra tenant of the identity.')
param tenantId string

@description('Table service endpoint of the storage account, for example https://<account>.table.core.windows.net/.')
param storageTableEndpoint string

@description('Application Insights connection string (an address for telemetry, not a credential).')
param appInsightsConnectionString string

@description('Tags applied to every resource.')
param tags { *: string }

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true // required for a Linux plan
  }
}

resource webApp 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      // Named explicitly so App Service never has to guess which assembly in the publish output is the app.
      appCommandLine: 'dotnet HcsBot.Web.dll'
      alwaysOn: true // proactive nudges and digests run in the app: it must not sleep
      healthCheckPath: '/health'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        {
          name: 'ASPNETCORE_ENVIRONMENT'
          value: 'Production'
        }
        {
          // The bot authenticates to the Bot Connector as the managed identity: no app password exists.
          name: 'MicrosoftAppType'
          value: 'UserAssignedMSI'
        }
        {
          name: 'MicrosoftAppId'
          value: identityClientId
        }
        {
          name: 'MicrosoftAppTenantId'
          value: tenantId
        }
        {
          name: 'Storage__TableEndpoint'
          value: storageTableEndpoint
        }
        {
          name: 'Storage__ManagedIdentityClientId'
          value: identityClientId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsightsConnectionString
        }
        {
          // We deploy the output of dotnet publish; building again on the server would only slow deploys.
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false'
        }
      ]
    }
  }
}

output name string = webApp.name
output id string = webApp.id
output defaultHostName string = webApp.properties.defaultHostName
