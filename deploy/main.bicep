// OfficeReview on Azure (docs/deploy-azure.md): the Functions app (isolated worker, .NET 10, Linux), its storage
// account, Azure Database for PostgreSQL (campaign rows and files), and a Static Web App (Standard) that serves the
// task pane and the manifest and forwards /api/* to the Functions app (linked backend: one origin for the pane and
// the API). Not deployed from the development machine (no Azure access there): validate with
// `az deployment group what-if` before the first `az deployment group create`.
//
//   az deployment group create -g <rg> -f deploy/main.bicep -p name=<prefix> postgresAdminPassword=<secret>

@description('Prefix of every resource name (lower case letters and digits, 3-16).')
@minLength(3)
@maxLength(16)
param name string

param location string = resourceGroup().location

@description('Static Web Apps is offered in a few regions only.')
param staticSiteLocation string = 'eastasia'

@description('Functions plan: EP1 (Elastic Premium: no 230 s HTTP limit, pre-warmed instances against cold starts).')
param planSku string = 'EP1'

param postgresAdmin string = 'officereview'

@secure()
param postgresAdminPassword string

@description('Entra ID application (client) id; empty = local accounts only.')
param entraClientId string = ''

@description('Entra ID tenant id (for Auth:Entra:TenantId).')
param entraTenantId string = tenant().tenantId

var storageName = toLower('${name}st${uniqueString(resourceGroup().id)}')
var siteName = '${name}-pane'
var functionName = '${name}-api'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(storageName, 24)
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  sku: { name: planSku, tier: 'ElasticPremium' }
  kind: 'elastic'
  properties: { reserved: true } // Linux
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2023-06-01-preview' = {
  name: '${name}-pg'
  location: location
  sku: { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    version: '16'
    administratorLogin: postgresAdmin
    administratorLoginPassword: postgresAdminPassword
    storage: { storageSizeGB: 32 }
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2023-06-01-preview' = {
  parent: postgres
  name: 'officereview'
}

// Connections from Azure services (the Functions app's outbound addresses); prefer VNet integration in production.
resource postgresFromAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2023-06-01-preview' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

resource site 'Microsoft.Web/staticSites@2023-12-01' = {
  name: siteName
  location: staticSiteLocation
  sku: { name: 'Standard', tier: 'Standard' } // linked backends need Standard
  properties: {}
}

var storageConnection = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
var paneOrigin = 'https://${site.properties.defaultHostname}'

resource functionApp 'Microsoft.Web/sites@2023-12-01' = {
  name: functionName
  location: location
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNET-ISOLATED|10.0'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'dotnet-isolated' }
        { name: 'AzureWebJobsStorage', value: storageConnection }
        { name: 'WEBSITE_CONTENTAZUREFILECONNECTIONSTRING', value: storageConnection }
        { name: 'WEBSITE_CONTENTSHARE', value: toLower(functionName) }
        { name: 'Storage__Provider', value: 'postgres' }
        { name: 'ConnectionStrings__Postgres', value: 'Host=${postgres.properties.fullyQualifiedDomainName};Port=5432;Database=officereview;Username=${postgresAdmin};Password=${postgresAdminPassword};SSL Mode=Require' }
        // The pane's origin: its writes come through the Static Web App (Origin = the site).
        { name: 'Security__AllowedOrigins__0', value: paneOrigin }
        { name: 'AllowedHosts', value: site.properties.defaultHostname }
        // The first-start sign-in link goes through the site (/api/auth/signin).
        { name: 'Auth__PublicUrl', value: paneOrigin }
        { name: 'Auth__Entra__ClientId', value: entraClientId }
        { name: 'Auth__Entra__TenantId', value: entraTenantId }
      ]
    }
  }
}

resource backend 'Microsoft.Web/staticSites/linkedBackends@2023-12-01' = {
  parent: site
  name: 'api'
  properties: {
    backendResourceId: functionApp.id
    region: location
  }
}

output paneUrl string = paneOrigin
output functionAppName string = functionApp.name
output functionAppUrl string = 'https://${functionApp.properties.defaultHostName}'
output staticSiteName string = site.name
